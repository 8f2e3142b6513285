import { AppError } from '@prepkit/shared';
import type { Redis } from 'ioredis';

export interface RateLimiterOptions {
  redis: Redis;
  /** Namespace of the counters, e.g. `{prepkit}:rl:login:`. */
  keyPrefix: string;
  /** Requests allowed per window and key. */
  max: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Counts one hit for each key; throws RATE_LIMITED (with Retry-After) when any is over. */
  consume(keys: string[]): Promise<void>;
}

/** A fixed-window counter per key in Redis; counters expire with their window. */
export const createRateLimiter = (options: RateLimiterOptions): RateLimiter => ({
  async consume(keys) {
    const pipeline = options.redis.multi();
    for (const key of keys) {
      const full = `${options.keyPrefix}${key}`;
      pipeline.incr(full).pexpire(full, options.windowMs, 'NX').pttl(full);
    }
    const results = (await pipeline.exec()) ?? [];
    let retryAfterMs = 0;
    for (let i = 0; i < keys.length; i++) {
      const count = Number(results[i * 3]?.[1] ?? 0);
      const ttl = Number(results[i * 3 + 2]?.[1] ?? options.windowMs);
      if (count > options.max)
        retryAfterMs = Math.max(retryAfterMs, ttl > 0 ? ttl : options.windowMs);
    }
    if (retryAfterMs > 0) {
      throw new AppError('RATE_LIMITED', {
        headers: { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) },
      });
    }
  },
});
