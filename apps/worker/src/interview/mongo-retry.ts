import { isMongoUnavailable } from '@prepkit/db';

/**
 * Runs `work` again while MongoDB is unreachable, for up to `budgetMs`: a report generated while
 * Mongo restarts is saved once it is back, instead of being thrown away and generated again.
 * Safe because every write it wraps is idempotent (report upsert keyed by job id).
 */
export const retryWhileMongoDown = async <T>(
  work: () => Promise<T>,
  options: { budgetMs?: number; pauseMs?: number; onRetry?: (error: unknown) => void } = {},
): Promise<T> => {
  const deadline = Date.now() + (options.budgetMs ?? 60_000);
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isMongoUnavailable(error) || Date.now() >= deadline) throw error;
      options.onRetry?.(error);
      await new Promise((r) => setTimeout(r, options.pauseMs ?? 500));
    }
  }
};
