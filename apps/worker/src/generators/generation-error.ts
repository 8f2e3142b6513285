/** Why an AI generation failed. */
export type GenerationErrorCode =
  | 'AI_RATE_LIMITED'
  | 'AI_UNAVAILABLE'
  | 'AI_TIMEOUT'
  | 'AI_NETWORK'
  | 'AI_INVALID_OUTPUT'
  | 'AI_BLOCKED'
  | 'AI_REJECTED';

/** Codes that can never succeed on a retry of the same input. */
const PERMANENT: ReadonlySet<GenerationErrorCode> = new Set(['AI_BLOCKED', 'AI_REJECTED']);

export interface GenerationErrorOptions {
  /** Defaults to false for AI_BLOCKED and AI_REJECTED, true for every other code. */
  retryable?: boolean;
  retryAfterMs?: number;
  httpStatus?: number;
  cause?: unknown;
}

/**
 * A failed generation, classified for the retry policy. The message is safe to log: it never
 * holds the API key, the resume or the job description.
 */
export class GenerationError extends Error {
  readonly code: GenerationErrorCode;
  /** transient errors are retried with backoff; permanent ones fail the job at once */
  readonly retryable: boolean;
  /** from google.rpc.RetryInfo retryDelay (e.g. "2s", "0.5s") on a 429, when given */
  readonly retryAfterMs: number | undefined;
  readonly httpStatus: number | undefined;

  constructor(code: GenerationErrorCode, message: string, options: GenerationErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GenerationError';
    this.code = code;
    this.retryable = options.retryable ?? !PERMANENT.has(code);
    this.retryAfterMs = options.retryAfterMs;
    this.httpStatus = options.httpStatus;
  }
}

export const isGenerationError = (error: unknown): error is GenerationError =>
  error instanceof GenerationError;
