import type { JobError } from '@prepkit/db';
import { ERRORS, isAppError } from '@prepkit/shared';

/** How a failed attempt ends: retried later, or final at once. */
export type FailureDecision =
  | { retry: true; code: string }
  | { retry: false; error: JobError; detailCode: string };

interface GenerationFailure {
  code: string;
  retryable: boolean;
}

const isGenerationFailure = (e: unknown): e is GenerationFailure =>
  typeof e === 'object' &&
  e !== null &&
  (e as { name?: unknown }).name === 'GenerationError' &&
  typeof (e as GenerationFailure).retryable === 'boolean';

const aiFailed = (detailCode: string): FailureDecision => ({
  retry: false,
  error: { code: 'AI_FAILED', message: ERRORS.AI_FAILED.message },
  detailCode,
});

/**
 * User-input errors (unreadable or empty resume) and permanent AI errors (4xx, safety block)
 * end the job at once; transient AI errors and infrastructure errors are retried until the
 * attempts run out, and then end as AI_FAILED or INTERNAL.
 */
export const decideFailure = (error: unknown, lastAttempt: boolean): FailureDecision => {
  if (isAppError(error)) {
    return {
      retry: false,
      error: { code: error.code, message: error.message },
      detailCode: error.code,
    };
  }
  if (isGenerationFailure(error)) {
    if (error.retryable && !lastAttempt) return { retry: true, code: error.code };
    return aiFailed(error.code);
  }
  if (!lastAttempt) return { retry: true, code: 'INTERNAL' };
  return {
    retry: false,
    error: { code: 'INTERNAL', message: ERRORS.INTERNAL.message },
    detailCode: 'INTERNAL',
  };
};
