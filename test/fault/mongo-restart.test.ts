import { describe, expect, it } from 'vitest';
import { http } from '../support/api-harness.ts';
import { waitFor, waitForFinal } from '../support/fault-harness.ts';
import { useFaultSetup } from '../support/fault-setup.ts';

const setup = useFaultSetup({
  latencyMs: 2_000,
  workers: 1,
  own: 'mongo',
  env: {
    SYNC_TIMEOUT_MS: '300',
    WORKER_CONCURRENCY: '2',
  },
});

describe('fault 4: the MongoDB-protocol server stopped and restarted', () => {
  it('when Mongo goes down while a worker is mid-job, then the API answers 503 fast, the worker retries persistence, and every accepted job completes once', async () => {
    const { fake, stack } = setup;
    const mongo = setup.service!;
    const accepted = await Promise.all([stack.submit('Mongo job 1'), stack.submit('Mongo job 2')]);
    expect(accepted.map((a) => a.status)).toEqual([202, 202]);
    await fake.waitForCalls(2, 10_000); // both jobs are inside a generation
    await mongo.stop();

    const ready = await http(`${stack.api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ services: { mongodb: 'down', redis: 'up' } });
    const down = await stack.submit('During the Mongo outage');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.ms).toBeLessThan(2_000);

    // The generations end while Mongo is still down: the worker has reports it cannot save yet.
    await waitFor(
      async () => fake.inFlight,
      (n) => n === 0,
      10_000,
      50,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    expect(stack.workers[0]!.output()).toContain('retrying persistence');
    await mongo.start();

    const outcomes = await waitForFinal(stack.api.db, 2, 30_000);
    expect(outcomes).toMatchObject({
      jobs: 2,
      completed: 2,
      failed: 0,
      reports: 2,
      duplicateReports: 0,
      completedWithoutReport: 0,
    });
    // Persistence was retried, not the generation: one AI call and one attempt per job.
    expect(fake.calls).toBe(2);
    for (const a of accepted) {
      expect((await stack.api.db.jobs.findById(String(a.body.jobId)))?.attempts).toBe(1);
    }
    const after = await stack.submit('After the Mongo outage');
    expect([201, 202]).toContain(after.status);
    expect((await http(`${stack.api.url}/readyz`)).status).toBe(200);
  });
});
