import type { Database, StoredTailoring } from '@prepkit/db';
import type { TailoredResumeQueue } from '@prepkit/queue';
import {
  downloadFilename,
  readPaperSize,
  renderResumeHtml,
  renderResumePdf,
} from '@prepkit/render';
import { AppError, type TailoredResumeContent } from '@prepkit/shared';
import { type Request, type Response, Router } from 'express';
import { POLL_AFTER_SECONDS } from '../interview/job-view.ts';
import { idParam, jobNotFound, reportNotFound } from '../interview/owned-resource.ts';
import { requestTailoring } from './request-tailoring.use-case.ts';
import {
  resumeUrl,
  tailoredResumeNotFound,
  tailoringFailure,
  tailoringJobUrl,
  toTailoredResume,
  toTailoringView,
} from './tailoring-view.ts';
import { preferredWaitSeconds, waitForTailoring } from './tailoring-waiter.ts';

export interface ResumeRoutesDeps {
  db: Pick<Database, 'reports' | 'tailoredResumes'>;
  queue: Pick<TailoredResumeQueue, 'enqueue' | 'remove'>;
  /** SYNC_TIMEOUT_MS: the longest wait (`Prefer: wait=N` is capped to it; the compatibility route uses it). */
  syncTimeoutMs: number;
}

/** The tailored resume's HTML: its own inline styles only, framed by this origin alone. */
const RESUME_HTML_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const ACCEPTED_MESSAGE =
  'The tailored resume is being generated. Follow the status URL for its progress and result.';

const sendAccepted = (res: Response, job: StoredTailoring) => {
  const statusUrl = tailoringJobUrl(job.reportId, job.id);
  res
    .status(202)
    .location(statusUrl)
    .setHeader('Retry-After', POLL_AFTER_SECONDS)
    .json({ message: ACCEPTED_MESSAGE, jobId: job.id, status: job.status, statusUrl });
};

/** Waits for the job within `timeoutMs` while the client stays; the finished job or null. */
const waitFor = async (
  deps: ResumeRoutesDeps,
  res: Response,
  job: StoredTailoring,
  timeoutMs: number,
): Promise<StoredTailoring | null> => {
  if (job.status === 'completed') return job;
  const gone = new AbortController();
  res.on('close', () => gone.abort());
  const finished = await waitForTailoring(deps.db.tailoredResumes, job.id, timeoutMs, gone.signal);
  if (finished && finished.status !== 'completed') throw tailoringFailure(finished);
  return finished;
};

/**
 * Tailored resumes under /api/interview (authentication already applied): request one (202, or
 * waited for with `Prefer: wait=N`), follow and cancel its job, read it as JSON, HTML or PDF,
 * and the route existing web clients call.
 */
