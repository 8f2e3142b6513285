import { afterEach, describe, expect, it } from 'vitest';
import { readOutcomes, waitFor, waitForFinal } from '../support/fault-harness.ts';
import { type FaultSetup, startFaultSetup } from '../support/fault-setup.ts';

let setup: FaultSetup | undefined;
afterEach(async () => {
  await setup?.close();
  setup = undefined;
});

const start = async (latencyMs: number, graceMs: number) => {
  setup = await startFaultSetup({
    latencyMs,
    workers: 1,
    env: {
      SYNC_TIMEOUT_MS: '300',
      WORKER_CONCURRENCY: '1',
      SHUTDOWN_GRACE_MS: String(graceMs),
      WORKER_LOCK_DURATION_MS: '2000',
      WORKER_STALLED_INTERVAL_MS: '1000',
    },
  });
  return setup;
};

describe('fault 2: SIGTERM to a worker with an active job', () => {
  it('when the job ends within SHUTDOWN_GRACE_MS, then the worker finishes it, takes no new one and exits 0', async () => {
    const { fake, stack } = await start(1_500, 10_000);
    const [worker] = stack.workers;
    const first = await stack.submit('First job: backend engineer');
    await fake.waitForCalls(1, 10_000);
    const second = await stack.submit('Second job: frontend engineer');
    expect([first.status, second.status]).toEqual([202, 202]);
    const termAt = Date.now();
    worker!.child.kill('SIGTERM');
    const exit = await worker!.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - termAt).toBeLessThan(10_000);
    expect(worker!.output()).toContain('"outcome":"drained"');

    const db = stack.api.db;
    expect((await db.jobs.findById(String(first.body.jobId)))?.status).toBe('completed');
    // The draining worker took no new job: the second is untouched and Gemini saw one call.
    expect((await db.jobs.findById(String(second.body.jobId)))?.status).toBe('queued');
    expect(fake.calls).toBe(1);

    await stack.addWorker();
    const outcomes = await waitForFinal(db, 2, 20_000);
    expect(outcomes).toMatchObject({ completed: 2, failed: 0, reports: 2, duplicateReports: 0 });
    expect(fake.calls).toBe(2);
  });

  it('when the job outlasts SHUTDOWN_GRACE_MS, then the worker exits anyway and the job is redelivered to another worker', async () => {
    const { fake, stack } = await start(4_000, 500);
    const [worker] = stack.workers;
    const answer = await stack.submit('Slow job: data engineer');
    expect(answer.status).toBe(202);
    await fake.waitForCalls(1, 10_000);
    const termAt = Date.now();
    worker!.child.kill('SIGTERM');
    const exit = await worker!.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - termAt).toBeLessThan(3_000);
    expect(worker!.output()).toContain('"outcome":"forced"');

    fake.setLatency(200);
    await stack.addWorker();
    const jobId = String(answer.body.jobId);
    const job = await waitFor(
      () => stack.api.db.jobs.findById(jobId),
      (j) => j?.status === 'completed',
      20_000,
    );
    expect(job).toMatchObject({ status: 'completed', attempts: 2 });
    expect(await readOutcomes(stack.api.db)).toMatchObject({
      completed: 1,
      reports: 1,
      duplicateReports: 0,
    });
  });
});
