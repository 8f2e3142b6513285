import { errorBodySchema } from '@prepkit/shared';

/** Codes the client gives to failures that never reached the API's error handler. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

/**
 * A failed API call: the server's own `{ message, code }` when it answered, or a client code
 * when it could not be reached (`NETWORK`) or answered something unreadable (`BAD_RESPONSE`).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds from the `Retry-After` header, when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, code: string, message: string, retryAfterSeconds: number | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** True when the server was not reached at all (offline, server stopped, connection reset). */
  get isNetwork(): boolean {
    return this.code === 'NETWORK';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const retryAfter = (headers: Headers): number | null => {
  const value = headers.get('retry-after');
  if (!value) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

/** The ApiError for a non-2xx response, from its JSON error body when it has one. */
export const errorFromResponse = async (res: Response): Promise<ApiError> => {
  const text = await res.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // a proxy's HTML page or an empty body: fall through
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    return new ApiError(res.status, parsed.data.code, parsed.data.message, retryAfter(res.headers));
  }
  const message =
    res.status >= 500
      ? 'The server could not answer. Please try again shortly.'
      : `The server answered ${res.status}.`;
  return new ApiError(res.status, 'BAD_RESPONSE', message, retryAfter(res.headers));
};

export const networkError = (): ApiError =>
  new ApiError(0, 'NETWORK', 'Cannot reach prepkit. Check your connection.', null);

/** A sentence for a person: what went wrong and what to do. */
export const describeError = (error: unknown): string => {
  if (!isApiError(error)) return 'Something went wrong. Please try again.';
  if (error.isNetwork) {
    return 'Cannot reach the prepkit server: you may be offline, or the server is not running. Your input is kept; try again when it is back.';
  }
  if (error.status === 503) {
    return 'The service is busy right now (a backing service is unavailable). Please try again in a moment.';
  }
  if (error.status === 429 && error.retryAfterSeconds !== null) {
    const minutes = Math.ceil(error.retryAfterSeconds / 60);
    const wait =
      error.retryAfterSeconds < 90
        ? `${error.retryAfterSeconds} seconds`
        : `${minutes} minute${minutes === 1 ? '' : 's'}`;
    return `${error.message} You can try again in ${wait}.`;
  }
  return error.message;
};
