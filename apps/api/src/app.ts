import type { Database } from '@prepkit/db';
import { createTailoredResumeQueue, type InterviewQueue } from '@prepkit/queue';
import type { Config } from '@prepkit/shared';
import { createOpenApiDocument } from '@prepkit/shared/openapi';
import express, { type Express } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createQueueDashboardRoutes } from './admin/queue-dashboard.routes.ts';
import { requireAuth } from './auth/auth.middleware.ts';
import { authBodyParser, createAuthRoutes } from './auth/auth.routes.ts';
import { createAuthService } from './auth/auth.service.ts';
import { createRateLimiter } from './auth/rate-limiter.ts';
import { createRevocationStore } from './auth/revocation-store.ts';
import { createTokenService } from './auth/token.service.ts';
import { createOpenApiRoutes } from './docs/openapi.routes.ts';
import { createHealthRoutes } from './health/health.routes.ts';
import { corsMiddleware } from './http/cors.middleware.ts';
import { errorMiddleware, notFoundMiddleware } from './http/error.middleware.ts';
import { originCheckMiddleware } from './http/origin-check.middleware.ts';
import { genRequestId } from './http/request-id.ts';
import './http/request-context.ts';
import { noStore, securityHeaders } from './http/security-headers.ts';
import { createInterviewRoutes } from './interview/interview.routes.ts';
import type { JobWaiter } from './interview/job-waiter.ts';
import { createSubmitInterview } from './interview/submit-interview.use-case.ts';
import { createUploadBudget, releasingUpload } from './interview/upload-budget.ts';
import { createApiMetrics } from './metrics/api-metrics.ts';
import { createWebAppRoutes } from './web/web-app.routes.ts';

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Database;
  /** The API's Redis connection (offline queue off: fails fast when Redis is down). */
  redis: Redis;
  jwtSecret: string;
  /** The interview-report queue (its connection fails fast while Redis is down). */
  queue: InterviewQueue;
  /** Waits for jobs through the process's one QueueEvents. */
  waiter: JobWaiter;
  /** This process's private folder for multipart files on their way in. */
  uploadDir: string;
}

/** Builds the express app without listening: tests run it on port 0. */
export const createApp = (deps: AppDeps): Express => {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const uploadBudget = createUploadBudget(config.uploads.memoryBudgetBytes);
  const metrics = createApiMetrics({
    waiter: deps.waiter,
    uploadBudget,
    token: config.ops.metricsToken,
  });
  app.use(metrics.track);
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: genRequestId,
      // Every line logged for a request (req.log) carries `reqId`.
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'reqId' },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'info',
    }),
  );
  app.use(securityHeaders());
  // Browser clients: CORS (and every OPTIONS answered) and the Origin check run before any body
  // is read, before authentication and before the routes.
  app.use(corsMiddleware({ allowedOrigins: config.http.corsOrigins }));
  app.use(originCheckMiddleware({ allowedOrigins: config.http.corsOrigins }));
  app.use('/api', noStore);
  // Auth bodies are capped far lower (16 KB); a body parsed here is not parsed again below.
  app.use('/api/auth', authBodyParser);
  // Big enough for the longest allowed job description and self-description in any script.
  app.use(express.json({ limit: '512kb' }));

  const tokens = createTokenService({
    secret: deps.jwtSecret,
    expiresInSeconds: config.auth.jwtExpiresInSeconds,
    revocations: createRevocationStore({
      revokedTokens: deps.db.revokedTokens,
      redis: deps.redis,
      keyPrefix: `${config.queue.prefix}:auth:`,
    }),
  });
  const limiter = metrics.countingRefusals(
    createRateLimiter({
      redis: deps.redis,
      keyPrefix: `${config.queue.prefix}:rl:auth:`,
      max: config.auth.rateLimitMax,
      windowMs: config.auth.rateLimitWindowMs,
    }),
  );
  app.get('/metrics', metrics.serve);
  app.use(createOpenApiRoutes(createOpenApiDocument()));
  app.use(
    createHealthRoutes({
      checks: {
        mongodb: () => deps.db.ping(),
        redis: async () => (await deps.redis.ping()) === 'PONG',
      },
    }),
  );
  app.use(
    '/api/auth',
    createAuthRoutes({
      auth: createAuthService({ users: deps.db.users, tokens }),
      tokens,
      users: deps.db.users,
      limiter,
      cookie: { ...config.auth.cookie, maxAgeSeconds: config.auth.jwtExpiresInSeconds },
    }),
  );
  app.use(
    '/api/interview',
    createInterviewRoutes({
      db: deps.db,
      submit: releasingUpload(
        createSubmitInterview({
          db: deps.db,
          queue: deps.queue,
          onReplay: metrics.idempotentReplay,
        }),
      ),
      waiter: deps.waiter,
      queue: deps.queue,
      // On the API's shared connection: nothing of its own to close.
      resumeQueue: createTailoredResumeQueue({
        connection: deps.redis,
        prefix: config.queue.prefix,
        attempts: config.ai.maxAttempts,
      }),
      sseHeartbeatMs: config.sse.heartbeatMs,
      authenticate: requireAuth({ tokens, users: deps.db.users }),
      limits: {
        maxFileBytes: config.uploads.resumeMaxBytes,
        syncTimeoutMs: config.queue.syncTimeoutMs,
        syncMaxWaitMs: config.queue.syncMaxWaitMs,
        uploadBudget,
        spillDir: deps.uploadDir,
      },
    }),
  );
  app.use(
    '/admin/queues',
    createQueueDashboardRoutes({
      basePath: '/admin/queues',
      authenticate: requireAuth({ tokens, users: deps.db.users }),
      adminEmails: config.ops.adminEmails,
      redis: deps.redis,
      prefix: config.queue.prefix,
    }),
  );
  app.use(createWebAppRoutes({ logger: deps.logger }));
  app.use(notFoundMiddleware);
  app.use(errorMiddleware);
  return app;
};
