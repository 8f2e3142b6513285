import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Database, openDatabase } from '@prepkit/db';
import { createInterviewQueue, type InterviewQueue } from '@prepkit/queue';
import { type Config, QUEUE_NAMES } from '@prepkit/shared';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { resolveJwtSecret } from './auth/jwt-secret.ts';
import { connectRedis, createApiRedis } from './connections.ts';
import { createJobWaiter, type JobWaiter } from './interview/job-waiter.ts';
import { createUploadFolder } from './interview/upload-folder.ts';

const within = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, ms).unref())]);

export interface ApiServer {
  url: string;
  server: Server;
  db: Database;
  redis: Redis;
  queue: InterviewQueue;
  queueEvents: QueueEvents;
  /** The process's job waiter and event fan-out (its counts are what tests and metrics read). */
  waiter: JobWaiter;
  /** This process's private folder for multipart files on their way in. */
  uploadDir: string;
  /** Stops accepting, lets in-flight requests finish, closes every connection. */
  close(): Promise<void>;
}

/** Opens the API's connections and listens (port 0 picks a free port). */
export const startApiServer = async (config: Config, logger: Logger): Promise<ApiServer> => {
  const jwtSecret = await resolveJwtSecret(config);
  const db = await openDatabase(config.mongodbUri);
  const redis = createApiRedis(config.redisUrl);
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  try {
    await connectRedis(redis);
  } catch (error) {
    await db.close();
    throw error;
  }
  const queue = createInterviewQueue({
    connection: redis,
    prefix: config.queue.prefix,
    attempts: config.ai.maxAttempts,
  });
  // One long-lived QueueEvents per process, on its own (blocking) connection.
  const eventsConnection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  eventsConnection.on('error', (err) =>
    logger.warn({ err: err.message }, 'redis (events) connection error'),
  );
  const queueEvents = new QueueEvents(QUEUE_NAMES.interviewReports, {
    connection: eventsConnection,
    prefix: config.queue.prefix,
  });
  queueEvents.on('error', (err) => logger.warn({ err: err.message }, 'queue events error'));
  await queueEvents.waitUntilReady();
  const waiter = createJobWaiter({ queueEvents, jobs: db.jobs });
  const uploads = await createUploadFolder({
    baseDir: config.uploads.tmpDir,
    onSwept: (folders) =>
      logger.info({ folders }, 'removed upload folders of stopped API processes'),
  });
  const app = createApp({
    config,
    logger,
    db,
    redis,
    jwtSecret,
    queue,
    waiter,
    uploadDir: uploads.dir,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (err?: Error) =>
      err ? reject(err) : resolve(s),
    );
  });
  server.keepAliveTimeout = 65_000;
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return {
    url: `http://${host}:${port}`,
    server,
    db,
    redis,
    queue,
    queueEvents,
    waiter,
    uploadDir: uploads.dir,
    async close() {
      waiter.close(); // open event streams end; their clients reconnect elsewhere
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      // Bounded: a close that waits on a Redis that just came back must not hang shutdown.
      await within(queueEvents.close(), 2_000);
      eventsConnection.disconnect();
      await within(queue.close(), 2_000);
      redis.disconnect();
      await db.close();
      await uploads.close();
    },
  };
};
