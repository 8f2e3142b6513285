/**
 * `pnpm bench [--quick] [--only overhead,overload,scale-out,quota,upload-memory,extraction,status-fanout,adversarial,web-bundle,tailored-resume,round-trips,history]`:
 * runs the benchmarks of issue 6 against the real API and worker processes, the loopback fake
 * Gemini, Redis and a MongoDB-protocol server (provided as for the tests), prints the figures and
 * writes BENCHMARKS.md (with --only, a partial report goes to the temp folder instead).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { provideServices, ROOT } from '../scripts/lib/services.ts';
import { renderReport } from './lib/report.ts';
import type { BenchContext, ScenarioResult } from './lib/scenario.ts';
import { adversarialBench } from './scenarios/adversarial.bench.ts';
import { extractionBench } from './scenarios/extraction.bench.ts';
import { historyBench } from './scenarios/history.bench.ts';
import { overheadBench } from './scenarios/overhead.bench.ts';
import { overloadBench } from './scenarios/overload.bench.ts';
import { quotaBench } from './scenarios/quota.bench.ts';
import { roundTripsBench } from './scenarios/round-trips.bench.ts';
import { scaleOutBench } from './scenarios/scale-out.bench.ts';
import { statusFanoutBench } from './scenarios/status-fanout.bench.ts';
import { tailoredResumeBench } from './scenarios/tailored-resume.bench.ts';
import { uploadMemoryBench } from './scenarios/upload-memory.bench.ts';
import { webBundleBench } from './scenarios/web-bundle.bench.ts';

const ALL = {
  overhead: overheadBench,
  overload: overloadBench,
  'scale-out': scaleOutBench,
  quota: quotaBench,
  'upload-memory': uploadMemoryBench,
  extraction: extractionBench,
  'status-fanout': statusFanoutBench,
  adversarial: adversarialBench,
  'web-bundle': webBundleBench,
  'tailored-resume': tailoredResumeBench,
  'round-trips': roundTripsBench,
  history: historyBench,
} as const;

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const names = (values.only?.split(',') ?? Object.keys(ALL)) as Array<keyof typeof ALL>;
for (const n of names) if (!(n in ALL)) throw new Error(`unknown benchmark: ${n}`);

const log = (m: string) => console.error(`\x1b[35m[bench]\x1b[0m ${m}`);
const startedAt = new Date();
const services = await provideServices({ purpose: 'test', log });
const ctx: BenchContext = {
  services: { redisUrl: services.redisUrl, mongoUri: services.mongoUri },
  quick: values.quick,
  log,
};
const results: ScenarioResult[] = [];
try {
  for (const name of names) {
    log(`running ${name}${values.quick ? ' (quick)' : ''}...`);
    const t0 = Date.now();
    const result = await ALL[name](ctx);
    results.push(result);
    log(`${name} took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    console.log(`\n## ${result.title}\n${result.lines.join('\n')}`);
    for (const t of result.targets) {
      console.log(
        `  ${t.name}: ${t.value} (target ${t.target}) ${t.met === null ? '' : t.met ? 'MET' : 'NOT MET'}`,
      );
    }
  }
} finally {
  await services.stop();
}
const command = `pnpm bench${values.quick ? ' --quick' : ''}${values.only ? ` --only ${values.only}` : ''}`;
const markdown = renderReport(
  {
    command,
    quick: values.quick,
    startedAt,
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    services: services.describe,
  },
  results,
);
const target = values.only
  ? join(tmpdir(), 'prepkit-bench-partial.md')
  : join(ROOT, 'BENCHMARKS.md');
writeFileSync(target, markdown);
log(`wrote ${target}`);
process.exit(0);
