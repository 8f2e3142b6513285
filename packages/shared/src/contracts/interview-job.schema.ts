import { z } from 'zod';

/** BullMQ queue names. Durable: renaming one strands the jobs already in Redis. */
export const QUEUE_NAMES = {
  interviewReports: 'interview-reports',
} as const;

/**
 * Default BullMQ key prefix. The braces are a Redis Cluster hash tag: every key of every queue
 * lands in one slot, which BullMQ's multi-key Lua scripts require on a cluster.
 */
export const DEFAULT_QUEUE_PREFIX = '{prepkit}';

export const objectIdSchema = z.string().regex(/^[a-f0-9]{24}$/i, 'must be a 24-hex id');

/** The payload of an interview-report job: ids only, never resume bytes. */
export const interviewJobPayloadSchema = z.object({ jobId: objectIdSchema });
export type InterviewJobPayload = z.infer<typeof interviewJobPayloadSchema>;

/** Typed map from queue name to its job payload. */
export interface QueuePayloads {
  [QUEUE_NAMES.interviewReports]: InterviewJobPayload;
}

export const JOB_STATUSES = ['queued', 'processing', 'completed', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINAL_JOB_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];
/** The statuses in which a job may still run (and change): it is queued or processing. */
export const RUNNABLE_JOB_STATUSES: readonly JobStatus[] = ['queued', 'processing'];
export const isRunnableStatus = (status: JobStatus): boolean =>
  RUNNABLE_JOB_STATUSES.includes(status);

export const JOB_STAGES = ['extracting', 'generating', 'saving'] as const;
export type JobStage = (typeof JOB_STAGES)[number];
