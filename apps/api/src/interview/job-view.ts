import type { StoredJob } from '@prepkit/db';
import type { JobView } from '@prepkit/shared';

/** Where a job's status is read. */
export const jobStatusUrl = (jobId: string) => `/api/interview/jobs/${jobId}`;
/** Where a report is read (and deleted). */
export const reportUrl = (reportId: string) => `/api/interview/report/${reportId}`;

/** Seconds a client should wait before polling a job again (the `Retry-After` hint). */
export const POLL_AFTER_SECONDS = '2';

/** The public view of a job (`jobViewSchema`): exactly the fields of the async contract. */
export const toJobView = (job: StoredJob): JobView => ({
  jobId: job.id,
  status: job.status,
  stage: job.stage,
  progress: job.progress,
  attempts: job.attempts,
  reportId: job.reportId,
  reportUrl: job.reportId ? reportUrl(job.reportId) : null,
  error: job.error,
  createdAt: job.createdAt.toISOString(),
  startedAt: job.startedAt?.toISOString() ?? null,
  finishedAt: job.finishedAt?.toISOString() ?? null,
  warnings: job.warnings,
});
