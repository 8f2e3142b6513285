import { z } from 'zod';
import { errorResponses, type PathGroup, SESSION_SECURITY } from '../openapi-parts.ts';

/** The operations surface: metrics, this document and its docs page, the queue dashboard. */
export const opsPaths: PathGroup = {
  '/metrics': {
    get: {
      tags: ['operations'],
      summary: 'Prometheus metrics of this API process',
      description: 'See docs/operations.md for what each metric means. Workers serve their own.',
      security: [{ metricsToken: [] }, {}],
      responses: {
        '200': {
          description: 'The Prometheus text exposition format.',
          content: { 'text/plain': { schema: z.string() } },
        },
        ...errorResponses('UNAUTHORIZED'),
      },
    },
  },
  '/api/openapi.json': {
    get: {
      tags: ['operations'],
      summary: 'This OpenAPI document',
      responses: {
        '200': {
          description: 'OpenAPI 3.1, generated from the zod contracts.',
          content: { 'application/json': { schema: z.object({ openapi: z.string() }).loose() } },
        },
      },
    },
  },
  '/api/docs': {
    get: {
      tags: ['operations'],
      summary: 'Interactive API documentation (Swagger UI, served without any CDN)',
      responses: {
        '200': { description: 'An HTML page.', content: { 'text/html': { schema: z.string() } } },
      },
    },
  },
  '/admin/queues': {
    get: {
      tags: ['operations'],
      summary: 'The queue dashboard (Bull Board), for ADMIN_EMAILS only',
      description:
        'Jobs shown there carry ids only (the InterviewJob id), never resume bytes or text.',
      security: SESSION_SECURITY,
      responses: {
        '200': {
          description: 'The dashboard (HTML).',
          content: { 'text/html': { schema: z.string() } },
        },
        ...errorResponses('UNAUTHORIZED', 'FORBIDDEN'),
      },
    },
  },
};
