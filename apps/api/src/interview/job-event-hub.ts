import type { InterviewJobRepository, StoredJob } from '@prepkit/db';
import type { JobProgress, StageProgress } from '@prepkit/shared';

/** Called with the job's current document after each change (null: the job is gone). */
export type JobListener = (job: StoredJob | null) => void;

export interface JobEventHubOptions {
  jobs: Pick<InterviewJobRepository, 'findById'>;
  /** Re-read each watched job this often even without an event (events can be missed across a Redis reconnect). */
  pollMs: number;
}

/** Fans one stream of job signals out to any number of listeners per job. */
export interface JobEventHub {
  /** Listens to one job until the returned function is called. */
  subscribe(jobId: string, listener: JobListener): () => void;
  /**
   * Something happened to the job (a QueueEvents event, or a change made in this process):
   * re-read it once for all its listeners. `progress` is the worker's progress event, if any.
   */
  signal(jobId: string, progress?: JobProgress | null): void;
  /** Listeners currently registered, over all jobs (for tests and metrics). */
  size(): number;
  /** Shutdown: every listener gets null once (streams end, clients reconnect elsewhere). */
  closeAll(): void;
}

type Progress = StageProgress;

interface Feed {
  listeners: Set<JobListener>;
  timer: NodeJS.Timeout;
  reading: boolean;
  again: boolean;
  /** The latest progress event: finer than the document, which the worker writes per stage only. */
  progress: Progress | null;
}

/** The document, with the progress of a newer event for the same stage folded in. */
const withProgress = (job: StoredJob | null, progress: Progress | null): StoredJob | null =>
  job?.status === 'processing' &&
  progress &&
  progress.stage === job.stage &&
  progress.progress > job.progress
    ? { ...job, progress: Math.round(progress.progress) }
    : job;

/**
 * One Mongo read per job per signal, however many clients watch it: the InterviewJob document
 * is the source of truth, an event only says "look again". Each watched job is also re-read
 * every `pollMs`. A job's timer and state go away with its last listener.
 */
export const createJobEventHub = (options: JobEventHubOptions): JobEventHub => {
  const feeds = new Map<string, Feed>();

  const read = async (jobId: string, feed: Feed): Promise<void> => {
    if (feed.reading) {
      feed.again = true;
      return;
    }
    feed.reading = true;
    try {
      let job: StoredJob | null;
      try {
        job = withProgress(await options.jobs.findById(jobId), feed.progress);
      } catch {
        return; // Mongo unreachable: the next signal or tick tries again
      }
      for (const listener of [...feed.listeners]) listener(job);
    } finally {
      feed.reading = false;
      if (feed.again && feeds.get(jobId) === feed) {
        feed.again = false;
        void read(jobId, feed);
      }
    }
  };

  return {
    subscribe(jobId, listener) {
      let feed = feeds.get(jobId);
      if (!feed) {
        const created: Feed = {
          listeners: new Set(),
          timer: setInterval(() => void read(jobId, created), options.pollMs),
          reading: false,
          again: false,
          progress: null,
        };
        created.timer.unref();
        feeds.set(jobId, created);
        feed = created;
      }
      const own = feed;
      own.listeners.add(listener);
      return () => {
        own.listeners.delete(listener);
        if (own.listeners.size === 0 && feeds.get(jobId) === own) {
          clearInterval(own.timer);
          feeds.delete(jobId);
        }
      };
    },
    signal(jobId, progress) {
      const feed = feeds.get(jobId);
      if (!feed) return;
      if (progress?.stage) feed.progress = { stage: progress.stage, progress: progress.progress };
      void read(jobId, feed);
    },
    size: () => [...feeds.values()].reduce((n, f) => n + f.listeners.size, 0),
    closeAll() {
      for (const [jobId, feed] of [...feeds]) {
        clearInterval(feed.timer);
        feeds.delete(jobId);
        for (const listener of [...feed.listeners]) listener(null);
      }
    },
  };
};
