import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { waitForFinal, workerLogs } from '../support/fault-harness.ts';
import { useFaultSetup } from '../support/fault-setup.ts';

const setup = useFaultSetup({
  latencyMs: 1_500,
  workers: 1,
  // FLUSHALL wipes a whole server: this test owns its redis-server, never the shared one.
  own: 'redis',
  env: {
    SYNC_TIMEOUT_MS: '300',
    WORKER_CONCURRENCY: '1',
    RECONCILE_INTERVAL_MS: '1000',
  },
});

describe('fault: Redis forgets everything (FLUSHALL)', () => {
  it('when Redis is flushed after submissions were accepted, then every job still completes with exactly one report and an Idempotency-Key still names its job', async () => {
    const { fake, stack } = setup;
    const redis = setup.service!;
    const accepted = [];
    for (let i = 0; i < 3; i += 1) {
      accepted.push(
        await stack.submit(`Before the flush ${i}`, { 'Idempotency-Key': `flush-${i}` }),
      );
    }
    expect(accepted.map((a) => a.status)).toEqual([202, 202, 202]);
    await fake.waitForCalls(1, 10_000); // one job active, two waiting in Redis

    const admin = new Redis(redis.url);
    try {
      expect(await admin.flushall()).toBe('OK');
      expect(await stack.api.queue.state(String(accepted[2]!.body.jobId))).toBe('missing');
    } finally {
      admin.disconnect();
    }
    // Keys live in Mongo: the same key right after the flush still gives the same job.
    const again = await stack.submit('Before the flush 2', { 'Idempotency-Key': 'flush-2' });
    expect(again.body.jobId).toBe(accepted[2]!.body.jobId);

    const outcomes = await waitForFinal(stack.api.db, 3, 60_000);
    expect(outcomes).toMatchObject({
      jobs: 3,
      completed: 3,
      failed: 0,
      reports: 3,
      duplicateReports: 0,
      completedWithoutReport: 0,
    });
    expect(workerLogs(stack)).toContain('re-enqueued job Redis had lost');
    for (const w of stack.workers) expect(w.child.exitCode).toBeNull();
  });
});
