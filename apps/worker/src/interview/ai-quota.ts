import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * One AI quota shared by every worker process: at most `max` calls in any sliding window of
 * `windowMs` (a log of call times in a Redis sorted set, stamped with the Redis server's clock so
 * machines with skewed clocks still agree), plus a queue-wide pause a provider's 429 can set.
 */
export interface AiQuota {
  /** Waits until a call may be made and records it; resolves at once when the quota is off. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Stops every worker's calls for `ms` (a 429's retry delay); never shortens a longer pause. */
  pause(ms: number): Promise<void>;
}

export interface AiQuotaOptions {
  redis: Redis;
  /** The queue prefix (a Cluster hash tag such as `{prepkit}`): the keys share its slot. */
  prefix: string;
  /** Calls per window; 0 leaves only the 429 pause. */
  max: number;
  windowMs: number;
  /**
   * How late a granted call may reach the provider (its HTTP request leaves a few ms after the
   * grant). A call holds its slot until `grant + slackMs + windowMs`, so the provider's own
   * count in any window stays under `max` as long as calls leave within the slack.
   */
  slackMs?: number;
  /**
   * The slack for this process's first `coldCalls` calls: a fresh process's first requests leave
   * later (module loading, JIT, new connections, every lane starting its first job at once).
   */
  coldSlackMs?: number;
  /** How many first calls count as cold (see `coldSlackMs`); the worker uses its concurrency. */
  coldCalls?: number;
}

/**
 * The slack the workers run with: a few ms once a process is warm; its first calls, made while
 * every lane starts its first job, left up to several hundred ms after their grant on a busy
 * 2-core machine (benchmark 4).
 */
export const WORKER_QUOTA_SLACK = { slackMs: 30, coldSlackMs: 500 } as const;

// KEYS: log, pause. ARGV: windowMs, max, member, slackMs. Returns 0 (granted) or ms to wait.
// Each call is scored with the latest time it may reach the provider (now + slack): whoever asks
// next counts every call that could still fall inside its own window.
const ACQUIRE = `
local pause = redis.call('PTTL', KEYS[2])
if pause > 0 then return pause end
local max = tonumber(ARGV[2])
if max <= 0 then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < max then
  local slack = tonumber(ARGV[4])
  redis.call('ZADD', KEYS[1], now + slack, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window + slack)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local wait = tonumber(oldest[2]) + window - now
if wait < 1 then wait = 1 end
return wait
`;

// KEYS: pause. ARGV: ms. Extends the pause, never shortens it.
const PAUSE = `
local left = redis.call('PTTL', KEYS[1])
if left < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
return 0
`;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The Redis-backed quota (key names: `<prefix>:ai-quota:log` and `<prefix>:ai-quota:pause`). */
export const createAiQuota = (options: AiQuotaOptions): AiQuota => {
  const logKey = `${options.prefix}:ai-quota:log`;
  const pauseKey = `${options.prefix}:ai-quota:pause`;
  const warmSlack = options.slackMs ?? 0;
  const coldSlack = Math.max(warmSlack, options.coldSlackMs ?? warmSlack);
  let granted = 0;
  const slack = () => (granted < (options.coldCalls ?? 0) ? coldSlack : warmSlack);
  return {
    async acquire(signal) {
      for (;;) {
        const member = `${Date.now()}-${randomBytes(6).toString('hex')}`;
        const wait = Number(
          await options.redis.eval(
            ACQUIRE,
            2,
            logKey,
            pauseKey,
            options.windowMs,
            options.max,
            member,
            slack(),
          ),
        );
        if (wait <= 0) {
          granted += 1;
          return;
        }
        // A little jitter so waiting workers do not all ask again in the same millisecond.
        await sleep(wait + Math.floor(Math.random() * 5), signal);
      }
    },
    async pause(ms) {
      if (ms > 0) await options.redis.eval(PAUSE, 1, pauseKey, Math.ceil(ms));
    },
  };
};
