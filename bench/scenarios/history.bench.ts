import { openDatabase } from '@prepkit/db';
import type { GeneratedReport, GeneratorInfo, InterviewReport } from '@prepkit/shared';
import { registerCookie, type Submission, submit } from '../lib/client.ts';
import { type BenchContext, fmt, type ScenarioResult } from '../lib/scenario.ts';
import { startQueuedStack } from '../lib/stack.ts';
import { median, pool } from '../lib/stats.ts';

interface Figures {
  stored: number;
  seedSeconds: number;
  /** Median time to 201 minus the fake AI's latency, at concurrency 1. */
  c1OverheadMs: number;
  /** Reports answered 201 per second at concurrency 8. */
  c8PerSecond: number;
  failures: number;
  /** Median ms of one job's startAttempt (one guarded findAndModify) and completion. */
  stateWritesMs: number;
}

/** The documented report body of a 201, as the repository stores it for another job. */
const contentOf = (r: InterviewReport): GeneratedReport => ({
  matchScore: r.matchScore,
  technicalQuestions: r.technicalQuestions,
  behavioralQuestions: r.behavioralQuestions,
  skillGaps: r.skillGaps,
  preparationPlan: r.preparationPlan,
});

/**
 * `stored` finished jobs and their reports, written through the repositories as the API and
 * worker write them (the job with its texts, the report, the completion that removes the
 * texts), each a copy of a real 201.
 */
const seed = async (uri: string, stored: number, sample: InterviewReport): Promise<number> => {
  if (stored === 0) return 0;
  const started = performance.now();
  const db = await openDatabase(uri);
  try {
    const generator = sample.generator as GeneratorInfo;
    await pool(stored, 8, async () => {
      const job = await db.jobs.create({
        owner: sample.user,
        input: {
          title: sample.title,
          jobDescription: sample.jobDescription,
          selfDescription: sample.selfDescription,
        },
        upload: null,
      });
      const reportId = await db.reports.upsertForJob({
        jobId: job.id,
        user: sample.user,
        title: sample.title,
        jobDescription: sample.jobDescription,
        resume: sample.resume,
        selfDescription: sample.selfDescription,
        content: contentOf(sample),
        generator,
        analysis: sample.analysis,
        warnings: sample.warnings,
      });
      await db.jobs.complete(job.id, reportId);
    });
  } finally {
    await db.close();
  }
  return (performance.now() - started) / 1000;
};

/** The repositories' own cost of one job's state writes, with whatever is stored. */
const stateWrites = async (uri: string, owner: string): Promise<number> => {
  const db = await openDatabase(uri);
  try {
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const job = await db.jobs.create({
        owner,
        input: { title: 'Probe', jobDescription: 'Node.js', selfDescription: '' },
        upload: null,
      });
      const t = performance.now();
      const start = await db.jobs.startAttempt(job.id, { owner: `probe-${i}`, ms: 60_000 });
      if (start.outcome !== 'started') throw new Error(`probe job not started: ${start.outcome}`);
      await db.jobs.complete(job.id, job.id);
      times.push(performance.now() - t);
    }
    return median(times);
  } finally {
    await db.close();
  }
};

/**
 * Issue 16: the sync 201 path with 0, 5,000 and 20,000 stored jobs and reports, one fresh stack
 * (API + 2 workers x 16, fake AI) per size, in one run; each figure as a ratio to the empty store.
 */
