import { type InterviewJobPayload, interviewJobPayloadSchema, QUEUE_NAMES } from '@prepkit/shared';
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

export interface InterviewQueue {
  queue: Queue<InterviewJobPayload>;
  /** Adds the job for an InterviewJob document; its BullMQ id is the document id (idempotent). */
  enqueue(jobId: string): Promise<void>;
  close(): Promise<void>;
}

/** Job options every interview job carries. Finished jobs are kept a while so waiters see them. */
export const interviewJobOptions = (attempts: number): JobsOptions => ({
  attempts,
  backoff: { type: BACKOFF_TYPE },
  removeOnComplete: { age: 3_600, count: 10_000 },
  removeOnFail: { age: 24 * 3_600, count: 10_000 },
});

export const createInterviewQueue = (options: InterviewQueueOptions): InterviewQueue => {
  const queue = new Queue<InterviewJobPayload>(QUEUE_NAMES.interviewReports, {
    connection: options.connection,
    prefix: options.prefix,
  });
  const jobOptions = interviewJobOptions(options.attempts);
  return {
    queue,
    async enqueue(jobId) {
      const data = interviewJobPayloadSchema.parse({ jobId });
      await queue.add('generate-report', data, { ...jobOptions, jobId });
    },
    close: () => queue.close(),
  };
};
