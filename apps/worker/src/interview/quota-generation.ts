import { computeBackoffMs } from '@prepkit/queue';
import type {
  GenerateInput,
  GenerateOptions,
  GenerateResult,
  ReportGenerator,
} from '@prepkit/shared';
import type { Logger } from 'pino';
import type { AiQuota } from './ai-quota.ts';

/**
 * 429s one attempt rides out by pausing the whole queue; past this many the 429 counts as a
 * normal failed attempt (BullMQ backoff, AI_MAX_ATTEMPTS), so no job can loop forever.
 */
export const MAX_RATE_LIMIT_HITS_PER_ATTEMPT = 5;

interface RateLimited {
  code: 'AI_RATE_LIMITED';
  retryAfterMs?: number | undefined;
}

const isRateLimited = (e: unknown): e is RateLimited =>
  typeof e === 'object' &&
  e !== null &&
  (e as { name?: unknown }).name === 'GenerationError' &&
  (e as { code?: unknown }).code === 'AI_RATE_LIMITED';

export interface QuotaGenerationDeps {
  generator: ReportGenerator;
  /** null: no quota (the local generator makes no AI call). */
  quota: AiQuota | null;
  /** The pause after a 429 that named no retry delay (AI_BACKOFF_MS, doubled per hit). */
  backoffMs: number;
  log: Logger;
}

/**
 * One generation inside the shared AI quota. A 429 pauses every worker for the provider's retry
 * delay and the call is made again without spending one of the job's attempts.
 */
export const generateWithinQuota = (
  deps: QuotaGenerationDeps,
  input: GenerateInput,
  options: GenerateOptions,
): Promise<GenerateResult> =>
  callWithinQuota(deps, () => deps.generator.generate(input, options), options.signal);

/** Any one AI call inside the shared quota, with the 429 handling of {@link generateWithinQuota}. */
export const callWithinQuota = async <T>(
  deps: Omit<QuotaGenerationDeps, 'generator'>,
  call: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> => {
  if (!deps.quota) return call();
  for (let hits = 1; ; hits++) {
    await deps.quota.acquire(signal);
    try {
      return await call();
    } catch (error) {
      if (!isRateLimited(error) || hits >= MAX_RATE_LIMIT_HITS_PER_ATTEMPT) throw error;
      const pauseMs = computeBackoffMs(hits, error, deps.backoffMs);
      deps.log.warn({ pauseMs, hits }, 'AI provider answered 429: pausing the queue');
      await deps.quota.pause(pauseMs);
    }
  }
};
