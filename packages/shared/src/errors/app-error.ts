import { ERRORS, type ErrorCode } from './error-codes.ts';

export interface AppErrorOptions {
  /** Overrides the code's default message (e.g. a validation message naming the field). */
  message?: string;
  /** Extra machine-readable details, sent to the client as `details`. */
  details?: unknown;
  /** Response headers to add (e.g. `Retry-After`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one error type of prepkit: a stable `code`, the HTTP `status` that code maps to, and a
 * message safe to show to a client. Anything thrown that is not an AppError becomes INTERNAL.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? ERRORS[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
