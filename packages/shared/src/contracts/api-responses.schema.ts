import { z } from 'zod';
import { JOB_STATUSES } from './interview-job.schema.ts';
import { jobViewSchema } from './job-view.schema.ts';
import { interviewReportSchema } from './report.schema.ts';

/**
 * The bodies of the API's answers that clients read, as zod schemas: the browser app parses
 * every response with them, so its types come from here and are never copied by hand.
 * Objects are not strict: the API may add fields without breaking a client.
 */

/** Every error: `{ message, code, requestId }`, sometimes with `details`. */
export const errorBodySchema = z.object({
  message: z.string(),
  code: z.string(),
  requestId: z.string().optional(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const publicUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string(),
});

/** register (201), login (200) and get-me (200): the signed-in user. */
export const sessionResponseSchema = z.object({ user: publicUserSchema });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** 202 to an asynchronous submission (or a sync one that outlived its wait). */
export const acceptedJobSchema = z.object({
  message: z.string(),
  jobId: z.string(),
  status: z.enum(JOB_STATUSES),
  statusUrl: z.string(),
});
export type AcceptedJob = z.infer<typeof acceptedJobSchema>;

const pageLinksShape = { nextCursor: z.string().nullable(), nextUrl: z.string().nullable() };

/** `GET /api/interview/jobs`: the caller's jobs, newest first. */
export const jobListSchema = z.object({ jobs: z.array(jobViewSchema), ...pageLinksShape });
export type JobList = z.infer<typeof jobListSchema>;

/** One item of `GET /api/interview/`: the summary fields of a report. */
export const reportSummarySchema = interviewReportSchema.pick({
  _id: true,
  title: true,
  matchScore: true,
  createdAt: true,
  updatedAt: true,
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportListSchema = z.object({
  interviewReports: z.array(reportSummarySchema),
  ...pageLinksShape,
});
export type ReportList = z.infer<typeof reportListSchema>;

/** `GET /api/interview/report/:id` (and the 201 of the synchronous POST). */
export const reportResponseSchema = z.object({ interviewReport: interviewReportSchema });
export type ReportResponse = z.infer<typeof reportResponseSchema>;
