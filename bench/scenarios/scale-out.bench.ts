import { availableParallelism } from 'node:os';
import { registerCookie, submit, submitJson } from '../lib/client.ts';
import { waitForJobs } from '../lib/job-times.ts';
import { type BenchContext, fmt, type ScenarioResult } from '../lib/scenario.ts';
import { startQueuedStack } from '../lib/stack.ts';
import { median, pool } from '../lib/stats.ts';

/** Jobs/s for one worker count: J jobs, fake latency 1 s, WORKER_CONCURRENCY 4. */
export const measureScaleOut = async (
  ctx: BenchContext,
  workers: number,
  jobs: number,
  latencyMs: number,
): Promise<number> => {
  const stack = await startQueuedStack(ctx.services, {
    fake: { latencyMs },
    workers: 0,
    env: { WORKER_CONCURRENCY: '4', SYNC_TIMEOUT_MS: '1' },
  });
  try {
    // The queue is filled first, then the workers start: the figure is the workers' alone.
    const cookie = await registerCookie(stack.api.url);
    const post = process.env.BENCH_SCALE_PDF ? submit : submitJson;
    await pool(jobs, 16, () => post(stack.api.url, cookie));
    await stack.addWorkers(workers);
    const t = await waitForJobs(stack.env.MONGODB_URI!, jobs, 600_000);
    if (t.completed !== jobs) throw new Error(`scale-out: ${t.completed}/${jobs} completed`);
    return jobs / t.spanSeconds;
  } finally {
    await stack.stop();
  }
};

/** Benchmark 3: 1, 2 and 4 worker processes on the same jobs. */
export const scaleOutBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const jobs = ctx.quick ? 80 : 300;
  const reps = ctx.quick ? 1 : 2;
  const latencyMs = 1_000;
  const rates = new Map<number, number[]>();
  for (let r = 0; r < reps; r++) {
    for (const n of [1, 2, 4]) {
      const rate = await measureScaleOut(ctx, n, jobs, latencyMs);
      ctx.log(`scale-out run ${r + 1}/${reps}: ${n} worker(s) -> ${fmt(rate, 2)} jobs/s`);
      rates.set(n, [...(rates.get(n) ?? []), rate]);
    }
  }
  const m = (n: number) => median(rates.get(n) ?? []);
  const base = m(1);
  const eff = (n: number) => m(n) / (base * n);
  const lines = [
    '| worker processes | jobs/s (median) | ideal jobs/s (4 x n / 1 s) | speed-up | scaling efficiency |',
    '|---|---|---|---|---|',
    ...[1, 2, 4].map(
      (n) => `| ${n} | ${fmt(m(n), 2)} | ${4 * n} | ${fmt(m(n) / base, 2)} | ${fmt(eff(n), 2)} |`,
    ),
  ];
  return {
    title: '3. Scale-out: 1, 2 and 4 worker processes',
    method: `${jobs} jobs (multipart PDF), fake latency ${latencyMs} ms, WORKER_CONCURRENCY 4; jobs/s = jobs / (first startedAt .. last finishedAt in Mongo); median of ${reps} run(s) per worker count.`,
    lines,
    targets: [
      {
        name: 'scaling efficiency at 4 processes',
        value: fmt(eff(4), 2),
        target: '>= 0.9',
        met: eff(4) >= 0.9,
      },
    ],
    notes:
      eff(4) >= 0.9
        ? []
        : [
            `The machine has ${availableParallelism()} cores for the API, the worker processes, FerretDB and the fake AI together; every job's 5 state writes go through FerretDB's one SQLite writer. Adding worker processes adds AI concurrency (it scales as long as the database keeps up: see 1 -> 2 processes), not database capacity.`,
          ],
  };
};
