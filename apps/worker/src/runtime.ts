import { analyze } from '@prepkit/analyzer';
import { type Database, openDatabase } from '@prepkit/db';
import { createTextExtractor, type TextExtractor } from '@prepkit/extraction';
import { BACKOFF_TYPE, computeBackoffMs, createInterviewQueue } from '@prepkit/queue';
import { type Config, type InterviewJobPayload, QUEUE_NAMES } from '@prepkit/shared';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { selectGenerator } from './generators/select-generator.ts';
import { createAiQuota, WORKER_QUOTA_SLACK } from './interview/ai-quota.ts';
import {
  createInterviewProcessor,
  type InterviewJobResult,
} from './interview/interview.processor.ts';
import { createReconciler, type Reconciler } from './reconciler/reconciler.ts';

export interface WorkerRuntime {
  worker: Worker<InterviewJobPayload, InterviewJobResult>;
  db: Database;
  /** Re-enqueues jobs Redis lost and sweeps expired idempotency keys (every RECONCILE_INTERVAL_MS). */
  reconciler: Reconciler;
  /**
   * Stops taking jobs and lets active ones finish for up to `graceMs`; past that it stops
   * anyway and the unfinished jobs come back to another worker once their lock expires.
   */
  close(graceMs?: number): Promise<'drained' | 'forced'>;
}

/** Connects to Mongo and Redis and starts consuming the interview-report queue. */
export const startWorkerRuntime = async (
  config: Config,
  logger: Logger,
): Promise<WorkerRuntime> => {
  const db = await openDatabase(config.mongodbUri, { serverSelectionTimeoutMS: 5_000 });
  // Blocking BullMQ connection: retries forever so a Redis restart is ridden out.
  const connection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const extractor: TextExtractor = createTextExtractor();
  const generator = selectGenerator(config.ai);
  // Build the analyzer's skill index and warm its code before the first job: cold, the first
  // analysis blocks the event loop for ~75 ms, which would delay every call granted meanwhile.
  analyze({
    title: 'warm-up',
    jobDescription: 'Engineer: TypeScript, SQL.',
    resumeText: '',
    selfDescription: '',
  });
  const processor = createInterviewProcessor({
    db,
    extractor,
    generator,
    ground: generator.name === 'local' ? null : (input) => analyze(input).analysis,
    logger,
    // One quota for every worker process, in Redis: a sliding window (AI_RATE_LIMIT_MAX per
    // AI_RATE_LIMIT_WINDOW_MS, 0 = off) and the queue-wide pause a provider's 429 sets.
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
    // As long as BullMQ's lock: a job whose worker died is free again once both have expired.
    leaseMs: config.queue.lockDurationMs,
  });
  const worker = new Worker<InterviewJobPayload, InterviewJobResult>(
    QUEUE_NAMES.interviewReports,
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
  worker.on('error', (err) => logger.warn({ err: err.message }, 'worker error'));
  worker.on('stalled', (jobId) => logger.warn({ jobId }, 'job stalled; it will be redelivered'));
  await worker.waitUntilReady();
  const queue = createInterviewQueue({
    connection,
    prefix: config.queue.prefix,
    attempts: config.ai.maxAttempts,
  });
  const reconciler = createReconciler({
    db,
    queue,
    redis: connection,
    prefix: config.queue.prefix,
    logger,
    intervalMs: config.queue.reconcileIntervalMs,
  });
  reconciler.start();
  logger.info(
    {
      generator: generator.name,
      model: generator.model,
      concurrency: config.queue.workerConcurrency,
    },
    'worker ready',
  );
  return {
    worker,
    db,
    reconciler,
    async close(graceMs = config.queue.shutdownGraceMs) {
      await reconciler.stop();
      let timer: NodeJS.Timeout | undefined;
      const graceful = worker.close().then(() => 'drained' as const);
      const timeout = new Promise<'forced'>((r) => {
        timer = setTimeout(() => r('forced'), graceMs);
      });
      const outcome = await Promise.race([graceful, timeout]);
      clearTimeout(timer);
      // BullMQ hands a second close() the first one's promise, which waits for the active jobs:
      // past the grace period only the connections are dropped. The jobs keep their lock until it
      // expires and then go to another worker (stalled -> redelivered).
      if (outcome === 'forced') void worker.close(true).catch(() => undefined);
      await queue.close().catch(() => undefined);
      await extractor.close().catch(() => undefined);
      connection.disconnect();
      await db.close().catch(() => undefined);
      return outcome;
    },
  };
};
