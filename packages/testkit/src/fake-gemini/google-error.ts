/** The google.rpc status name Google's APIs send with each HTTP status. */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  408: 'DEADLINE_EXCEEDED',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** Messages in the style the Gemini API uses for each status. */
const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Request contains an invalid argument.',
  401: 'Request had invalid authentication credentials.',
  403: 'The caller does not have permission',
  404: 'The requested model was not found.',
  429: 'You exceeded your current quota, please check your plan and billing details.',
  500: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  503: 'The model is overloaded. Please try again later.',
  504: 'The request timed out. Please try again.',
};

/** Options of a Google-format error body. */
export interface GoogleErrorOptions {
  /** google.rpc.RetryInfo retryDelay, e.g. '2s' or '0.5s' (added to `details`). */
  retryDelay?: string;
  message?: string;
  /** The google.rpc status name; derived from the HTTP status when omitted. */
  status?: string;
  /** Extra `details` entries, sent after the RetryInfo one. */
  details?: unknown[];
}

/** The google.rpc status name for an HTTP status ('UNKNOWN' when Google has none). */
export const googleStatusName = (httpStatus: number): string =>
  STATUS_NAMES[httpStatus] ?? 'UNKNOWN';

/**
 * The JSON body Google sends with an error:
 * `{ error: { code, message, status, details: [{ '@type': '...RetryInfo', retryDelay }] } }`.
 */
export const googleErrorBody = (httpStatus: number, options: GoogleErrorOptions = {}) => {
  const details: unknown[] = [];
  if (options.retryDelay !== undefined) {
    details.push({
      '@type': 'type.googleapis.com/google.rpc.RetryInfo',
      retryDelay: options.retryDelay,
    });
  }
  details.push(...(options.details ?? []));
  return {
    error: {
      code: httpStatus,
      message: options.message ?? DEFAULT_MESSAGES[httpStatus] ?? 'The request failed.',
      status: options.status ?? googleStatusName(httpStatus),
      ...(details.length > 0 ? { details } : {}),
    },
  };
};
