import type { Database } from '@prepkit/db';
import { downloadFilename, readPaperSize, renderMarkdown, renderReportPdf } from '@prepkit/render';
import { AppError } from '@prepkit/shared';
import { Router } from 'express';
import { z } from 'zod';
import { idParam, reportNotFound } from '../interview/owned-resource.ts';

export interface ReportExportRoutesDeps {
  db: Pick<Database, 'reports'>;
}

const formatSchema = z.enum(['md', 'pdf', 'json']);

/**
 * `GET /report/:id/export?format=md|pdf|json` (authentication already applied): the report as
 * Markdown (as `prepkit report --format md` prints it), as a PDF of the same content, or as JSON,
 * each as a download named after the report's title.
 */
export const createReportExportRoutes = (deps: ReportExportRoutesDeps): Router => {
  const router = Router();
  router.get('/report/:id/export', async (req, res) => {
    const id = idParam(req.params.id);
    const report = id ? await deps.db.reports.findOwned(id, req.auth!.user.id) : null;
    if (!report) throw reportNotFound();
    const format = formatSchema.safeParse(req.query.format ?? 'md');
    if (!format.success)
      throw new AppError('VALIDATION_ERROR', { message: "'format' must be md, pdf or json." });
    const filename = downloadFilename([report.title, 'interview-prep'], format.data, 'report');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    if (format.data === 'json') {
      res.json({ interviewReport: report });
    } else if (format.data === 'md') {
      res.type('text/markdown; charset=utf-8').send(renderMarkdown(report));
    } else {
      res
        .type('application/pdf')
        .send(await renderReportPdf(report, { paper: readPaperSize(req.query.paper) }));
    }
  });
  return router;
};
