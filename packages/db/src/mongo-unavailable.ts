/**
 * Driver errors that mean MongoDB cannot be reached for now (the driver reconnects by itself):
 * the API answers them 503, the worker waits and retries its idempotent writes.
 */
const MONGO_UNAVAILABLE = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** Whether `error`, or one of its first causes, says MongoDB is unreachable. */
export const isMongoUnavailable = (error: unknown): boolean => {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && MONGO_UNAVAILABLE.has(name)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
};
