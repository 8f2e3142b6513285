import { Redis } from 'ioredis';

/**
 * The API's Redis connection. The offline queue is off so that commands fail at once while Redis
 * is down (503 within 2 s) instead of waiting for a reconnect; it reconnects by itself.
 */
export const createApiRedis = (url: string): Redis =>
  new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    lazyConnect: true,
  });

/** Connects and waits for `ready`, or fails with a message naming Redis. */
export const connectRedis = async (redis: Redis, what = 'Redis'): Promise<void> => {
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`${what} is unreachable: ${(error as Error).message}`, { cause: error });
  }
};
