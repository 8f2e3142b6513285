import {
  GENERATE_REPORT_JOB,
  type InterviewJobName,
  type InterviewJobPayloads,
  type JobProgress,
  parseJobPayload,
  parseJobProgress,
  QUEUE_NAMES,
} from '@prepkit/shared';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { BACKOFF_TYPE } from './backoff.ts';

export interface InterviewQueueOptions {
  /** A connection owned by the caller (the API's has its offline queue off to fail fast). */
  connection: Redis;
  /** Key prefix; a Redis Cluster hash tag such as `{prepkit}` keeps all keys in one slot. */
  prefix: string;
  /** Attempts in total, the first included (AI_MAX_ATTEMPTS). */
  attempts: number;
}

/** Where the queue holds a job; `missing` when it holds none under that id. */
export type QueuedJobState =
  | 'waiting'
  | 'active'
  | 'delayed'
  | 'prioritized'
  | 'waiting-children'
  | 'completed'
  | 'failed'
  | 'missing';

/** States in which a job will still run (or is running). */
export const LIVE_JOB_STATES: ReadonlySet<QueuedJobState> = new Set([
  'active',
  'waiting',
  'delayed',
  'prioritized',
  'waiting-children',
]);

/** Job counts by state, as an operator's dashboard shows them. */
export type QueueCounts = Record<
  'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'paused',
  number
>;

/** The interview queue as its callers use it; BullMQ stays inside this package. */
export interface InterviewQueue {
  /** Adds the job for an InterviewJob document; its queue id is the document id (idempotent). */
  enqueue(jobId: string): Promise<void>;
  /** Removes the job from the queue (a no-op when it holds none, or it is locked by a worker). */
  remove(jobId: string): Promise<boolean>;
  /** Where the queue holds the job now. */
  state(jobId: string): Promise<QueuedJobState>;
  /** The job's last progress event (the shared progress protocol), or null. */
  progress(jobId: string): Promise<JobProgress | null>;
  /** How many jobs are in each state (`paused`: the waiting ones while the queue is paused). */
  counts(): Promise<QueueCounts>;
  close(): Promise<void>;
}

/** Job options every interview job carries. Finished jobs are kept a while so waiters see them. */
export const interviewJobOptions = (attempts: number): JobsOptions => ({
  attempts,
  backoff: { type: BACKOFF_TYPE },
  removeOnComplete: { age: 3_600, count: 10_000 },
  removeOnFail: { age: 24 * 3_600, count: 10_000 },
});

type AnyPayload = InterviewJobPayloads[InterviewJobName];

export const createInterviewQueue = (options: InterviewQueueOptions): InterviewQueue => {
  const queue = new Queue<AnyPayload, unknown, InterviewJobName>(QUEUE_NAMES.interviewReports, {
    connection: options.connection,
    prefix: options.prefix,
  });
  const jobOptions = interviewJobOptions(options.attempts);
  return {
    async enqueue(jobId) {
      const data = parseJobPayload(GENERATE_REPORT_JOB, { jobId });
      await queue.add(GENERATE_REPORT_JOB, data, { ...jobOptions, jobId });
    },
    async remove(jobId) {
      return (await queue.remove(jobId)) === 1;
    },
    async state(jobId) {
      const state = await queue.getJobState(jobId);
      return state === 'unknown' ? 'missing' : state;
    },
    async progress(jobId) {
      const job = await queue.getJob(jobId);
      return job ? parseJobProgress(job.progress) : null;
    },
    async counts() {
      const [c, paused] = await Promise.all([
        queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed'),
        queue.isPaused(),
      ]);
      const waiting = c.waiting ?? 0;
      return {
        waiting,
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
        // A paused queue keeps its jobs in the wait list: they are the ones held back.
        paused: paused ? waiting : 0,
      };
    },
    close: () => queue.close(),
  };
};
