import type { StoredJob } from '@prepkit/db';
import type { Response } from 'express';
import { jobStatusUrl, POLL_AFTER_SECONDS } from './job-view.ts';

/** The message of a 202 to an asynchronous submission. */
export const ASYNC_ACCEPTED_MESSAGE =
  'The report is being generated. Follow the status URL for its progress and result.';

/** The message of a 202 when a synchronous submission outlived SYNC_TIMEOUT_MS. */
export const SYNC_TIMEOUT_MESSAGE =
  'The report is still being generated. Follow the status URL for the result.';

/** 202 `{ message, jobId, status, statusUrl }` with `Location` and a `Retry-After` polling hint. */
export const sendAccepted = (res: Response, job: StoredJob, message: string) => {
  res
    .status(202)
    .location(jobStatusUrl(job.id))
    .setHeader('Retry-After', POLL_AFTER_SECONDS)
    .json({ message, jobId: job.id, status: job.status, statusUrl: jobStatusUrl(job.id) });
};
