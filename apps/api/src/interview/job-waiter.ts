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

/** How one wait for a job may go. */
export interface WaitOptions<T> {
  /** Ends the wait early (the client went away). */
  signal?: AbortSignal | undefined;
  /**
   * The document as the caller has just written or read it, which saves the first read (a
   * report's sync 201 would otherwise read the job it has just created); a change made before
   * this call and announced before it (the job would have to finish within the call) is still
   * seen by the next poll.
   */
  known?: StoredJob | undefined;
  /**
   * Read instead of the job when the worker announces that the job is done (its report is
   * stored): the report itself, by the job's id. Null: read the job as usual.
   */
  whenDone?: (() => Promise<T | null>) | undefined;
}

/** The end of a wait. */
export type WaitOutcome<T> =
  /** The job's final document (null: the job is gone). */
  | { kind: 'final'; job: StoredJob | null }
  /** What `whenDone` read once the worker said the job was done. */
  | { kind: 'done'; result: T }
  /** `timeoutMs` passed, or `signal` aborted, first. */
  | { kind: 'timeout' };

export interface JobWaiter {
  /** Waits until the job is final, or `whenDone` found its result, or time runs out. */
  wait<T = never>(
    jobId: string,
    timeoutMs: number,
    options?: WaitOptions<T>,
  ): Promise<WaitOutcome<T>>;
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
  /** Per job, its waiters' wake functions (`done`: the worker said the report is stored). */
  const waiters = new Map<string, Set<(done: boolean) => void>>();
  const pollMs = options.pollMs ?? 2_000;
  const hub = createJobEventHub({ jobs: options.jobs, pollMs });
  const wakeWaiters = (jobId: string, done = false) => {
    for (const wake of waiters.get(jobId) ?? []) wake(done);
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
    if (isDoneProgress(progress)) wakeWaiters(jobId, true);
    hub.signal(jobId, progress);
  });
  return {
    notify,
    subscribe: hub.subscribe,
    subscribers: hub.size,
    close: hub.closeAll,
    size: () => [...waiters.values()].reduce((n, s) => n + s.size, 0),
    async wait<T>(
      jobId: string,
      timeoutMs: number,
      { signal, known, whenDone }: WaitOptions<T> = {},
    ): Promise<WaitOutcome<T>> {
      const deadline = Date.now() + timeoutMs;
      let wake: (done: boolean) => void = () => undefined;
      const set = waiters.get(jobId) ?? new Set();
      waiters.set(jobId, set);
      const onAbort = () => wake(false);
      signal?.addEventListener('abort', onAbort);
      let first: StoredJob | undefined = known?.id === jobId ? known : undefined;
      let done = false;
      try {
        while (true) {
          const woken = new Promise<boolean>((r) => {
            wake = r;
          });
          set.add(wake);
          if (done && whenDone) {
            // The worker wrote the report before it said so: one read of it, not of the job.
            const result = await whenDone();
            if (result !== null) return { kind: 'done', result };
          }
          const job = first ?? (await options.jobs.findById(jobId));
          first = undefined;
          if (!job || isFinal(job)) return { kind: 'final', job };
          const left = deadline - Date.now();
          if (left <= 0 || signal?.aborted) return { kind: 'timeout' };
          let timer: NodeJS.Timeout | undefined;
          done = await Promise.race([
            woken,
            new Promise<boolean>((r) => {
              timer = setTimeout(() => r(false), Math.min(pollMs, left));
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
