import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { openDashboardQueues } from '@prepkit/queue';
import { AppError } from '@prepkit/shared';
import { type RequestHandler, Router } from 'express';
import type { Redis } from 'ioredis';

export interface QueueDashboardDeps {
  /** Where the dashboard is mounted (its links and assets are under it). */
  basePath: string;
  /** Signs the request in (401 without a valid session). */
  authenticate: RequestHandler;
  /** ADMIN_EMAILS, lower-cased: the only users served the dashboard. */
  adminEmails: readonly string[];
  redis: Redis;
  prefix: string;
}

/**
 * Bull Board for operators: signed-in users whose e-mail is in ADMIN_EMAILS get the dashboard;
 * other users a 403 JSON, requests without a session a 401 JSON. Job data holds ids only (the
 * InterviewJob id), so nothing of a resume is shown there.
 */
export const createQueueDashboardRoutes = (deps: QueueDashboardDeps): Router => {
  const admins = new Set(deps.adminEmails);
  const board = new ExpressAdapter();
  board.setBasePath(deps.basePath);
  createBullBoard({
    queues: openDashboardQueues({ connection: deps.redis, prefix: deps.prefix }).map(
      (queue) => new BullMQAdapter(queue),
    ),
    serverAdapter: board,
  });
  const router = Router();
  router.use(deps.authenticate, (req, _res, next) => {
    if (!admins.has(req.auth?.user.email.toLowerCase() ?? '')) {
      throw new AppError('FORBIDDEN', { message: 'The queue dashboard is for administrators.' });
    }
    next();
  });
  router.use(board.getRouter());
  return router;
};
