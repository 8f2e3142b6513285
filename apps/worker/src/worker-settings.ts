import { BACKOFF_TYPE, computeBackoffMs } from '@prepkit/queue';
import type { Config } from '@prepkit/shared';
import type { WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { type AiQuota, createAiQuota, WORKER_QUOTA_SLACK } from './interview/ai-quota.ts';

/**
 * The BullMQ worker options every queue of the worker process uses: concurrency, lock and
 * stall settings, and prepkit's backoff (a provider's retry delay, else exponential with jitter).
 */
export const workerOptions = (config: Config, connection: Redis): WorkerOptions => ({
  connection,
  prefix: config.queue.prefix,
  concurrency: config.queue.workerConcurrency,
  lockDuration: config.queue.lockDurationMs,
  stalledInterval: config.queue.stalledIntervalMs,
  maxStalledCount: 2,
  settings: {
    backoffStrategy: (attemptsMade, type, error) =>
      type === BACKOFF_TYPE ? computeBackoffMs(attemptsMade, error, config.ai.backoffMs) : 0,
  },
});

/**
 * One quota for every worker process, in Redis: a sliding window (AI_RATE_LIMIT_MAX per
 * AI_RATE_LIMIT_WINDOW_MS, 0 = off) and the queue-wide pause a provider's 429 sets. Instances
 * with the same prefix share the window. Null for the offline generator (no AI call).
 */
export const workerQuota = (
  config: Config,
  connection: Redis,
  generatorName: string,
): AiQuota | null =>
  generatorName === 'local'
    ? null
    : createAiQuota({
        redis: connection,
        prefix: config.queue.prefix,
        max: config.ai.rateLimitMax,
        windowMs: config.ai.rateLimitWindowMs,
        ...WORKER_QUOTA_SLACK,
        coldCalls: config.queue.workerConcurrency,
      });
