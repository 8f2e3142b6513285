import type { Database, StoredJob } from '@prepkit/db';
import type { InterviewQueue, TailoredResumeQueue } from '@prepkit/queue';
import { AppError, isErrorCode } from '@prepkit/shared';
import { type RequestHandler, Router } from 'express';
import { createReportExportRoutes } from '../resume/report-export.routes.ts';
import { createResumeRoutes } from '../resume/resume.routes.ts';
import { ASYNC_ACCEPTED_MESSAGE, SYNC_TIMEOUT_MESSAGE, sendAccepted } from './accepted-response.ts';
import { createCancelJob } from './cancel-job.use-case.ts';
import { IDEMPOTENCY_HEADER } from './idempotency-key.ts';
import { readInterviewRequest } from './interview-request.ts';
import { createJobRoutes, type SubmitRequest } from './job.routes.ts';
import { createJobEventsRoutes } from './job-events.routes.ts';
import { reportUrl } from './job-view.ts';
import type { JobWaiter } from './job-waiter.ts';
import { syncWaitFrom } from './prefer-header.ts';
import { createReportRoutes } from './report.routes.ts';
import type { SubmitInterview } from './submit-interview.use-case.ts';
import type { UploadBudget } from './upload-budget.ts';

export interface InterviewRoutesDeps {
  db: Pick<Database, 'jobs' | 'reports' | 'uploads' | 'tailoredResumes'>;
  /** The tailored-resume queue (requests enqueue; cancels remove). */
  resumeQueue: Pick<TailoredResumeQueue, 'enqueue' | 'remove'>;
  submit: SubmitInterview;
  waiter: JobWaiter;
  /** For cancelling: a queued job's queue entry is removed. */
  queue: Pick<InterviewQueue, 'remove'>;
  /** SSE_HEARTBEAT_MS of the job event streams. */
  sseHeartbeatMs: number;
  authenticate: RequestHandler;
  limits: {
    maxFileBytes: number;
    /** How long the sync route waits for a report by default (SYNC_TIMEOUT_MS). */
    syncTimeoutMs: number;
    /** The longest `Prefer: wait=N` honoured (SYNC_MAX_WAIT_MS). */
    syncMaxWaitMs: number;
    uploadBudget: UploadBudget;
    /** The process's private folder for files on their way in. */
    spillDir: string;
  };
}

/** The failure a finished job reports, as the error the API answers with. */
export const jobFailure = (job: Pick<StoredJob, 'status' | 'error'>): AppError => {
  if (job.status === 'cancelled')
    return new AppError('CONFLICT', { message: 'The job was cancelled.' });
  const code = job.error?.code;
  return isErrorCode(code)
    ? new AppError(code, { message: job.error?.message })
    : new AppError('INTERNAL');
};

/**
 * /api/interview: the documented endpoint (synchronous, or asynchronous with
 * `Prefer: respond-async`), the async job contract and the reports.
 */
export const createInterviewRoutes = (deps: InterviewRoutesDeps): Router => {
  const router = Router();
  router.use(deps.authenticate);
  const readLimits = {
    maxFileBytes: deps.limits.maxFileBytes,
    maxFieldBytes: 256 * 1024,
    spillDir: deps.limits.spillDir,
    budget: deps.limits.uploadBudget,
  };

  /** Both POSTs: the body as read within the upload limits, and the Idempotency-Key header. */
  const submitRequest: SubmitRequest = async (req) =>
    deps.submit(req.auth!.user.id, await readInterviewRequest(req, readLimits), {
      idempotencyKey: req.get(IDEMPOTENCY_HEADER),
    });

  router.post('/', async (req, res) => {
    const owner = req.auth!.user.id;
    const job = await submitRequest(req);
    const wait = syncWaitFrom(req.headers.prefer, {
      defaultMs: deps.limits.syncTimeoutMs,
      maxMs: deps.limits.syncMaxWaitMs,
    });
    if (wait.respondAsync) {
      res.setHeader('Preference-Applied', 'respond-async');
      sendAccepted(res, job, ASYNC_ACCEPTED_MESSAGE);
      return;
    }
    if (wait.waitSeconds !== undefined) {
      res.setHeader('Preference-Applied', `wait=${wait.waitSeconds}`);
    }
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    // Once the worker says the job is done, its report (whose _id is the job's) is read
    // directly: one read, not one of the job and one of the report.
    const outcome = await deps.waiter.wait(job.id, wait.waitMs, {
      signal: gone.signal,
      known: job,
      whenDone: () => deps.db.reports.findOwned(job.id, owner),
    });
    let interviewReport = outcome.kind === 'done' ? outcome.result : null;
    if (outcome.kind === 'final' && outcome.job) {
      const finished = outcome.job;
      if (finished.status !== 'completed' || !finished.reportId) throw jobFailure(finished);
      interviewReport = await deps.db.reports.findOwned(finished.reportId, owner);
      if (!interviewReport) throw new AppError('INTERNAL');
    }
    if (!interviewReport) {
      sendAccepted(res, job, SYNC_TIMEOUT_MESSAGE);
      return;
    }
    res
      .status(201)
      .location(reportUrl(interviewReport._id))
      .json({ message: 'Interview report generated successfully.', interviewReport });
  });

  router.use(
    createJobRoutes({
      db: deps.db,
      submitRequest,
      cancel: createCancelJob({ db: deps.db, queue: deps.queue, notify: deps.waiter.notify }),
    }),
    createJobEventsRoutes({
      db: deps.db,
      waiter: deps.waiter,
      heartbeatMs: deps.sseHeartbeatMs,
    }),
    createReportRoutes({ db: deps.db }),
    createResumeRoutes({
      db: deps.db,
      queue: deps.resumeQueue,
      syncTimeoutMs: deps.limits.syncTimeoutMs,
    }),
    createReportExportRoutes({ db: deps.db }),
  );
  return router;
};
