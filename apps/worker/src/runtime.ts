import { type Database, openDatabase } from '@prepkit/db';
import { createTextExtractor, type TextExtractor } from '@prepkit/extraction';
import { createInterviewQueue, createTailoredResumeQueue } from '@prepkit/queue';
import { type Config, type InterviewJobPayload, QUEUE_NAMES } from '@prepkit/shared';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type AnalysisPool, createAnalysisPool } from './analysis/analysis-pool.ts';
import { selectGenerator } from './generators/select-generator.ts';
import {
  createInterviewProcessor,
  type InterviewJobResult,
} from './interview/interview.processor.ts';
import { startWorkerHttp, type WorkerHttp } from './metrics/worker-http.ts';
import { createWorkerMetrics } from './metrics/worker-metrics.ts';
import { createReconciler, type Reconciler } from './reconciler/reconciler.ts';
import { startResumeWorker } from './resume/resume-worker.ts';
import { workerOptions, workerQuota } from './worker-settings.ts';

export interface WorkerRuntime {
  worker: Worker<InterviewJobPayload, InterviewJobResult>;
  /** The tailored-resume queue's worker (same settings). */
  resumeWorker: Worker;
  db: Database;
  /** Re-enqueues jobs Redis lost and sweeps expired idempotency keys (every RECONCILE_INTERVAL_MS). */
  reconciler: Reconciler;
  /** /metrics, /healthz and /readyz; null when WORKER_HTTP_PORT is unset. */
  http: WorkerHttp | null;
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
  let reconciler: Reconciler | null = null;
  let queue: ReturnType<typeof createInterviewQueue> | null = null;
  const metrics = createWorkerMetrics({
    // Only the maintenance-lock holder exports the queue's counts: one series for the fleet.
    queueCounts: async () => (reconciler?.holdsLock() && queue ? queue.counts() : null),
  });
  const extractor: TextExtractor = metrics.extractor(createTextExtractor());
  // The analyzer runs on its own threads under a time budget: no input can block this loop
  // (and so starve BullMQ's lock renewal). Warm a thread (its modules and skill index) first.
  const analysis: AnalysisPool = createAnalysisPool();
  await analysis.analyze({
    title: 'warm-up',
    jobDescription: 'Engineer: TypeScript, SQL.',
    resumeText: '',
    selfDescription: '',
  });
  const generator = metrics.generator(selectGenerator(config.ai, analysis));
  const processor = createInterviewProcessor({
    db,
    extractor,
    generator,
    ground:
      generator.name === 'local'
        ? null
        : (input) => metrics.timeAnalysis(async () => (await analysis.analyze(input)).analysis),
    logger,
    // One quota for every worker process, in Redis (worker-settings.ts), timed for metrics.
    quota: ((quota) => (quota ? metrics.quota(quota) : null))(
      workerQuota(config, connection, generator.name),
    ),
    aiBackoffMs: config.ai.backoffMs,
    metrics: metrics.attempts,
    // Twice BullMQ's lock, at least 15 s, renewed every half of it: each renewal is a write (and
    // on FerretDB v1 a scan of the jobs collection), so short jobs make none. A dead worker's
    // job is taken over once its lease has run out.
    leaseMs: Math.max(2 * config.queue.lockDurationMs, 15_000),
  });
  const worker = new Worker<InterviewJobPayload, InterviewJobResult>(
    QUEUE_NAMES.interviewReports,
    processor,
    workerOptions(config, connection),
  );
  worker.on('error', (err) => logger.warn({ err: err.message }, 'worker error'));
  worker.on('stalled', (jobId) => logger.warn({ jobId }, 'job stalled; it will be redelivered'));
  await worker.waitUntilReady();
  const resumeWorker = await startResumeWorker({
    config,
    db,
    connection,
    logger,
    tailoring: analysis,
  });
  queue = createInterviewQueue({
    connection,
    prefix: config.queue.prefix,
    attempts: config.ai.maxAttempts,
  });
  const tailoringQueue = createTailoredResumeQueue({
    connection,
    prefix: config.queue.prefix,
    attempts: config.ai.maxAttempts,
  });
  reconciler = createReconciler({
    db,
    queue,
    tailoring: { jobs: db.tailoredResumes, queue: tailoringQueue },
    redis: connection,
    prefix: config.queue.prefix,
    logger,
    intervalMs: config.queue.reconcileIntervalMs,
    onRound: (summary) => metrics.requeued(summary.requeued.length),
  });
  reconciler.start();
  const http =
    config.ops.workerHttpPort === undefined
      ? null
      : await startWorkerHttp({
          port: config.ops.workerHttpPort,
          host: config.host,
          metricsToken: config.ops.metricsToken,
          registry: metrics.registry,
          checks: {
            mongodb: () => db.ping(),
            redis: async () => (await connection.ping()) === 'PONG',
            worker: async () => worker.isRunning(),
          },
        });
  logger.info(
    {
      generator: generator.name,
      model: generator.model,
      concurrency: config.queue.workerConcurrency,
      http: http?.url,
    },
    'worker ready',
  );
  return {
    worker,
    resumeWorker,
    db,
    reconciler,
    http,
    async close(graceMs = config.queue.shutdownGraceMs) {
      await reconciler.stop();
      await http?.close();
      let timer: NodeJS.Timeout | undefined;
      const graceful = Promise.all([worker.close(), resumeWorker.close()]).then(
        () => 'drained' as const,
      );
      const timeout = new Promise<'forced'>((r) => {
        timer = setTimeout(() => r('forced'), graceMs);
      });
      const outcome = await Promise.race([graceful, timeout]);
      clearTimeout(timer);
      // BullMQ hands a second close() the first one's promise, which waits for the active jobs:
      // past the grace period only the connections are dropped. The jobs keep their lock until it
      // expires and then go to another worker (stalled -> redelivered).
      if (outcome === 'forced') {
        void worker.close(true).catch(() => undefined);
        void resumeWorker.close(true).catch(() => undefined);
      }
      await queue.close().catch(() => undefined);
      await tailoringQueue.close().catch(() => undefined);
      await extractor.close().catch(() => undefined);
      await analysis.close().catch(() => undefined);
      connection.disconnect();
      await db.close().catch(() => undefined);
      return outcome;
    },
  };
};
