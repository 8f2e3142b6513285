import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type BenchContext, fmt, type ScenarioResult } from '../lib/scenario.ts';

const SCRIPT = fileURLToPath(
  new URL('../../packages/analyzer/scripts/bench-adversarial.ts', import.meta.url),
);
const TARGET_MS = 200;

/**
 * The analyzer on adversarial input (issue 10, finding 2; issue 13, item 9): the whole analysis
 * of each shape at the service's limits, by packages/analyzer/scripts/bench-adversarial.ts in
 * its own process (no services needed).
 */
export const adversarialBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const runs = ctx.quick ? 3 : 7;
  let stdout = '';
  let code = 0;
  try {
    stdout = (await promisify(execFile)(process.execPath, [SCRIPT, '--runs', String(runs)])).stdout;
  } catch (error) {
    const e = error as { stdout?: string; code?: number };
    stdout = e.stdout ?? '';
    code = e.code ?? 1;
  }
  const rows = stdout
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| shape'))
    .map((l) => l.split('|'));
  const slowestOf = (column: number): number => {
    const medians = rows.map((cells) => Number(cells[column]));
    return medians.length > 0 ? Math.max(...medians) : Number.NaN;
  };
  const slowest = slowestOf(3);
  const slowestTailored = slowestOf(8);
  return {
    title: 'Adversarial input: the whole analysis and the tailored resume at the service limits',
    method: `node packages/analyzer/scripts/bench-adversarial.ts --runs ${runs}: the whole analysis (analyze(), in process) of each shape, resume 300,000 / job description 50,000 / self-description 20,000 characters unless named otherwise; median and max wall time of ${runs} runs after a warm-up, the thread's CPU time, and the median at a quarter of the size (growth x4 near 4 = linear); then the offline tailored resume of the same input (tailorResume, then groundResume, as the worker runs them), median and growth.`,
    lines: stdout.trim().split('\n'),
    targets: [
      {
        name: 'slowest shape, median wall time',
        value: `${fmt(slowest)} ms`,
        target: `< ${TARGET_MS} ms per shape`,
        met: Number.isFinite(slowest) ? slowest < TARGET_MS : false,
      },
      {
        name: 'slowest shape, tailored resume (tailor + ground) median wall time',
        value: `${fmt(slowestTailored)} ms`,
        target: 'reported (the 200 ms target is the analysis; growth x4 near 4 = linear)',
        met: null,
      },
    ],
    ...(code ? { notes: [`bench-adversarial exited with code ${code}.`] } : {}),
  };
};
