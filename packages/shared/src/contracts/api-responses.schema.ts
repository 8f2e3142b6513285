import { z } from 'zod';
import { ERRORS } from '../errors/error-codes.ts';
import { JOB_STATUSES } from './interview-job.schema.ts';
import { jobViewSchema } from './job-view.schema.ts';
import { interviewReportSchema } from './report.schema.ts';

/** Every error body: `{ message, code, requestId }`, plus `details` for validation errors. */
export const errorBodySchema = z
  .object({
    message: z.string(),
    code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...(keyof typeof ERRORS)[]]),
    requestId: z.string().optional(),
    /** Validation errors: which field, what is wrong, and for a refused password the rule. */
    details: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          rule: z.string().optional().meta({ description: 'e.g. `well-known` (a password rule).' }),
        }),
      )
      .optional(),
    services: z.record(z.string(), z.enum(['up', 'down'])).optional(),
  })
  .meta({ id: 'Error' });

/** A user as the API shows it. */
export const publicUserSchema = z
  .object({ id: z.string(), username: z.string(), email: z.string() })
  .meta({ id: 'User' });

/** Register, login and get-me. */
export const userResponseSchema = z.object({ message: z.string(), user: publicUserSchema });

/** A bare acknowledgement (logout). */
export const messageResponseSchema = z.object({ message: z.string() });

/** 202 to a submission: where to follow the job. */
export const acceptedResponseSchema = z
  .object({
    message: z.string(),
    jobId: z.string(),
    status: z.enum(JOB_STATUSES),
    statusUrl: z.string(),
  })
  .meta({ id: 'Accepted' });

/** The paging part of a list: pass `nextCursor` back as `cursor`, or follow `nextUrl`. */
const pageLinksShape = {
  nextCursor: z.string().nullable(),
  nextUrl: z.string().nullable(),
};

/** A report in the list: the light fields only. */
export const reportSummarySchema = z
  .object({
    _id: z.string(),
    title: z.string(),
    matchScore: z.number().int().min(0).max(100),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReportSummary' });

export const reportListResponseSchema = z.object({
  message: z.string(),
  interviewReports: z.array(reportSummarySchema),
  ...pageLinksShape,
});

/** One report (also the 201 of the documented endpoint). */
export const reportResponseSchema = z.object({
  message: z.string(),
  interviewReport: interviewReportSchema,
});

export const jobListResponseSchema = z.object({
  jobs: z.array(jobViewSchema),
  ...pageLinksShape,
});

export const healthResponseSchema = z.object({ status: z.literal('ok') });
export const readyResponseSchema = z.object({
  status: z.literal('ready'),
  services: z.record(z.string(), z.enum(['up', 'down'])),
});

// The web app's names for the same bodies (its client parses every answer with these).
export type ErrorBody = z.infer<typeof errorBodySchema>;
/** register (201), login (200) and get-me (200): the signed-in user. */
export const sessionResponseSchema = z.object({ user: publicUserSchema });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
/** 202 to an asynchronous submission (or a sync one that outlived its wait). */
export const acceptedJobSchema = acceptedResponseSchema;
export type AcceptedJob = z.infer<typeof acceptedJobSchema>;
/** `GET /api/interview/jobs`: the caller's jobs, newest first. */
export const jobListSchema = jobListResponseSchema;
export type JobList = z.infer<typeof jobListSchema>;
export type ReportSummary = z.infer<typeof reportSummarySchema>;
/** `GET /api/interview/`: the caller's reports, newest first. */
export const reportListSchema = reportListResponseSchema;
export type ReportList = z.infer<typeof reportListSchema>;
export type ReportResponse = z.infer<typeof reportResponseSchema>;
