import { z } from 'zod';
import {
  acceptedResponseSchema,
  reportResponseSchema,
} from '../../contracts/api-responses.schema.ts';
import {
  tailoredResumeJobViewSchema,
  tailoredResumeResponseSchema,
} from '../../contracts/tailored-resume.schema.ts';
import {
  errorResponses,
  ID_ROUTE_ERRORS,
  idParam,
  jsonResponse,
  LOCATION_HEADER,
  type PathGroup,
  RETRY_AFTER_HEADER,
  SESSION_SECURITY,
} from '../openapi-parts.ts';

const reportId = { path: idParam('id', 'The report id.') };
const jobParams = {
  path: idParam('id', 'The report id.').extend(idParam('jobId', 'The tailoring job id.').shape),
};
const paperQuery = z.object({
  paper: z.enum(['a4', 'letter']).optional().meta({ description: 'Page size (default a4).' }),
});
const preferHeader = z.object({
  Prefer: z
    .string()
    .optional()
    .meta({ description: '`wait=N`: wait up to N seconds for the resume (capped).' }),
});
const resumeResponse = tailoredResumeResponseSchema;
const accepted = jsonResponse('Accepted: follow statusUrl.', acceptedResponseSchema, {
  ...LOCATION_HEADER,
  ...RETRY_AFTER_HEADER,
});
const pdf = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
});
const JOB_ERRORS = [...ID_ROUTE_ERRORS, 'AI_FAILED', 'RESUME_EMPTY', 'CONFLICT'] as const;

/** The tailored resume of a report, its jobs, and the report's exports. */
export const resumePaths: PathGroup = {
  '/api/interview/report/{id}/resume': {
    post: {
      tags: ['resume'],
      summary: 'Tailor the resume to the report’s posting (a job; invents nothing)',
      security: SESSION_SECURITY,
      requestParams: { ...reportId, header: preferHeader },
      responses: {
        '200': jsonResponse('The tailored resume (with Prefer: wait).', resumeResponse),
        '202': accepted,
        ...errorResponses(...JOB_ERRORS),
      },
    },
    get: {
      tags: ['resume'],
      summary: 'The latest tailored resume as JSON',
      security: SESSION_SECURITY,
      requestParams: reportId,
      responses: {
        '200': jsonResponse('The tailored resume.', resumeResponse),
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
  },
  '/api/interview/report/{id}/resume/jobs/{jobId}': {
    get: {
      tags: ['resume'],
      summary: 'A tailoring job',
      security: SESSION_SECURITY,
      requestParams: jobParams,
      responses: {
        '200': jsonResponse('The job.', tailoredResumeJobViewSchema, RETRY_AFTER_HEADER),
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
    delete: {
      tags: ['resume'],
      summary: 'Cancel a tailoring job',
      security: SESSION_SECURITY,
      requestParams: jobParams,
      responses: {
        '204': { description: 'Cancelled.' },
        '202': jsonResponse('Cancel requested.', tailoredResumeJobViewSchema),
        ...errorResponses(...ID_ROUTE_ERRORS, 'CONFLICT'),
      },
    },
  },
  '/api/interview/report/{id}/resume.html': {
    get: {
      tags: ['resume'],
      summary: 'The latest tailored resume as printable HTML (prepkit’s own escaped template)',
      security: SESSION_SECURITY,
      requestParams: { ...reportId, query: paperQuery },
      responses: {
        '200': { description: 'HTML.', content: { 'text/html': { schema: z.string() } } },
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
  },
  '/api/interview/report/{id}/resume.pdf': {
    get: {
      tags: ['resume'],
      summary: 'The latest tailored resume as a PDF download',
      security: SESSION_SECURITY,
      requestParams: { ...reportId, query: paperQuery },
      responses: {
        '200': pdf('The PDF (Content-Disposition: attachment).'),
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
  },
  '/api/interview/resume/pdf/{id}': {
    post: {
      tags: ['resume'],
      summary: 'Compatibility route of existing web clients: the tailored resume as HTML (or PDF)',
      security: SESSION_SECURITY,
      requestParams: reportId,
      responses: {
        '200': {
          description: '`{ message, html }`, or the PDF bytes for `Accept: application/pdf`.',
          content: {
            'application/json': {
              schema: z.object({ message: z.string(), html: z.string() }),
            },
            'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
          },
        },
        '202': accepted,
        ...errorResponses(...JOB_ERRORS),
      },
    },
  },
  '/api/interview/report/{id}/export': {
    get: {
      tags: ['reports'],
      summary: 'The report as Markdown, PDF or JSON',
      security: SESSION_SECURITY,
      requestParams: {
        ...reportId,
        query: paperQuery.extend({ format: z.enum(['md', 'pdf', 'json']) }),
      },
      responses: {
        '200': {
          description: 'The report in the asked format.',
          content: {
            'application/json': { schema: reportResponseSchema.omit({ message: true }) },
            'text/markdown': { schema: z.string() },
            'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
          },
        },
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
  },
};
