import type { Database } from '@prepkit/db';
import { BACKOFF_TYPE, computeBackoffMs } from '@prepkit/queue';
import { type Config, TAILORED_RESUME_QUEUE, type TailorResumeJobPayload } from '@prepkit/shared';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createAiQuota, WORKER_QUOTA_SLACK } from '../interview/ai-quota.ts';
import { createGeminiResumeGenerator } from './gemini-resume.generator.ts';
import { createLocalResumeGenerator, type ResumeGenerator } from './resume-generator.ts';
import { createTailorResumeProcessor, type TailorResumeResult } from './tailor-resume.processor.ts';

/** The tailored-resume generator AI_PROVIDER asks for (as for reports). */
export const selectResumeGenerator = (ai: Config['ai']): ResumeGenerator =>
  ai.provider === 'gemini' && ai.geminiApiKey
    ? createGeminiResumeGenerator({
        apiKey: ai.geminiApiKey,
        model: ai.geminiModel,
        ...(ai.geminiBaseUrl ? { baseUrl: ai.geminiBaseUrl } : {}),
        apiVersion: ai.geminiApiVersion,
        timeoutMs: ai.timeoutMs,
      })
    : createLocalResumeGenerator();

export interface ResumeWorkerDeps {
  config: Config;
  db: Pick<Database, 'tailoredResumes' | 'reports'>;
  /** The worker's blocking BullMQ connection (maxRetriesPerRequest: null). */
  connection: Redis;
  logger: Logger;
}

/**
 * Consumes the tailored-resume queue beside the report queue, with the same concurrency, lock,
 * retry and backoff settings, inside the same AI quota (the window lives in Redis).
 */
export const startResumeWorker = async (
  deps: ResumeWorkerDeps,
): Promise<Worker<TailorResumeJobPayload, TailorResumeResult>> => {
  const { config, connection, logger } = deps;
  const generator = selectResumeGenerator(config.ai);
  const processor = createTailorResumeProcessor({
    db: deps.db,
    generator,
    logger,
    quota:
      generator.name === 'local'
        ? null
        : createAiQuota({
            redis: connection,
            prefix: config.queue.prefix,
            max: config.ai.rateLimitMax,
            windowMs: config.ai.rateLimitWindowMs,
            ...WORKER_QUOTA_SLACK,
            coldCalls: config.queue.workerConcurrency,
          }),
    aiBackoffMs: config.ai.backoffMs,
  });
  const worker = new Worker<TailorResumeJobPayload, TailorResumeResult>(
    TAILORED_RESUME_QUEUE,
    processor,
    {
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
    },
  );
  worker.on('error', (err) => logger.warn({ err: err.message }, 'resume worker error'));
  await worker.waitUntilReady();
  return worker;
};
