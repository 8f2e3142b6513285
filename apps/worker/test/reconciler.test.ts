import { createInterviewQueue, type InterviewQueue } from '@prepkit/queue';
import { type Config, QUEUE_NAMES } from '@prepkit/shared';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../../test/support/fault-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { startTestWorker } from '../../../test/support/worker-harness.ts';
import {
  form,
  holdsFile,
  postInterview,
  type Stack,
  startStack,
} from '../../api/test/support/interview-stack.ts';
import { createReconciler } from '../src/reconciler/reconciler.ts';

const INPUT = {
  title: 'Backend Engineer',
  jobDescription: 'Backend engineer: Node.js, TypeScript, PostgreSQL.',
  selfDescription: 'Five years of Node.js and TypeScript services.',
};
const PDF = Buffer.from('%PDF-1.4\n% a stand-in resume\n');

/** A job document as the API writes it, never enqueued (an enqueue that failed, Redis lost it). */
const writeOrphan = (stack: Stack) =>
  stack.api.db.jobs.create({ owner: stack.userId, input: INPUT, upload: null });
const oid = (stack: Stack, hex: string) => new stack.api.db.connection.base.Types.ObjectId(hex);
const finalOf = (stack: Stack, id: string) =>
  waitFor(
    () => stack.api.db.jobs.findById(id),
    (j) => j !== null && j.status !== 'queued' && j.status !== 'processing',
    30_000,
  );

describe('the reconciler in a running worker', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig({ RECONCILE_INTERVAL_MS: '500' }));
  });
  afterAll(() => stack?.close());

  it('when a job document exists with no BullMQ job, then it is re-enqueued (once old enough) and completes with one report', async () => {
    const job = await writeOrphan(stack);
    expect(await stack.api.queue.state(job.id)).toBe('missing');
    const done = await finalOf(stack, job.id);
    expect(done).toMatchObject({ status: 'completed', attempts: 1, reportId: job.id });
    // Not before the few seconds the API may need between writing and enqueueing.
    expect(done!.startedAt!.getTime() - job.createdAt.getTime()).toBeGreaterThanOrEqual(4_500);
    expect(await stack.api.db.reports.countForJob(job.id)).toBe(1);
  });

  it('when a cancel was requested for a job that no BullMQ job carries, then it ends cancelled with its file dropped and no report', async () => {
    const job = await stack.api.db.jobs.create({
      owner: stack.userId,
      input: INPUT,
      upload: { kind: 'pdf', filename: 'resume.pdf', mimeType: 'application/pdf', data: PDF },
    });
    expect(await holdsFile(stack, job.id)).toBe(true);
    // The worker that held it died after the DELETE flagged it, and Redis lost the job.
    await stack.api.db.connection
      .collection('interview_jobs')
      .updateOne(
        { _id: oid(stack, job.id) },
        { $set: { status: 'processing', cancelRequested: true } },
      );
    const done = await finalOf(stack, job.id);
    expect(done).toMatchObject({ status: 'cancelled', reportId: null });
    expect(done!.finishedAt).toBeInstanceOf(Date);
    // Dropped by the same write that marked it cancelled.
    expect(await holdsFile(stack, job.id)).toBe(false);
    expect(await stack.api.db.reports.countForJob(job.id)).toBe(0);
  });
  it('when a tailored-resume document exists with no BullMQ job, then it is re-enqueued and completes', async () => {
    const res = await postInterview(stack, form(INPUT));
    expect(res.status, res.text).toBe(201);
    const reportId = res.body.interviewReport._id as string;
    // The API wrote the tailoring and its enqueue failed (or Redis lost it).
    const tailoring = await stack.api.db.tailoredResumes.create({
      owner: stack.userId,
      reportId,
    });
    const done = await waitFor(
      () => stack.api.db.tailoredResumes.findById(tailoring.id),
      (t) => t !== null && t.status !== 'queued' && t.status !== 'processing',
      30_000,
    );
    expect(done).toMatchObject({ status: 'completed', attempts: 1, warnings: [] });
    expect(done!.content?.skills.length).toBeGreaterThan(0);
  });
});

