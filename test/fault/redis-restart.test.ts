import { describe, expect, it } from 'vitest';
import { http } from '../support/api-harness.ts';
import { waitFor, waitForFinal } from '../support/fault-harness.ts';
import { useFaultSetup } from '../support/fault-setup.ts';

const setup = useFaultSetup({
  latencyMs: 800,
  workers: 2,
  own: 'redis',
  env: {
    SYNC_TIMEOUT_MS: '300',
    WORKER_CONCURRENCY: '2',
  },
});

describe('fault 3: Redis stopped and restarted', () => {
  it('when Redis (AOF on) goes down and comes back, then POSTs get 503 JSON fast meanwhile and every accepted submission completes', async () => {
    const { fake, stack } = setup;
    const redis = setup.service!;
    const before = await Promise.all(
      Array.from({ length: 6 }, (_, i) => stack.submit(`Before the outage ${i}`)),
    );
    expect(before.every((a) => a.status === 202 || a.status === 201)).toBe(true);
    await fake.waitForCalls(2, 10_000);
    await redis.stop();

    const down = await stack.submit('During the outage');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.ms).toBeLessThan(2_000);
    const ready = await http(`${stack.api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ services: { redis: 'down', mongodb: 'up' } });
    await new Promise((r) => setTimeout(r, 1_500)); // stay down a while longer

    await redis.start();
    // The API reconnects by itself (its retry strategy backs off to 2 s at most).
    const after = await waitFor(
      () => stack.submit('After the outage'),
      (a) => a.status === 202 || a.status === 201,
      15_000,
      250,
    );
    expect([201, 202]).toContain(after.status);
    expect((await http(`${stack.api.url}/readyz`)).status).toBe(200);

    const outcomes = await waitForFinal(stack.api.db, before.length + 1, 45_000);
    expect(outcomes).toMatchObject({
      jobs: before.length + 1,
      completed: before.length + 1,
      failed: 0,
      reports: before.length + 1,
      duplicateReports: 0,
      completedWithoutReport: 0,
    });
    // The worker processes rode the outage out: none exited.
    for (const w of stack.workers) expect(w.child.exitCode).toBeNull();
  });
});
