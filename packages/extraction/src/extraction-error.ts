import { AppError } from '@prepkit/shared';

/** The two client-facing outcomes of a failed extraction (documented 400s in packages/shared). */
export type ExtractionErrorCode = 'RESUME_UNREADABLE' | 'RESUME_EMPTY';

/** Why an extraction failed, for logs and tests (never shown to clients). */
export type ExtractionFailureReason =
  | 'corrupt'
  | 'encrypted'
  | 'not-a-docx'
  | 'zip-bomb'
  | 'oversized-part'
  | 'timeout'
  | 'out-of-memory'
  | 'no-text';

/** Options of an {@link ExtractionError}. */
export interface ExtractionErrorOptions {
  /** Defaults to 'no-text' for RESUME_EMPTY and 'corrupt' for RESUME_UNREADABLE. */
  reason?: ExtractionFailureReason;
  /** Technical detail (the parser's message), kept for logs. */
  detail?: string;
  cause?: unknown;
}

/**
 * A resume that cannot be used: RESUME_UNREADABLE (corrupt, encrypted, truncated, zip bomb,
 * timed out) or RESUME_EMPTY (no usable text). An AppError, so its message is the documented one
 * and its status 400.
 */
export class ExtractionError extends AppError {
  declare readonly code: ExtractionErrorCode;
  readonly reason: ExtractionFailureReason;
  readonly detail: string | undefined;

  constructor(code: ExtractionErrorCode, options: ExtractionErrorOptions = {}) {
    super(code, { cause: options.cause });
    this.name = 'ExtractionError';
    this.reason = options.reason ?? (code === 'RESUME_EMPTY' ? 'no-text' : 'corrupt');
    this.detail = options.detail;
  }
}

/** True when `error` is an {@link ExtractionError}. */
export const isExtractionError = (error: unknown): error is ExtractionError =>
  error instanceof ExtractionError;
