import { registerCookie, submit } from '../lib/client.ts';
import { type BenchContext, fmt, type ScenarioResult } from '../lib/scenario.ts';
import { startBaselineStack, startQueuedStack } from '../lib/stack.ts';
import { median } from '../lib/stats.ts';

const FAKE = { latencyMs: 1_000, maxConcurrent: 8, overloadRetryDelay: '1s' };
const SUBMISSIONS = 200;

/** Benchmark 2: 200 concurrent submissions against an AI that takes 8 at a time. */
export const overloadBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const reps = ctx.quick ? 1 : 3;
  const q = { completed: [] as number[], user429: [] as number[], provider429: [] as number[] };
  const q2 = { seconds: [] as number[] };
  const b = { failed: [] as number[], user429: [] as number[] };
  for (let r = 0; r < reps; r++) {
    const stack = await startQueuedStack(ctx.services, {
      fake: FAKE,
      workers: 2,
      env: { WORKER_CONCURRENCY: '4' },
    });
    try {
      const cookie = await registerCookie(stack.api.url);
      const t0 = performance.now();
      const res = await Promise.all(
        Array.from({ length: SUBMISSIONS }, () => submit(stack.api.url, cookie)),
      );
      q2.seconds.push((performance.now() - t0) / 1000);
      q.completed.push(res.filter((x) => x.status === 201).length / SUBMISSIONS);
      q.user429.push(res.filter((x) => x.status === 429).length);
      q.provider429.push(stack.fake.statusCounts[429] ?? 0);
    } finally {
      await stack.stop();
    }
    const base = await startBaselineStack(ctx.services, FAKE);
    try {
      const res = await Promise.all(
        Array.from({ length: SUBMISSIONS }, () => submit(base.server.url, '')),
      );
      b.failed.push(res.filter((x) => x.status !== 201).length / SUBMISSIONS);
      b.user429.push(res.filter((x) => x.status === 429).length);
    } finally {
      await base.stop();
    }
    ctx.log(`overload run ${r + 1}/${reps} done`);
  }
  const completed = median(q.completed);
  const user429 = Math.max(...q.user429);
  return {
    title:
      '2. Overload: 200 concurrent submissions, AI allows 8 concurrent calls (429 above), 1 s per call',
    method: `200 simultaneous multipart POSTs (sync 201 path). Queued: 2 worker processes x WORKER_CONCURRENCY 4 (8 calls in flight, sized to the provider). Inline baseline: every request calls the AI at once. Median of ${reps} run(s).`,
    lines: [
      '| figure | queued | inline baseline |',
      '|---|---|---|',
      `| completed (201) | ${fmt(completed * 100)} % | ${fmt((1 - median(b.failed)) * 100)} % |`,
      `| failure rate | ${fmt((1 - completed) * 100)} % | ${fmt(median(b.failed) * 100)} % |`,
      `| 429s reaching users (max of runs) | ${user429} | ${Math.max(...b.user429)} |`,
      `| 429s the provider sent (median) | ${median(q.provider429)} | - |`,
      `| time for all 200 (s) | ${fmt(median(q2.seconds))} | - |`,
    ],
    targets: [
      {
        name: 'queued completes',
        value: `${fmt(completed * 100)} %`,
        target: '100 %',
        met: completed === 1,
      },
      {
        name: '429s reaching users (queued)',
        value: String(user429),
        target: '0',
        met: user429 === 0,
      },
    ],
  };
};
