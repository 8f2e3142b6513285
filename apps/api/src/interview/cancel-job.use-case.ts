import type { Database, StoredJob } from '@prepkit/db';
import type { InterviewQueue } from '@prepkit/queue';
import { AppError } from '@prepkit/shared';
import { findOwnedJob } from './owned-resource.ts';

export interface CancelJobDeps {
  db: Pick<Database, 'jobs' | 'uploads'>;
  queue: Pick<InterviewQueue, 'remove'>;
  /** Tells this process's waiters and event streams that the job changed. */
  notify(jobId: string): void;
}

/** What a cancel did: a queued job is cancelled now; a processing one at its next stage boundary. */
export type CancelOutcome = { kind: 'cancelled' } | { kind: 'requested'; job: StoredJob };

export type CancelJob = (owner: string, jobId: string) => Promise<CancelOutcome>;

/**
 * Cancels the caller's job. Queued: one guarded write (queued -> cancelled) wins against a
 * worker starting it (the worker's start is guarded the same way, so a cancelled job never
 * reaches the AI) and drops the file's bytes; then, best effort, the BullMQ job goes (and an
 * older job's file kept apart in `uploads`). Processing: the job is
 * flagged and the worker stops at its next stage boundary. Finished: 409. Another user's or a
 * missing job: 404. Should the job change state between the read and the write, it is read again.
 */
export const createCancelJob =
  (deps: CancelJobDeps): CancelJob =>
  async (owner, jobId) => {
    for (let round = 0; round < 3; round++) {
      const job = await findOwnedJob(deps.db.jobs, jobId, owner);
      if (job.status === 'queued') {
        if (await deps.db.jobs.cancelQueued(job.id)) {
          await deps.queue.remove(job.id).catch(() => false);
          if (job.upload.id) await deps.db.uploads.delete(job.upload.id).catch(() => undefined);
          deps.notify(job.id);
          return { kind: 'cancelled' };
        }
      } else if (job.status === 'processing') {
        if (job.cancelRequested || (await deps.db.jobs.requestCancel(job.id))) {
          deps.notify(job.id);
          return { kind: 'requested', job: { ...job, cancelRequested: true } };
        }
      } else {
        throw new AppError('JOB_FINISHED');
      }
    }
    throw new AppError('CONFLICT', {
      message: 'The job changed while it was being cancelled. Please try again.',
    });
  };
