import { z } from 'zod';
import { JOB_STAGES, JOB_STATUSES } from './interview-job.schema.ts';
import { warningSchema } from './warning.schema.ts';

/**
 * A job as `GET /api/interview/jobs/:jobId` shows it (also each item of the job list and the
 * `data:` of every job event): exactly these fields. Dates are ISO strings.
 */
export const jobViewSchema = z
  .strictObject({
    jobId: z.string(),
    status: z.enum(JOB_STATUSES),
    stage: z.enum(JOB_STAGES).nullable(),
    progress: z.number().min(0).max(100),
    attempts: z.number().int().min(0),
    reportId: z.string().nullable(),
    reportUrl: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    /** What the job's report was made despite (e.g. RESUME_TRUNCATED). */
    warnings: z.array(warningSchema),
  })
  .meta({ id: 'JobView' });
export type JobView = z.infer<typeof jobViewSchema>;
