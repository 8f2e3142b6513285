import type { Database } from '@prepkit/db';

/**
 * Ends a job whose cancel was requested: `cancelled` in Mongo (finishedAt set, the file's bytes
 * dropped in the same write; an older job's file kept in `uploads` deleted); no report is
 * written. False when the job was not such a job (nothing changed).
 */
export const finishCancelled = async (
  db: Pick<Database, 'jobs' | 'uploads'>,
  jobId: string,
): Promise<boolean> => {
  const job = await db.jobs.markCancelled(jobId);
  if (!job) return false;
  if (job.upload.id) await db.uploads.delete(job.upload.id);
  return true;
};
