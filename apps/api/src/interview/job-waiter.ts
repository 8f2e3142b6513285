import type { InterviewJobRepository, StoredJob } from '@prepkit/db';
import { FINAL_JOB_STATUSES, isDoneProgress, parseJobProgress } from '@prepkit/shared';
import type { QueueEvents } from 'bullmq';
import { createJobEventHub, type JobListener } from './job-event-hub.ts';

export interface JobWaiterOptions {
  /** The API process's one long-lived QueueEvents (no per-request Redis connection). */
  queueEvents: QueueEvents;
  jobs: InterviewJobRepository;
  /** Safety net: re-read the document this often even without an event (events can be missed across a Redis reconnect). */
  pollMs?: number;
}

export interface JobWaiter {
  /**
   * Resolves with the job once final, or null when `timeoutMs` passes (or `signal` aborts) first.
   * `known`: the document as the caller has just written or read it, which saves the first read
   * (a report's sync 201 would otherwise read the job it has just created); a change made before
   * this call and announced before it (the job would have to finish within the call) is still
   * seen by the next poll.
   */
  wait(
    jobId: string,
    timeoutMs: number,
    signal?: AbortSignal,
    known?: StoredJob,
  ): Promise<StoredJob | null>;
  /** Wakes the waiters of a job (also called by the QueueEvents listeners). */
  notify(jobId: string): void;
  /** Waiters currently registered (for tests and metrics). */
  size(): number;
  /** Watches a job (event streams): `listener` gets the document after each change. Returns the unsubscribe. */
  subscribe(jobId: string, listener: JobListener): () => void;
  /** Listeners currently registered through `subscribe` (for tests and metrics). */
  subscribers(): number;
  /** Shutdown: ends every subscription (open event streams close; waiters are left to finish). */
  close(): void;
}

const isFinal = (job: StoredJob) => FINAL_JOB_STATUSES.includes(job.status);

/**
 * Waits for jobs by their InterviewJob document, which the worker keeps current: a BullMQ event
 * only says "look again". One listener per event for the whole process, whatever the number of
 * waiting requests.
 */
export const createJobWaiter = (options: JobWaiterOptions): JobWaiter => {
  const waiters = new Map<string, Set<() => void>>();
  const pollMs = options.pollMs ?? 2_000;
  const hub = createJobEventHub({ jobs: options.jobs, pollMs });
  const wakeWaiters = (jobId: string) => {
    for (const wake of waiters.get(jobId) ?? []) wake();
  };
  const notify = (jobId: string) => {
    wakeWaiters(jobId);
    hub.signal(jobId);
  };
  // Waiters only care about the end: every wake is a read of the document, so they are woken
  // by the final events (and the worker's progress 100, sent as soon as the document says
  // completed); event streams (the hub) see every change.
  for (const event of ['completed', 'failed', 'removed'] as const) {
    options.queueEvents.on(event, ({ jobId }: { jobId: string }) => notify(jobId));
  }
  options.queueEvents.on('active', ({ jobId }) => hub.signal(jobId));
  options.queueEvents.on('progress', ({ jobId, data }) => {
    const progress = parseJobProgress(data);
    if (isDoneProgress(progress)) wakeWaiters(jobId);
    hub.signal(jobId, progress);
  });
  return {
    notify,
    subscribe: hub.subscribe,
    subscribers: hub.size,
    close: hub.closeAll,
    size: () => [...waiters.values()].reduce((n, s) => n + s.size, 0),
    async wait(jobId, timeoutMs, signal, known) {
      const deadline = Date.now() + timeoutMs;
      let wake: () => void = () => undefined;
      const set = waiters.get(jobId) ?? new Set();
      waiters.set(jobId, set);
      const onAbort = () => wake();
      signal?.addEventListener('abort', onAbort);
      let first: StoredJob | undefined = known?.id === jobId ? known : undefined;
      try {
        while (true) {
          const woken = new Promise<void>((r) => {
            wake = r;
          });
          set.add(wake);
          const job = first ?? (await options.jobs.findById(jobId));
          first = undefined;
          if (!job || isFinal(job)) return job;
          const left = deadline - Date.now();
          if (left <= 0 || signal?.aborted) return null;
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            woken,
            new Promise<void>((r) => {
              timer = setTimeout(r, Math.min(pollMs, left));
            }),
          ]);
          clearTimeout(timer);
          set.delete(wake);
        }
      } finally {
        set.delete(wake);
        if (set.size === 0) waiters.delete(jobId);
        signal?.removeEventListener('abort', onAbort);
      }
    },
  };
};
