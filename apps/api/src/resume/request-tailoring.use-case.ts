import type { Database, StoredTailoring } from '@prepkit/db';
import type { TailoredResumeQueue } from '@prepkit/queue';
import { reportNotFound } from '../interview/owned-resource.ts';

export interface RequestTailoringDeps {
  db: Pick<Database, 'reports' | 'tailoredResumes'>;
  queue: Pick<TailoredResumeQueue, 'enqueue'>;
}

/**
 * Asks for the tailored resume of the caller's report. Idempotent: while the report has a
 * queued, processing or completed tailoring, that job is the answer (the report cannot change,
 * so neither can the request); a new job is made only for a report without one, or whose last
 * one failed or was cancelled. 404 for another user's, a malformed or a missing report.
 */
export const requestTailoring = async (
  deps: RequestTailoringDeps,
  owner: string,
  reportId: string | null,
): Promise<{ job: StoredTailoring; created: boolean }> => {
  const report = reportId ? await deps.db.reports.findOwned(reportId, owner) : null;
  if (!report) throw reportNotFound();
  const existing = await deps.db.tailoredResumes.latestForReport(report._id, [
    'queued',
    'processing',
    'completed',
  ]);
  if (existing) return { job: existing, created: false };
  const job = await deps.db.tailoredResumes.create({ owner, reportId: report._id });
  try {
    await deps.queue.enqueue(job.id);
  } catch (error) {
    // Redis refused it: the job must not stay queued for ever (the next request makes a new one).
    await deps.db.tailoredResumes
      .fail(job.id, { code: 'SERVICE_UNAVAILABLE', message: 'The queue was unavailable.' })
      .catch(() => undefined);
    throw error;
  }
  return { job, created: true };
};
