import type { Database } from '@prepkit/db';
import { type Config, TAILORED_RESUME_QUEUE, type TailorResumeJobPayload } from '@prepkit/shared';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Tailoring } from '../analysis/analysis-pool.ts';
import { workerOptions, workerQuota } from '../worker-settings.ts';
import { createGeminiResumeGenerator } from './gemini-resume.generator.ts';
import { createLocalResumeGenerator, type ResumeGenerator } from './resume-generator.ts';
import { createTailorResumeProcessor, type TailorResumeResult } from './tailor-resume.processor.ts';

/** The tailored-resume generator AI_PROVIDER asks for (as for reports). */
export const selectResumeGenerator = (
  ai: Config['ai'],
  tailor: Tailoring['tailor'],
): ResumeGenerator =>
  ai.provider === 'gemini' && ai.geminiApiKey
    ? createGeminiResumeGenerator({
        apiKey: ai.geminiApiKey,
        model: ai.geminiModel,
        ...(ai.geminiBaseUrl ? { baseUrl: ai.geminiBaseUrl } : {}),
        apiVersion: ai.geminiApiVersion,
        timeoutMs: ai.timeoutMs,
      })
    : createLocalResumeGenerator(tailor);

export interface ResumeWorkerDeps {
  config: Config;
  db: Pick<Database, 'tailoredResumes' | 'reports'>;
  /** The worker's blocking BullMQ connection (maxRetriesPerRequest: null). */
  connection: Redis;
  logger: Logger;
  /** Where the offline tailoring and the grounding check run: the worker's analysis threads. */
  tailoring: Tailoring;
}

/**
 * Consumes the tailored-resume queue beside the report queue, with the same concurrency, lock,
 * retry and backoff settings, inside the same AI quota (the window lives in Redis).
 */
export const startResumeWorker = async (
  deps: ResumeWorkerDeps,
): Promise<Worker<TailorResumeJobPayload, TailorResumeResult>> => {
  const { config, connection, logger } = deps;
  const generator = selectResumeGenerator(config.ai, deps.tailoring.tailor);
  const processor = createTailorResumeProcessor({
    db: deps.db,
    generator,
    ground: deps.tailoring.ground,
    logger,
    quota: workerQuota(config, connection, generator.name),
    aiBackoffMs: config.ai.backoffMs,
  });
  const worker = new Worker<TailorResumeJobPayload, TailorResumeResult>(
    TAILORED_RESUME_QUEUE,
    processor,
    workerOptions(config, connection),
  );
  worker.on('error', (err) => logger.warn({ err: err.message }, 'resume worker error'));
  await worker.waitUntilReady();
  return worker;
};
