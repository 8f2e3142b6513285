import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { uniqueId } from '../../../test/support/test-config.ts';
import { createAiQuota } from '../src/interview/ai-quota.ts';

const connections: Redis[] = [];
const connect = () => {
  const r = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
  connections.push(r);
  return r;
};
afterAll(() => {
  for (const r of connections) r.disconnect();
});

/** The most timestamps in any half-open window of `windowMs`. */
const maxInWindow = (times: number[], windowMs: number) => {
  const s = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < s.length; i++) {
    while (s[i]! - s[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
};

describe('the AI quota shared by every worker (Redis)', () => {
  it('when three clients with four lanes each call as fast as they can, then no window of the quota holds more than max grants, and the quota is used', async () => {
    const prefix = `{prepkit-test-${uniqueId()}}`;
    const max = 5;
    const windowMs = 400;
    // Every grant as the Redis server stamped it (member -> score): the window is kept on the
    // server's clock, so it is checked there, not on client clocks a busy machine delays.
    const stamped = new Map<string, number>();
    const reader = connect();
    const until = Date.now() + 2_000;
    const clients = Array.from({ length: 3 }, () =>
      createAiQuota({ redis: connect(), prefix, max, windowMs, slackMs: 10 }),
    );
    await Promise.all(
      clients.flatMap((quota) =>
        Array.from({ length: 4 }, async () => {
          while (Date.now() < until) {
            await quota.acquire();
            // A grant stays in the log for a whole window: read right after it, it is there.
            const log = await reader.zrange(`${prefix}:ai-quota:log`, 0, -1, 'WITHSCORES');
            for (let i = 0; i < log.length; i += 2) stamped.set(log[i]!, Number(log[i + 1]));
          }
        }),
      ),
    );
    expect(maxInWindow([...stamped.values()], windowMs)).toBeLessThanOrEqual(max);
    // ~2 s / (400 + 10) ms windows x 5: the limiter is not idling either (on a busy machine
    // fewer rounds fit in the 2 s, so this only asks for a few windows' worth).
    expect(stamped.size).toBeGreaterThanOrEqual(10);
  });

  it('when one client pauses the queue (a 429), then no client is granted a call until the pause is over', async () => {
    const prefix = `{prepkit-test-${uniqueId()}}`;
    const a = createAiQuota({ redis: connect(), prefix, max: 0, windowMs: 1_000 });
    const b = createAiQuota({ redis: connect(), prefix, max: 0, windowMs: 1_000 });
    await a.pause(300);
    const started = Date.now();
    await b.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    // A shorter pause never cuts a longer one short.
    await a.pause(400);
    await b.pause(50);
    const again = Date.now();
    await a.acquire();
    expect(Date.now() - again).toBeGreaterThanOrEqual(380);
  });

  it('when a waiting acquire is aborted, then it rejects instead of waiting on', async () => {
    const prefix = `{prepkit-test-${uniqueId()}}`;
    const quota = createAiQuota({ redis: connect(), prefix, max: 1, windowMs: 5_000 });
    await quota.acquire();
    const abort = new AbortController();
    const pending = quota.acquire(abort.signal);
    setTimeout(() => abort.abort(new Error('job cancelled')), 50);
    await expect(pending).rejects.toThrow('job cancelled');
  });
});
