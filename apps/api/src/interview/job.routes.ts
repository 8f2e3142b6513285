import type { Database, StoredJob } from '@prepkit/db';
import { isRunnableStatus } from '@prepkit/shared';
import { type Request, Router } from 'express';
import { ASYNC_ACCEPTED_MESSAGE, sendAccepted } from './accepted-response.ts';
import type { CancelJob } from './cancel-job.use-case.ts';
import { POLL_AFTER_SECONDS, toJobView } from './job-view.ts';
import { findOwnedJob } from './owned-resource.ts';
import { pageLinks, readPageQuery } from './pagination.ts';
import { prefersRespondAsync } from './prefer-header.ts';

/** Reads a submission from the request and submits it, exactly as the documented endpoint does. */
export type SubmitRequest = (req: Request) => Promise<StoredJob>;

export interface JobRoutesDeps {
  db: Pick<Database, 'jobs'>;
  submitRequest: SubmitRequest;
  cancel: CancelJob;
}

/** The path of the job list (and the prefix of every job URL). */
const JOBS_PATH = '/api/interview/jobs';

/**
 * The asynchronous contract under /api/interview (authentication already applied): submit
 * (202), list, status (with `Retry-After` while pending) and cancel.
 */
export const createJobRoutes = (deps: JobRoutesDeps): Router => {
  const router = Router();

  router.post('/jobs', async (req, res) => {
    const job = await deps.submitRequest(req);
    // This route always answers asynchronously: an asked-for respond-async is honoured.
    if (prefersRespondAsync(req.headers.prefer)) {
      res.setHeader('Preference-Applied', 'respond-async');
    }
    sendAccepted(res, job, ASYNC_ACCEPTED_MESSAGE);
  });

  router.get('/jobs', async (req, res) => {
    const query = readPageQuery(req.query);
    const page = await deps.db.jobs.listOwned(req.auth!.user.id, {
      limit: query.limit,
      after: query.cursor,
    });
    res.json({ jobs: page.items.map(toJobView), ...pageLinks(JOBS_PATH, query.limit, page) });
  });

  router.get('/jobs/:jobId', async (req, res) => {
    const job = await findOwnedJob(deps.db.jobs, req.params.jobId, req.auth!.user.id);
    if (isRunnableStatus(job.status)) res.setHeader('Retry-After', POLL_AFTER_SECONDS);
    res.json(toJobView(job));
  });

  router.delete('/jobs/:jobId', async (req, res) => {
    const outcome = await deps.cancel(req.auth!.user.id, req.params.jobId as string);
    if (outcome.kind === 'cancelled') {
      res.status(204).end();
      return;
    }
    res.status(202).setHeader('Retry-After', POLL_AFTER_SECONDS).json(toJobView(outcome.job));
  });
  return router;
};
