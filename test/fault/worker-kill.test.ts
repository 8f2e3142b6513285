import { describe, expect, it } from 'vitest';
import { readOutcomes, waitFor, waitForFinal } from '../support/fault-harness.ts';
import { useFaultSetup } from '../support/fault-setup.ts';

const setup = useFaultSetup({
  latencyMs: 1_500,
  workers: 2,
  env: {
    SYNC_TIMEOUT_MS: '300',
    WORKER_CONCURRENCY: '1',
    WORKER_LOCK_DURATION_MS: '2000',
    WORKER_STALLED_INTERVAL_MS: '1000',
  },
});

describe('fault 1: a worker killed mid-generation', () => {
  it('when one of two workers is SIGKILLed while Gemini answers, then its job completes on the survivor with exactly one report', async () => {
    const { fake, stack } = setup;
    const [doomed, survivor] = stack.workers;
    const answers = await Promise.all([stack.submit('Backend engineer A'), stack.submit('B')]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    // Both workers (concurrency 1 each) are inside a generation.
    await waitFor(
      async () => fake.inFlight,
      (n) => n === 2,
      10_000,
      20,
    );
    doomed!.child.kill('SIGKILL');
    expect((await doomed!.exited).signal).toBe('SIGKILL');

    const outcomes = await waitForFinal(stack.api.db, 2, 30_000);
    expect(outcomes).toMatchObject({
      jobs: 2,
      completed: 2,
      failed: 0,
      reports: 2,
      duplicateReports: 0,
      completedWithoutReport: 0,
    });
    const jobIds = answers.map((a) => String(a.body.jobId));
    const attempts = await Promise.all(
      jobIds.map(async (id) => (await stack.api.db.jobs.findById(id))?.attempts),
    );
    // The killed worker's job ran twice (once on each worker); the other once.
    expect(attempts.sort()).toEqual([1, 2]);
    expect(fake.calls).toBe(3);
    expect(survivor!.output()).toContain('report completed');
    expect((await readOutcomes(stack.api.db)).reports).toBe(2);
  });
});