describe('one reconcile round, run directly', () => {
  let stack: Stack;
  let config: Config;
  let redis: Redis;
  let queue: InterviewQueue;
  const reconciler = (minAgeMs?: number) =>
    createReconciler({
      db: stack.api.db,
      queue,
      redis,
      prefix: config.queue.prefix,
      logger: pino({ level: 'silent' }),
      intervalMs: 60_000,
      ...(minAgeMs === undefined ? {} : { minAgeMs }),
    });
  beforeAll(async () => {
    config = makeTestConfig();
    stack = await startStack(config, false);
    redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    queue = createInterviewQueue({ connection: redis, prefix: config.queue.prefix, attempts: 1 });
  });
  afterAll(async () => {
    await queue?.close();
    redis?.disconnect();
    await stack?.close();
  });
  // Each round takes the lock for a minute: let the next test take it afresh.
  const freeLock = () => redis.del(`${config.queue.prefix}:maintenance:lock`);

  it('when a job document is only a moment old, then it is left alone (the API may be enqueueing it)', async () => {
    await freeLock();
    const job = await writeOrphan(stack);
    const summary = await reconciler().runOnce();
    expect(summary).toMatchObject({ checked: 0, requeued: [] });
    expect(await queue.state(job.id)).toBe('missing');
  });

  it('when two workers reconcile at once, then only one of them does the round', async () => {
    await freeLock();
    const rounds = await Promise.all([reconciler().runOnce(), reconciler().runOnce()]);
    expect(rounds.filter((r) => r === null)).toHaveLength(1);
    // The holder's own next round is not shut out by its own lock.
    const holder = reconciler();
    await freeLock();
    expect(await holder.runOnce()).not.toBeNull();
    expect(await holder.runOnce()).not.toBeNull();
    expect(await reconciler().runOnce()).toBeNull();
  });

  it('when idempotency keys are past their window, then the round deletes them and keeps the live ones', async () => {
    await freeLock();
    const keys = stack.api.db.connection.collection('idempotency_keys');
    const base = {
      owner: oid(stack, stack.userId),
      fingerprint: 'f',
      jobId: oid(stack, stack.userId),
    };
    await keys.insertMany([
      { _id: 'expired-key' as never, ...base, expiresAt: new Date(Date.now() - 60_000) },
      { _id: 'live-key' as never, ...base, expiresAt: new Date(Date.now() + 60_000) },
    ]);
    const summary = await reconciler().runOnce();
    expect(summary?.sweptKeys).toBe(1);
    expect(await keys.countDocuments({ _id: 'expired-key' as never })).toBe(0);
    expect(await keys.countDocuments({ _id: 'live-key' as never })).toBe(1);
  });

  it('when BullMQ holds the job as completed while the document still says queued, then it is added again and a worker completes it with one report', async () => {
    await freeLock();
    const job = await writeOrphan(stack);
    await queue.enqueue(job.id);
    // A stray consumer (e.g. an old deployment) took the job and dropped it without a word to Mongo.
    const strayConnection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
    const stray = new Worker(QUEUE_NAMES.interviewReports, async () => 'dropped', {
      connection: strayConnection,
      prefix: config.queue.prefix,
    });
    const state = await waitFor(
      async () => queue.state(job.id),
      (s) => s === 'completed',
      10_000,
    );
    await stray.close();
    strayConnection.disconnect();
    expect(state).toBe('completed');
    expect((await stack.api.db.jobs.findById(job.id))?.status).toBe('queued');

    const summary = await reconciler(0).runOnce();
    expect(summary?.requeued).toContain(job.id);
    expect(await queue.state(job.id)).toBe('waiting');

    const worker = await startTestWorker(config);
    try {
      const done = await finalOf(stack, job.id);
      expect(done).toMatchObject({ status: 'completed', reportId: job.id, attempts: 1 });
      expect(await stack.api.db.reports.countForJob(job.id)).toBe(1);
    } finally {
      await worker.close(1_000);
    }
  });
});
