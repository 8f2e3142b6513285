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

/**
 * The jobs of the interview queue: job name -> payload schema. A new kind of job adds an entry
 * here; the queue only adds, and the worker only accepts, the names listed.
 */
export const INTERVIEW_JOB_PAYLOADS = {
  'generate-report': interviewJobPayloadSchema,
} as const;
export type InterviewJobName = keyof typeof INTERVIEW_JOB_PAYLOADS;
/** Typed map from job name to its payload. */
export type InterviewJobPayloads = {
  [Name in InterviewJobName]: z.infer<(typeof INTERVIEW_JOB_PAYLOADS)[Name]>;
};
/** The name of the job that generates an interview report. */
export const GENERATE_REPORT_JOB = 'generate-report' satisfies InterviewJobName;

/** A job's payload checked against its name's schema; throws (ZodError) on a mismatch. */
export const parseJobPayload = <Name extends InterviewJobName>(
  name: Name,
  data: unknown,
): InterviewJobPayloads[Name] => {
  const schema = INTERVIEW_JOB_PAYLOADS[name];
  if (!schema) throw new Error(`Unknown job name '${String(name)}'.`);
  return schema.parse(data) as InterviewJobPayloads[Name];
};

export const JOB_STATUSES = ['queued', 'processing', 'completed', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINAL_JOB_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'cancelled'];
/** The statuses in which a job may still run (and change): it is queued or processing. */
export const RUNNABLE_JOB_STATUSES: readonly JobStatus[] = ['queued', 'processing'];
export const isRunnableStatus = (status: JobStatus): boolean =>
  RUNNABLE_JOB_STATUSES.includes(status);

export const JOB_STAGES = ['extracting', 'generating', 'saving'] as const;
export type JobStage = (typeof JOB_STAGES)[number];
