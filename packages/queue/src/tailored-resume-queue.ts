import {
  TAILORED_RESUME_QUEUE,
  type TailorResumeJobPayload,
  tailorResumeJobPayloadSchema,
} from '@prepkit/shared';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { interviewJobOptions, type QueuedJobState } from './interview-queue.ts';

export interface TailoredResumeQueueOptions {
  /** A connection owned by the caller. */
  connection: Redis;
  /** Key prefix (the same hash tag as the interview queue). */
  prefix: string;
  /** Attempts in total, the first included (AI_MAX_ATTEMPTS). */
  attempts: number;
}

/** The queue of tailored-resume jobs: retried and kept like report jobs. */
export interface TailoredResumeQueue {
  queue: Queue<TailorResumeJobPayload>;
  /** Adds the job of a tailoring document; its BullMQ id is the document id (idempotent). */
  enqueue(jobId: string): Promise<void>;
  /** Removes a job that has not started (a cancel); no error when it is gone or active. */
  remove(jobId: string): Promise<void>;
  /** Where BullMQ holds the job ('missing' when it does not): the reconciler's question. */
  state(jobId: string): Promise<QueuedJobState>;
  close(): Promise<void>;
}

export const createTailoredResumeQueue = (
  options: TailoredResumeQueueOptions,
): TailoredResumeQueue => {
  const queue = new Queue<TailorResumeJobPayload>(TAILORED_RESUME_QUEUE, {
    connection: options.connection,
    prefix: options.prefix,
  });
  const jobOptions = interviewJobOptions(options.attempts);
  return {
    queue,
    async enqueue(jobId) {
      const data = tailorResumeJobPayloadSchema.parse({ jobId });
      await queue.add('tailor-resume', data, { ...jobOptions, jobId });
    },
    async remove(jobId) {
      await queue.remove(jobId).catch(() => undefined);
    },
    async state(jobId) {
      const state = await queue.getJobState(jobId);
      return state === 'unknown' ? 'missing' : state;
    },
    close: () => queue.close(),
  };
};
