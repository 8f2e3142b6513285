import { z } from 'zod';
import { JOB_STAGES } from './interview-job.schema.ts';

/**
 * The API-worker progress protocol: what a worker sends with BullMQ's `job.updateProgress` and
 * the API reads from `QueueEvents` 'progress'. Both sides build and parse it here.
 * - `{ stage, progress }`: the attempt is in `stage`, `progress` percent done (finer than the
 *   InterviewJob document, which the worker writes once per stage).
 * - `{ stage: null, progress: 100 }`: the document is final; waiters may read it now (sent before
 *   BullMQ's own completion, which waits for the upload's deletion).
 */
export const stageProgressSchema = z.object({
  stage: z.enum(JOB_STAGES),
  progress: z.number().min(0).max(100),
});
export const doneProgressSchema = z.object({ stage: z.null(), progress: z.literal(100) });
export const jobProgressSchema = z.union([stageProgressSchema, doneProgressSchema]);
export type StageProgress = z.infer<typeof stageProgressSchema>;
export type JobProgress = z.infer<typeof jobProgressSchema>;

/** A progress event of `stage` at `progress` percent (rounded, 0..100). */
export const stageProgress = (stage: StageProgress['stage'], progress: number): StageProgress =>
  stageProgressSchema.parse({ stage, progress: Math.round(progress) });

/** The event that says the job's document is final. */
export const DONE_PROGRESS: JobProgress = Object.freeze({ stage: null, progress: 100 });

/** A progress payload as received, or null when it is not one of this protocol's events. */
export const parseJobProgress = (data: unknown): JobProgress | null => {
  const parsed = jobProgressSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
};

/** Whether an event says the job's document is final. */
export const isDoneProgress = (
  progress: JobProgress | null,
): progress is z.infer<typeof doneProgressSchema> => progress?.stage === null;
