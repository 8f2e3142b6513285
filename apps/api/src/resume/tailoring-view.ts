import type { StoredTailoring } from '@prepkit/db';
import { AppError, type TailoredResumeJobView } from '@prepkit/shared';
import { jobFailure } from '../interview/interview.routes.ts';
import { reportUrl } from '../interview/job-view.ts';

/** Where a report's tailored resume is read. */
export const resumeUrl = (reportId: string) => `${reportUrl(reportId)}/resume`;
/** Where a tailoring job's status is read (and the job cancelled). */
export const tailoringJobUrl = (reportId: string, jobId: string) =>
  `${resumeUrl(reportId)}/jobs/${jobId}`;

/** The public view of a tailoring job. */
export const toTailoringView = (job: StoredTailoring): TailoredResumeJobView => ({
  jobId: job.id,
  reportId: job.reportId,
  status: job.status,
  stage: job.stage,
  progress: job.progress,
  attempts: job.attempts,
  error: job.error,
  resumeUrl: job.status === 'completed' ? resumeUrl(job.reportId) : null,
  createdAt: job.createdAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
});

/** The tailored resume as the API returns it: its content, maker, warnings and ids. */
export const toTailoredResume = (job: StoredTailoring) => ({
  ...job.content,
  generator: job.generator,
  warnings: job.warnings,
  jobId: job.id,
  reportId: job.reportId,
  createdAt: job.createdAt.toISOString(),
});

/** The error a finished, unsuccessful tailoring answers with (as for report jobs). */
export const tailoringFailure = (job: StoredTailoring): AppError => jobFailure(job);

export const tailoredResumeNotFound = () =>
  new AppError('NOT_FOUND', { message: 'Tailored resume not found.' });
