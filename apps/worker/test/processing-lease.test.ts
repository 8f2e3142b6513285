import { createInterviewQueue, type InterviewQueue } from '@prepkit/queue';
import type { Config } from '@prepkit/shared';
import { type FakeGemini, startFakeGemini } from '@prepkit/testkit';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../test/support/fault-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { startTestWorker } from '../../../test/support/worker-harness.ts';
import { type Stack, startStack } from '../../api/test/support/interview-stack.ts';
import { createReconciler } from '../src/reconciler/reconciler.ts';
import type { WorkerRuntime } from '../src/runtime.ts';

const INPUT = {
  title: 'Backend Engineer',
  jobDescription: 'Backend engineer: Node.js, TypeScript, PostgreSQL.',
  selfDescription: 'Five years of Node.js and TypeScript services.',
};

/**
 * A job whose attempt is held by another (simulated) worker: the document says processing,
 * with a lease that the test keeps alive or lets expire.
 */
const writeHeldJob = async (stack: Stack, leaseMs: number) => {
  const job = await stack.api.db.jobs.create({ owner: stack.userId, input: INPUT, upload: null });
  const held = await stack.api.db.jobs.startAttempt(job.id, { owner: 'other-worker', ms: leaseMs });
  expect(held.outcome).toBe('started');
  return job.id;
};

describe('the processing lease', () => {
  let fake: FakeGemini;
  let config: Config;
  let stack: Stack;
  let worker: WorkerRuntime;
  let redis: Redis;
  let queue: InterviewQueue;
  beforeAll(async () => {
    fake = await startFakeGemini();
    config = makeTestConfig({ ...fake.env(), RECONCILE_INTERVAL_MS: '600000' });
    stack = await startStack(config, false);
    worker = await startTestWorker(config);
    redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    queue = createInterviewQueue({ connection: redis, prefix: config.queue.prefix, attempts: 3 });
  });
  afterAll(async () => {
    await worker?.close(1_000);
    await queue?.close();
    redis?.disconnect();
    await stack?.close();
    await fake?.close();
  });

  it('when a job is delivered while another live attempt holds its lease, then it waits and never calls the AI twice; once the holder is gone it runs once', async () => {
    // The holder keeps renewing its lease, as a live worker does.
    const jobId = await writeHeldJob(stack, 1_500);
    const renew = setInterval(
      () => void stack.api.db.jobs.renewLease(jobId, 'other-worker', new Date(Date.now() + 1_500)),
      300,
    );
    try {
      await queue.enqueue(jobId);
      // The delivery was refused and put off (delayed), not run.
      await waitFor(
        () => queue.state(jobId),
        (state) => state === 'delayed',
        30_000,
      );
      expect(fake.calls).toBe(0);
      expect((await stack.api.db.jobs.findById(jobId))?.attempts).toBe(1);
    } finally {
      // The holder dies: its lease is no longer renewed.
      clearInterval(renew);
    }
    const done = await waitFor(
      () => stack.api.db.jobs.findById(jobId),
      (j) => j?.status === 'completed',
      60_000,
    );
    expect(done).toMatchObject({
      status: 'completed',
      reportId: jobId,
      attempts: 2,
      leaseUntil: null,
    });
    expect(fake.calls).toBe(1);
    expect(await stack.api.db.reports.countForJob(jobId)).toBe(1);
  });

  it('when Redis lost a job whose lease is live, then the reconciler leaves it alone; once the lease expired it re-adds it', async () => {
    const jobId = await writeHeldJob(stack, 60_000);
    const reconciler = createReconciler({
      db: stack.api.db,
      queue,
      redis,
      prefix: `${config.queue.prefix}:lease-test`,
      logger: pino({ level: 'silent' }),
      intervalMs: 1,
      minAgeMs: 0,
    });
    const live = await reconciler.runOnce();
    expect(live?.requeued).not.toContain(jobId);
    expect(await queue.state(jobId)).toBe('missing');

    // The holder died a while ago: its lease is in the past.
    await stack.api.db.connection
      .collection('interview_jobs')
      .updateOne(
        { _id: new stack.api.db.connection.base.Types.ObjectId(jobId) },
        { $set: { leaseUntil: new Date(Date.now() - 1_000) } },
      );
    await new Promise((r) => setTimeout(r, 5)); // the lock above lasts 1 ms
    const expired = await reconciler.runOnce();
    expect(expired?.requeued).toContain(jobId);
    const done = await waitFor(
      () => stack.api.db.jobs.findById(jobId),
      (j) => j?.status === 'completed',
      60_000,
    );
    expect(done?.reportId).toBe(jobId);
    expect(await stack.api.db.reports.countForJob(jobId)).toBe(1);
  });
});
