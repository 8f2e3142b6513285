import type { StoredJob } from '@prepkit/db';

export const jobStatusUrl = (jobId: string) => `/api/interview/jobs/${jobId}`;
export const reportUrl = (reportId: string) => `/api/interview/report/${reportId}`;

/** A job as `GET /api/interview/jobs/:jobId` shows it. */
export const toJobView = (job: StoredJob) => ({
  jobId: job.id,
  status: job.status,
  stage: job.stage,
  progress: job.progress,
  attempts: job.attempts,
  title: job.input.title,
  reportId: job.reportId,
  reportUrl: job.reportId ? reportUrl(job.reportId) : null,
  error: job.error,
  createdAt: job.createdAt.toISOString(),
  startedAt: job.startedAt?.toISOString() ?? null,
  finishedAt: job.finishedAt?.toISOString() ?? null,
});
