import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchContext, ScenarioResult } from '../lib/scenario.ts';

const SCRIPT = fileURLToPath(
  new URL('../../packages/render/scripts/bench-tailored-resume.ts', import.meta.url),
);

/** Benchmark 9: the offline tailored resume on the corpus (issue 14), by bench-tailored-resume.ts. */
export const tailoredResumeBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const runs = ctx.quick ? 2 : 5;
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--runs', String(runs)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = stdout.trim().split('\n');
  const figure = (label: RegExp) => lines.find((l) => label.test(l)) ?? 'n/a';
  const removed = Number(/^grounding: (\d+)/.exec(figure(/^grounding:/))?.[1] ?? Number.NaN);
  return {
    title: '9. Tailored resume: grounding, PDF size and render time on the corpus (issue 14)',
    method: `node packages/render/scripts/bench-tailored-resume.ts --runs ${runs}: every corpus resume with a text layer, read by prepkit's extractor, tailored offline to two postings with no title sent, grounded, rendered to PDF (pdfkit, DejaVu Sans embedded; median of ${runs} renders after a warm-up), and read back by the same extractor.`,
    lines,
    targets: [
      {
        name: 'items the grounding check removed (offline generator)',
        value: String(removed),
        target: '0',
        met: removed === 0,
      },
      {
        name: 'PDF size and render time',
        value: figure(/^PDF:/).replace('PDF: ', ''),
        target: 'reported (no target)',
        met: null,
      },
    ],
  };
};
