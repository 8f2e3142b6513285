import type { Database, StoredJob } from '@prepkit/db';
import { AppError, isErrorCode } from '@prepkit/shared';
import { type RequestHandler, type Response, Router } from 'express';
import { readInterviewRequest } from './interview-request.ts';
import { jobStatusUrl, reportUrl, toJobView } from './job-view.ts';
import type { JobWaiter } from './job-waiter.ts';
import type { SubmitInterview } from './submit-interview.use-case.ts';

export interface InterviewRoutesDeps {
  db: Pick<Database, 'jobs' | 'reports'>;
  submit: SubmitInterview;
  waiter: JobWaiter;
  authenticate: RequestHandler;
  limits: { maxFileBytes: number; syncTimeoutMs: number };
}

/** Seconds a client should wait before polling a job again. */
const POLL_AFTER_SECONDS = '2';

/** The failure a finished job reports, as the error the API answers with. */
const jobFailure = (job: StoredJob): AppError => {
  if (job.status === 'cancelled')
    return new AppError('CONFLICT', { message: 'The job was cancelled.' });
  const code = job.error?.code;
  return isErrorCode(code)
    ? new AppError(code, { message: job.error?.message })
    : new AppError('INTERNAL');
};

export const sendAccepted = (res: Response, job: StoredJob, message: string) => {
  res
    .status(202)
    .location(jobStatusUrl(job.id))
    .setHeader('Retry-After', POLL_AFTER_SECONDS)
    .json({ message, jobId: job.id, status: job.status, statusUrl: jobStatusUrl(job.id) });
};

/** /api/interview: the documented synchronous endpoint, job status and reports. */
export const createInterviewRoutes = (deps: InterviewRoutesDeps): Router => {
  const router = Router();
  router.use(deps.authenticate);
  const readLimits = { maxFileBytes: deps.limits.maxFileBytes, maxFieldBytes: 256 * 1024 };

  router.post('/', async (req, res) => {
    const owner = req.auth!.user.id;
    const job = await deps.submit(owner, await readInterviewRequest(req, readLimits));
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    const finished = await deps.waiter.wait(job.id, deps.limits.syncTimeoutMs, gone.signal);
    if (!finished) {
      sendAccepted(
        res,
        job,
        'The report is still being generated. Follow the status URL for the result.',
      );
      return;
    }
    if (finished.status !== 'completed' || !finished.reportId) throw jobFailure(finished);
    const interviewReport = await deps.db.reports.findOwned(finished.reportId, owner);
    if (!interviewReport) throw new AppError('INTERNAL');
    res
      .status(201)
      .location(reportUrl(interviewReport._id))
      .json({ message: 'Interview report generated successfully.', interviewReport });
  });

  router.get('/jobs/:jobId', async (req, res) => {
    const job = await deps.db.jobs.findOwned(req.params.jobId as string, req.auth!.user.id);
    if (!job) throw new AppError('NOT_FOUND', { message: 'Job not found.' });
    if (job.status === 'queued' || job.status === 'processing')
      res.setHeader('Retry-After', POLL_AFTER_SECONDS);
    res.json(toJobView(job));
  });

  router.get('/report/:id', async (req, res) => {
    const interviewReport = await deps.db.reports.findOwned(
      req.params.id as string,
      req.auth!.user.id,
    );
    if (!interviewReport)
      throw new AppError('NOT_FOUND', { message: 'Interview report not found.' });
    res.json({ message: 'Interview report fetched successfully.', interviewReport });
  });
  return router;
};
