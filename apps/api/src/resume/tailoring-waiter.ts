import type { StoredTailoring, TailoredResumeRepository } from '@prepkit/db';
import { FINAL_JOB_STATUSES } from '@prepkit/shared';

const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 500;

/**
 * Waits for a tailoring job to finish by reading its document by `_id` (the cheapest read on
 * every MongoDB-protocol server), 50 ms apart at first and at most 500 ms. Resolves with the job
 * once final, or null at the timeout or when `signal` aborts (the client went away).
 */
export const waitForTailoring = async (
  repo: Pick<TailoredResumeRepository, 'findById'>,
  jobId: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<StoredTailoring | null> => {
  const deadline = Date.now() + timeoutMs;
  let delay = FIRST_POLL_MS;
  while (true) {
    const job = await repo.findById(jobId);
    if (!job || FINAL_JOB_STATUSES.includes(job.status)) return job;
    const left = deadline - Date.now();
    if (left <= 0 || signal?.aborted) return null;
    await new Promise((r) => setTimeout(r, Math.min(delay, left)));
    delay = Math.min(MAX_POLL_MS, delay * 2);
  }
};

/** The seconds of a `Prefer: wait=N` (RFC 7240), or null when the header asks for none. */
export const preferredWaitSeconds = (header: unknown): number | null => {
  if (typeof header !== 'string') return null;
  const m = /(?:^|[,;\s])wait\s*=\s*"?(\d{1,6})"?/i.exec(header);
  return m ? Number(m[1]) : null;
};