export const createResumeRoutes = (deps: ResumeRoutesDeps): Router => {
  const router = Router();
  const owner = (req: Request) => req.auth!.user.id;

  /** The report's latest completed tailored resume, or 404 (report or resume missing). */
  const latest = async (
    req: Request,
  ): Promise<StoredTailoring & { content: TailoredResumeContent }> => {
    const id = idParam(req.params.id);
    const report = id ? await deps.db.reports.findOwned(id, owner(req)) : null;
    if (!report) throw reportNotFound();
    const job = await deps.db.tailoredResumes.latestForReport(report._id, ['completed']);
    if (!job?.content) throw tailoredResumeNotFound();
    return job as StoredTailoring & { content: TailoredResumeContent };
  };
  const sendPdf = async (res: Response, content: TailoredResumeContent, paper: unknown) => {
    const pdf = await renderResumePdf(content, { paper: readPaperSize(paper) });
    const filename = downloadFilename(
      [content.name, content.headline.split(' · ')[0] ?? ''],
      'pdf',
    );
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
      .send(pdf);
  };

  router.post('/report/:id/resume', async (req, res) => {
    const { job } = await requestTailoring(deps, owner(req), idParam(req.params.id));
    const wait = preferredWaitSeconds(req.headers.prefer);
    if (wait === null) return sendAccepted(res, job);
    const finished = await waitFor(deps, res, job, Math.min(wait * 1000, deps.syncTimeoutMs));
    if (!finished) return sendAccepted(res, job);
    res
      .status(200)
      .location(resumeUrl(job.reportId))
      .json({
        message: 'Tailored resume generated successfully.',
        tailoredResume: toTailoredResume(finished),
      });
  });

  router.get('/report/:id/resume/jobs/:jobId', async (req, res) => {
    const reportId = idParam(req.params.id);
    const jobId = idParam(req.params.jobId);
    const job = jobId ? await deps.db.tailoredResumes.findOwned(jobId, owner(req)) : null;
    if (!job || job.reportId !== reportId) throw jobNotFound();
    if (job.status === 'queued' || job.status === 'processing')
      res.setHeader('Retry-After', POLL_AFTER_SECONDS);
    res.json(toTailoringView(job));
  });

  router.delete('/report/:id/resume/jobs/:jobId', async (req, res) => {
    const reportId = idParam(req.params.id);
    const jobId = idParam(req.params.jobId);
    const job = jobId ? await deps.db.tailoredResumes.findOwned(jobId, owner(req)) : null;
    if (!job || job.reportId !== reportId) throw jobNotFound();
    const repo = deps.db.tailoredResumes;
    if (job.status === 'queued' && (await repo.cancelQueued(job.id))) {
      await deps.queue.remove(job.id);
      res.status(204).end();
      return;
    }
    if (
      job.status === 'processing' &&
      (job.cancelRequested || (await repo.requestCancel(job.id)))
    ) {
      res.status(202).json(toTailoringView({ ...job, cancelRequested: true }));
      return;
    }
    const now = await repo.findById(job.id);
    if (now && (now.status === 'queued' || now.status === 'processing'))
      throw new AppError('CONFLICT', {
        message: 'The job changed while it was being cancelled. Please try again.',
      });
    throw new AppError('JOB_FINISHED');
  });

  router.get('/report/:id/resume', async (req, res) => {
    const job = await latest(req);
    res.json({
      message: 'Tailored resume fetched successfully.',
      tailoredResume: toTailoredResume(job),
    });
  });

  // Nothing in it may load or run; only this origin's pages may frame it (the web app's preview).
  router.get('/report/:id/resume.html', async (req, res) => {
    const job = await latest(req);
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .setHeader('Content-Security-Policy', RESUME_HTML_POLICY)
      .setHeader('X-Frame-Options', 'SAMEORIGIN')
      .send(renderResumeHtml(job.content, { paper: readPaperSize(req.query.paper) }));
  });

  router.get('/report/:id/resume.pdf', async (req, res) => {
    const job = await latest(req);
    await sendPdf(res, job.content, req.query.paper);
  });

  // The route the original web app's "Download Resume" button calls: waits like the documented
  // synchronous POST, then the HTML (its JSON shape) or, asked for with Accept, the PDF.
  router.post('/resume/pdf/:id', async (req, res) => {
    const { job } = await requestTailoring(deps, owner(req), idParam(req.params.id));
    const finished = await waitFor(deps, res, job, deps.syncTimeoutMs);
    if (!finished?.content) return sendAccepted(res, job);
    if (wantsPdf(req)) return sendPdf(res, finished.content, req.query.paper);
    res.status(200).json({
      message: 'Resume HTML generated successfully.',
      html: renderResumeHtml(finished.content, { paper: readPaperSize(req.query.paper) }),
    });
  });
  return router;
};

/** True when the client asks for the PDF itself (`Accept: application/pdf`, preferred over JSON). */
const wantsPdf = (req: Request): boolean =>
  /\bapplication\/pdf\b/i.test(req.get('accept') ?? '') &&
  req.accepts(['application/json', 'application/pdf']) === 'application/pdf';
