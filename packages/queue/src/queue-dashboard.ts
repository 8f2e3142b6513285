import { QUEUE_NAMES } from '@prepkit/shared';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * The queues for an operator's dashboard (Bull Board), as BullMQ objects: the one place where
 * BullMQ leaves this package, for a library that can only read it that way. Close them with
 * the dashboard.
 */
export const openDashboardQueues = (options: { connection: Redis; prefix: string }): Queue[] =>
  Object.values(QUEUE_NAMES).map(
    (name) => new Queue(name, { connection: options.connection, prefix: options.prefix }),
  );
