import type { InterviewJobRepository, StoredJob } from '@prepkit/db';
import { AppError, objectIdSchema } from '@prepkit/shared';

/** The one answer for a job that is missing, another user's, or not even an id. */
export const jobNotFound = () => new AppError('NOT_FOUND', { message: 'Job not found.' });

/** The one answer for a report that is missing, another user's, or not even an id. */
export const reportNotFound = () =>
  new AppError('NOT_FOUND', { message: 'Interview report not found.' });

/** The id in a route parameter, or null when it is not an id at all (answered as not found). */
export const idParam = (value: unknown): string | null => {
  const parsed = objectIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The caller's job by its id (read by `_id` alone, owner checked on the document), or 404. */
export const findOwnedJob = async (
  jobs: Pick<InterviewJobRepository, 'findOwned'>,
  jobId: unknown,
  owner: string,
): Promise<StoredJob> => {
  const id = idParam(jobId);
  const job = id ? await jobs.findOwned(id, owner) : null;
  if (!job) throw jobNotFound();
  return job;
};