export const historyBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const sizes = ctx.quick ? [0, 1_000, 4_000] : [0, 5_000, 20_000];
  const latencyMs = 200;
  const n1 = ctx.quick ? 20 : 40;
  const n8 = ctx.quick ? 48 : 96;
  const figures: Figures[] = [];
  let docBytes = 0;
  for (const stored of sizes) {
    const stack = await startQueuedStack(ctx.services, {
      fake: { latencyMs: 0 },
      workers: 2,
      env: { WORKER_CONCURRENCY: '16', LOG_LEVEL: 'warn' },
    });
    try {
      const cookie = await registerCookie(stack.api.url);
      const first = await submit(stack.api.url, cookie);
      if (first.status !== 201) throw new Error(`sample submission answered ${first.status}`);
      const sample = first.body.interviewReport as InterviewReport | undefined;
      if (!sample?.jobDescription) throw new Error('the 201 carried no interviewReport');
      docBytes = JSON.stringify(sample).length;
      const seedSeconds = await seed(stack.env.MONGODB_URI!, stored, sample);
      ctx.log(`history: ${stored} stored in ${fmt(seedSeconds)} s`);
      await pool(10, 2, () => submit(stack.api.url, cookie)); // warm-up
      stack.fake.setLatency(latencyMs);
      const c1: Submission[] = await pool(n1, 1, () => submit(stack.api.url, cookie));
      const t8 = performance.now();
      const c8: Submission[] = await pool(n8, 8, () => submit(stack.api.url, cookie));
      const seconds8 = (performance.now() - t8) / 1000;
      const ok = (list: Submission[]) => list.filter((s) => s.status === 201);
      const stateWritesMs = await stateWrites(stack.env.MONGODB_URI!, sample.user);
      figures.push({
        stored,
        seedSeconds,
        c1OverheadMs: median(ok(c1).map((s) => s.ms)) - latencyMs,
        c8PerSecond: ok(c8).length / seconds8,
        failures: c1.length + c8.length - ok(c1).length - ok(c8).length,
        stateWritesMs,
      });
      ctx.log(`history: ${stored} stored measured`);
    } finally {
      await stack.stop();
    }
  }
  const empty = figures[0]!;
  const last = figures[figures.length - 1]!;
  const overheadRatio = last.c1OverheadMs / empty.c1OverheadMs;
  const throughputRatio = last.c8PerSecond / empty.c8PerSecond;
  return {
    title: '11. History: the sync 201 path with stored jobs and reports (issue 16)',
    method: `For each size a fresh stack (API + 2 worker processes x WORKER_CONCURRENCY 16, fake AI, FerretDB (SQLite) as ./scripts/start runs it) and database; the store is seeded through the repositories with finished jobs (written with their texts, which completion removes, as in use) and reports, each a copy of a real 201 of this run (${docBytes.toLocaleString('en-US')} bytes of report JSON; JD + one-page corpus PDF). Then 10 warm-up submissions, ${n1} multipart POSTs at concurrency 1 and ${n8} at concurrency 8 with a fake AI latency of ${latencyMs} ms; overhead = median time to 201 minus that latency. Last, through the repositories alone, 30 new jobs each started (startAttempt: one guarded findAndModify) and completed.`,
    lines: [
      "| stored jobs + reports | seeding (s) | c=1 overhead median (ms) | ratio | c=8 throughput (reports/s) | ratio | one job's state writes, median (ms) | failed |",
      '|---|---|---|---|---|---|---|---|',
      ...figures.map(
        (f) =>
          `| ${f.stored.toLocaleString('en-US')} | ${fmt(f.seedSeconds)} | ${fmt(f.c1OverheadMs)} | ${fmt(f.c1OverheadMs / empty.c1OverheadMs, 2)} | ${fmt(f.c8PerSecond, 2)} | ${fmt(f.c8PerSecond / empty.c8PerSecond, 2)} | ${fmt(f.stateWritesMs)} | ${f.failures} |`,
      ),
    ],
    targets: [
      {
        name: `c=1 overhead with ${last.stored.toLocaleString('en-US')} stored / empty`,
        value: fmt(overheadRatio, 2),
        target: '<= 1.25',
        met: overheadRatio <= 1.25,
      },
      {
        name: `c=8 throughput with ${last.stored.toLocaleString('en-US')} stored / empty`,
        value: fmt(throughputRatio, 2),
        target: '>= 0.8',
        met: throughputRatio >= 0.8,
      },
    ],
  };
};
