import type { Database, StoredJob } from '@prepkit/db';
import { FINAL_JOB_STATUSES } from '@prepkit/shared';
import { Router } from 'express';
import { toJobView } from './job-view.ts';
import type { JobWaiter } from './job-waiter.ts';
import { findOwnedJob } from './owned-resource.ts';
import { openSseStream } from './sse-stream.ts';

export interface JobEventsRoutesDeps {
  db: Pick<Database, 'jobs'>;
  /** The process's one QueueEvents fan-out: a stream subscribes to it, never to Redis itself. */
  waiter: Pick<JobWaiter, 'subscribe' | 'notify'>;
  /** SSE_HEARTBEAT_MS: the `: ping` comment interval. */
  heartbeatMs: number;
}

/**
 * `GET /jobs/:jobId/events`: Server-Sent Events of one job. First `status` (the current state,
 * from Mongo), then `progress` on each change, then exactly one `completed`, `failed` or
 * `cancelled`, and the stream ends. Every `data:` is the job view of `GET /jobs/:jobId`.
 * A reconnect simply starts again from the current state. A job already finished gets its
 * final event at once.
 */
export const createJobEventsRoutes = (deps: JobEventsRoutesDeps): Router => {
  const router = Router();
  router.get('/jobs/:jobId/events', async (req, res) => {
    const owner = req.auth!.user.id;
    const job = await findOwnedJob(deps.db.jobs, req.params.jobId, owner);
    const stream = openSseStream(req, res, { heartbeatMs: deps.heartbeatMs });
    let last: string | null = null;
    const push = (current: StoredJob | null) => {
      if (stream.closed) return;
      if (!current || current.owner !== owner) {
        stream.end(); // the job was deleted under us
        return;
      }
      const view = toJobView(current);
      const serialized = JSON.stringify(view);
      if (serialized === last) return;
      const event = FINAL_JOB_STATUSES.includes(current.status)
        ? current.status
        : last === null
          ? 'status'
          : 'progress';
      last = serialized;
      stream.send(event, view);
      if (event === current.status) stream.end();
    };
    push(job);
    if (stream.closed) return;
    stream.onClose(deps.waiter.subscribe(job.id, push));
    // A change between the first read and the subscription would wait for the next poll tick:
    // read once more now (one read per job, shared with every other stream of it).
    deps.waiter.notify(job.id);
  });
  return router;
};
