import { isMongoUnavailable } from '@prepkit/db';

const REDIS_DOWN = [
  "Stream isn't writeable",
  'Connection is closed',
  'ECONNREFUSED',
  'Reached the max retries per request limit',
  'Connection in subscriber mode',
];

/**
 * Recognises errors that mean a backing service (MongoDB or Redis) is unreachable, so they are
 * answered 503 instead of 500.
 */
export const isServiceDownError = (error: unknown): boolean => {
  if (isMongoUnavailable(error)) return true;
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const err = e as { name?: string; message?: string; cause?: unknown };
    if (err.name === 'MaxRetriesPerRequestError') return true;
    if (typeof err.message === 'string' && REDIS_DOWN.some((m) => err.message?.includes(m))) {
      return true;
    }
    e = err.cause;
  }
  return false;
};
