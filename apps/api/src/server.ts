import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Database, openDatabase } from '@prepkit/db';
import type { Config } from '@prepkit/shared';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { resolveJwtSecret } from './auth/jwt-secret.ts';
import { connectRedis, createApiRedis } from './connections.ts';

export interface ApiServer {
  url: string;
  server: Server;
  db: Database;
  redis: Redis;
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
  const app = createApp({ config, logger, db, redis, jwtSecret });
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
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      redis.disconnect();
      await db.close();
    },
  };
};
