import { GenerationError } from '../generation-error.ts';

const MAX_MESSAGE = 300;
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * A google.protobuf.Duration as JSON ("2s", "0.5s", "1.500s") or as an object
 * (`{ seconds: '2', nanos: 500000000 }`) in milliseconds; undefined when it is neither.
 */
export const parseRetryDelayMs = (delay: unknown): number | undefined => {
  if (typeof delay === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(delay);
    return m?.[1] === undefined ? undefined : Math.round(Number(m[1]) * 1000);
  }
  if (typeof delay === 'object' && delay !== null) {
    const { seconds, nanos } = delay as { seconds?: unknown; nanos?: unknown };
    const s = Number(seconds ?? 0);
    const n = Number(nanos ?? 0);
    if (
      Number.isFinite(s) &&
      Number.isFinite(n) &&
      (seconds !== undefined || nanos !== undefined)
    ) {
      return Math.round(s * 1000 + n / 1e6);
    }
  }
  return undefined;
};

interface GoogleErrorInfo {
  status: string | undefined;
  message: string | undefined;
  retryAfterMs: number | undefined;
}

/**
 * Reads a Google error out of `ApiError.message`, which in @google/genai 3.x is the whole error
 * body as JSON (`{"error":{"code":429,"message":...,"status":...,"details":[...]}}`). Tolerates
 * a non-JSON message: the RetryInfo delay is then looked for in the text.
 */
export const parseGoogleError = (message: string): GoogleErrorInfo => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    parsed = undefined;
  }
  const error = (parsed as { error?: Record<string, unknown> } | undefined)?.error;
  let retryAfterMs: number | undefined;
  if (Array.isArray(error?.details)) {
    for (const detail of error.details as Record<string, unknown>[]) {
      if (String(detail?.['@type'] ?? '').endsWith('google.rpc.RetryInfo')) {
        retryAfterMs = parseRetryDelayMs(detail.retryDelay);
      }
    }
  }
  if (retryAfterMs === undefined) {
    const m =
      /"retryDelay"\s*:\s*"(\d+(?:\.\d+)?s)"/.exec(message) ??
      /retry in (\d+(?:\.\d+)?s)/i.exec(message);
    if (m?.[1]) retryAfterMs = parseRetryDelayMs(m[1]);
  }
  return {
    status: typeof error?.status === 'string' ? error.status : undefined,
    message: typeof error?.message === 'string' ? error.message : undefined,
    retryAfterMs,
  };
};

/** Cuts a message to a log-friendly length and removes every secret from it. */
export const safeMessage = (text: string, secrets: readonly string[]): string => {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out;
};

const isAbortError = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { name?: unknown }).name === 'AbortError' ||
    (error as { name?: unknown }).name === 'TimeoutError');

const isNetworkError = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const cause = error.cause as { code?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return (
    (error.name === 'TypeError' && /fetch failed/i.test(error.message)) ||
    NETWORK_CODES.has(code) ||
    code.startsWith('UND_ERR')
  );
};

const apiErrorStatus = (error: unknown): number | undefined => {
  const e = error as { name?: unknown; status?: unknown } | null;
  return typeof e === 'object' && e?.name === 'ApiError' && typeof e.status === 'number'
    ? e.status
    : undefined;
};

/**
 * Turns whatever the SDK threw into a GenerationError (the caller handles cancellation through
 * its own signal before calling this): HTTP 429 -> AI_RATE_LIMITED with RetryInfo; 408 ->
 * AI_TIMEOUT; 5xx -> AI_UNAVAILABLE; other 4xx -> AI_REJECTED (permanent); AbortError ->
 * AI_TIMEOUT; fetch/socket failures -> AI_NETWORK; anything else -> AI_UNAVAILABLE.
 */
export const toGenerationError = (
  error: unknown,
  context: { timeoutMs: number; secrets: readonly string[] },
): GenerationError => {
  const status = apiErrorStatus(error);
  if (status !== undefined) {
    const google = parseGoogleError((error as Error).message);
    const what = safeMessage(
      `Gemini answered HTTP ${status}${google.status ? ` ${google.status}` : ''}: ${google.message ?? 'no message'}`,
      context.secrets,
    );
    const base = { httpStatus: status, cause: error };
    if (status === 429) {
      return new GenerationError('AI_RATE_LIMITED', what, {
        ...base,
        retryAfterMs: google.retryAfterMs,
      });
    }
    if (status === 408) return new GenerationError('AI_TIMEOUT', what, base);
    if (status >= 500 || status === 499) return new GenerationError('AI_UNAVAILABLE', what, base);
    return new GenerationError('AI_REJECTED', what, base);
  }
  if (isAbortError(error)) {
    return new GenerationError(
      'AI_TIMEOUT',
      `Gemini did not answer within ${context.timeoutMs} ms.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (isNetworkError(error)) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    const why = typeof code === 'string' ? `${detail} (${code})` : detail;
    return new GenerationError(
      'AI_NETWORK',
      safeMessage(`Could not reach Gemini: ${why}`, context.secrets),
      { cause: error },
    );
  }
  return new GenerationError(
    'AI_UNAVAILABLE',
    safeMessage(`Gemini call failed: ${detail}`, context.secrets),
    { cause: error },
  );
};
