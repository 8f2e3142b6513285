import type { Database, TailoredResumeRepository } from '@prepkit/db';
import { type InterviewQueue, LIVE_JOB_STATES, type TailoredResumeQueue } from '@prepkit/queue';
import { isRunnableStatus, type JobStatus } from '@prepkit/shared';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { finishCancelled } from './finish-cancelled.ts';
import { createMaintenanceLock } from './maintenance-lock.ts';

export interface ReconcilerDeps {
  db: Pick<Database, 'jobs' | 'uploads' | 'idempotencyKeys'>;
  /** The interview queue (jobs are re-added with their document id as BullMQ id). */
  queue: Pick<InterviewQueue, 'state' | 'remove' | 'enqueue'>;
  /** For the maintenance lock; keys go under `prefix`. */
  redis: Redis;
  prefix: string;
  logger: Logger;
  /** RECONCILE_INTERVAL_MS: one round per interval across all workers. */
  intervalMs: number;
  /** Documents younger than this are left alone: the API may not have enqueued them yet. */
  minAgeMs?: number;
  /** Most jobs looked at per round (the oldest first). */
  batchSize?: number;
  /** Called after each round this process did (metrics). */
  onRound?: (summary: ReconcileSummary) => void;
  /** Tailored-resume jobs, reconciled the same way (no lease: a tailoring is short). */
  tailoring?: {
    jobs: Pick<TailoredResumeRepository, 'listRunnableIds' | 'findById' | 'markCancelled'>;
    queue: Pick<TailoredResumeQueue, 'state' | 'remove' | 'enqueue'>;
  };
}

/** One kind of job document and the queue that carries it. */
interface JobKind {
  listRunnableIds(createdBefore: Date, limit: number): Promise<string[]>;
  findById(
    id: string,
  ): Promise<{ status: JobStatus; cancelRequested: boolean; leaseUntil?: Date | null } | null>;
  finishCancelled(id: string): Promise<boolean>;
  queue: Pick<InterviewQueue, 'state' | 'enqueue'> & { remove(id: string): Promise<unknown> };
}

/** What one round did. */
export interface ReconcileSummary {
  /** Runnable documents old enough to look at. */
  checked: number;
  /** Jobs added to BullMQ again because none of theirs was live. */
  requeued: string[];
  /** Jobs with a cancel request and no live BullMQ job: marked cancelled. */
  cancelled: string[];
  /** Idempotency keys past their 24 h window, deleted. */
  sweptKeys: number;
}

export interface Reconciler {
  /** One round; null when another worker holds the lock. */
  runOnce(): Promise<ReconcileSummary | null>;
  /** A round now, then one every `intervalMs` (a round still running is not overlapped). */
  start(): void;
  /** Stops the timer and waits (bounded) for a running round. */
  stop(): Promise<void>;
  /** Whether this process holds the fleet's maintenance lock now (it did the last round). */
  holdsLock(): boolean;
}

/**
 * Mongo is the system of record, Redis only carries work: a job whose document says queued or
 * processing but that BullMQ no longer holds as runnable (Redis flushed or restarted without
 * persistence, an enqueue that failed after the document was written) is added again, under its
 * own id, unless a live processing lease says a worker is still running it. The worker's
 * startAttempt refuses finished jobs and jobs leased by another live attempt, and reports are
 * keyed by job id, so a job re-added once too often still makes one report and one AI call. The same round sweeps expired
 * idempotency keys (FerretDB v1 has no TTL indexes). A Redis lock (`SET NX PX`, held for one
 * interval) lets one worker of the fleet do a round per interval.
 */
export const createReconciler = (deps: ReconcilerDeps): Reconciler => {
  const { db, queue, logger } = deps;
  const minAgeMs = deps.minAgeMs ?? 5_000;
  const batchSize = deps.batchSize ?? 500;
  const lock = createMaintenanceLock(
    deps.redis,
    `${deps.prefix}:maintenance:lock`,
    deps.intervalMs,
  );
  const log = logger.child({ component: 'reconciler' });

  const kinds: JobKind[] = [
    {
      listRunnableIds: (before, limit) => db.jobs.listRunnableIds(before, limit),
      findById: (id) => db.jobs.findById(id),
      finishCancelled: (id) => finishCancelled(db, id),
      queue,
    },
  ];
  if (deps.tailoring) {
    const { jobs, queue: tailoringQueue } = deps.tailoring;
    kinds.push({
      listRunnableIds: (before, limit) => jobs.listRunnableIds(before, limit),
      findById: (id) => jobs.findById(id),
      finishCancelled: (id) => jobs.markCancelled(id),
      queue: tailoringQueue,
    });
  }

  /** 'requeued' | 'cancelled' | null (live, or no longer runnable). */
  const reconcileJob = async (kind: JobKind, jobId: string) => {
    const state = await kind.queue.state(jobId);
    if (LIVE_JOB_STATES.has(state)) return null;
    // Re-read: the job may have finished since it was listed.
    const doc = await kind.findById(jobId);
    if (!doc || !isRunnableStatus(doc.status)) return null;
    // A live processing lease: its worker is alive and still running it, even though Redis no
    // longer knows the job (flushed, restarted). Re-adding it would run it twice.
    if (doc.status === 'processing' && doc.leaseUntil && doc.leaseUntil > new Date()) return null;
    if (doc.cancelRequested) {
      if (await kind.finishCancelled(jobId)) {
        log.info({ jobId }, 'cancel requested and no live BullMQ job: marked cancelled');
        return 'cancelled' as const;
      }
      return null;
    }
    if (state !== 'missing') await kind.queue.remove(jobId);
    await kind.queue.enqueue(jobId);
    log.info({ jobId, status: doc.status, bullState: state }, 're-enqueued job Redis had lost');
    return 'requeued' as const;
  };

  let lockHeldUntil = 0;
  const runOnce = async (): Promise<ReconcileSummary | null> => {
    const askedAt = Date.now();
    if (!(await lock.acquire())) {
      lockHeldUntil = 0;
      return null;
    }
    lockHeldUntil = askedAt + deps.intervalMs;
    const summary: ReconcileSummary = { checked: 0, requeued: [], cancelled: [], sweptKeys: 0 };
    for (const kind of kinds) {
      const ids = await kind.listRunnableIds(new Date(Date.now() - minAgeMs), batchSize);
      summary.checked += ids.length;
      for (const jobId of ids) {
        try {
          const done = await reconcileJob(kind, jobId);
          if (done === 'requeued') summary.requeued.push(jobId);
          if (done === 'cancelled') summary.cancelled.push(jobId);
        } catch (error) {
          log.warn({ jobId, err: (error as Error).message }, 'could not reconcile job');
        }
      }
    }
    summary.sweptKeys = await db.idempotencyKeys.deleteExpired(new Date());
    const level = summary.requeued.length || summary.cancelled.length ? 'info' : 'debug';
    log[level](
      {
        checked: summary.checked,
        requeued: summary.requeued.length,
        cancelled: summary.cancelled.length,
        sweptKeys: summary.sweptKeys,
      },
      'reconcile round done',
    );
    deps.onRound?.(summary);
    return summary;
  };

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runOnce()
      .catch((error) => log.warn({ err: (error as Error).message }, 'reconcile round failed'))
      .finally(() => {
        running = null;
      });
  };
  return {
    runOnce,
    holdsLock: () => Date.now() < lockHeldUntil,
    start() {
      tick();
      timer = setInterval(tick, deps.intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      if (running) {
        await Promise.race([running, new Promise((r) => setTimeout(r, 2_000).unref())]);
      }
    },
  };
};
