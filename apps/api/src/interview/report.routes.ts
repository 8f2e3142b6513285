import type { Database } from '@prepkit/db';
import { Router } from 'express';
import { idParam, reportNotFound } from './owned-resource.ts';
import { pageLinks, readPageQuery } from './pagination.ts';

export interface ReportRoutesDeps {
  db: Pick<Database, 'reports' | 'tailoredResumes'>;
}

/** The path of the report list. */
const REPORTS_PATH = '/api/interview/';

/**
 * The caller's reports under /api/interview (authentication already applied): the list (light
 * fields, newest first, paged), one report with every field, and delete.
 */
export const createReportRoutes = (deps: ReportRoutesDeps): Router => {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = readPageQuery(req.query);
    const page = await deps.db.reports.listOwned(req.auth!.user.id, {
      limit: query.limit,
      after: query.cursor,
    });
    res.json({
      message: 'Interview reports fetched successfully.',
      interviewReports: page.items,
      ...pageLinks(REPORTS_PATH, query.limit, page),
    });
  });

  router.get('/report/:id', async (req, res) => {
    const id = idParam(req.params.id);
    const interviewReport = id ? await deps.db.reports.findOwned(id, req.auth!.user.id) : null;
    if (!interviewReport) throw reportNotFound();
    res.json({ message: 'Interview report fetched successfully.', interviewReport });
  });

  router.delete('/report/:id', async (req, res) => {
    const id = idParam(req.params.id);
    if (!id || !(await deps.db.reports.deleteOwned(id, req.auth!.user.id))) throw reportNotFound();
    // Its tailored resumes go with it.
    await deps.db.tailoredResumes.deleteForReport(id);
    res.status(204).end();
  });
  return router;
};
