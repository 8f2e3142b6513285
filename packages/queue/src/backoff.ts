/** What the backoff needs to know of an error: a provider's retry delay, when it gave one. */
interface RetryHint {
  retryAfterMs?: number | undefined;
}

/** Name of prepkit's custom BullMQ backoff strategy (jobs carry `backoff: { type }`). */
export const BACKOFF_TYPE = 'prepkit';

/**
 * Delay before attempt `attemptsMade + 1`: the provider's RetryInfo delay when it sent one
 * (a 429's `retryDelay`), else exponential (`baseMs * 2^(n-1)`) with ±25 % jitter, capped.
 */
export const computeBackoffMs = (
  attemptsMade: number,
  error: unknown,
  baseMs: number,
  random: () => number = Math.random,
  capMs = 5 * 60_000,
): number => {
  const hinted = (error as RetryHint | undefined)?.retryAfterMs;
  if (typeof hinted === 'number' && hinted > 0) return Math.min(hinted, capMs);
  const exp = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  const jitter = exp * 0.25 * (random() * 2 - 1);
  return Math.max(0, Math.min(capMs, Math.round(exp + jitter)));
};
