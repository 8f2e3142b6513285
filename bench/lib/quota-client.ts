/**
 * One process of the limiter-only quota check: `lanes` loops that each take a slot from the shared
 * AI quota (the same createAiQuota the worker uses) and then call the fake AI, until `seconds`.
 *   node bench/lib/quota-client.ts REDIS_URL PREFIX MAX WINDOW_MS FAKE_URL LANES SECONDS
 */
import { Redis } from 'ioredis';
import { createAiQuota, WORKER_QUOTA_SLACK } from '../../apps/worker/src/interview/ai-quota.ts';

const [redisUrl, prefix, max, windowMs, fakeUrl, lanes, seconds] = process.argv.slice(2);
const redis = new Redis(redisUrl!, { maxRetriesPerRequest: null });
const quota = createAiQuota({
  redis,
  prefix: prefix!,
  max: Number(max),
  windowMs: Number(windowMs),
  ...WORKER_QUOTA_SLACK,
  coldCalls: Number(lanes),
});
const until = Date.now() + Number(seconds) * 1000;
const lane = async () => {
  while (Date.now() < until) {
    await quota.acquire();
    await fetch(`${fakeUrl}/v1beta/models/quota:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k' },
      body: '{}',
    }).then((r) => r.text());
  }
};
await Promise.all(Array.from({ length: Number(lanes) }, lane));
redis.disconnect();
