import {
  reportListResponseSchema,
  reportResponseSchema,
} from '../../contracts/api-responses.schema.ts';
import {
  errorResponses,
  ID_ROUTE_ERRORS,
  idParam,
  jsonResponse,
  type PathGroup,
  pageQuery,
  SESSION_ERRORS,
  SESSION_SECURITY,
} from '../openapi-parts.ts';

const reportId = { path: idParam('id', 'The report id.') };

/** The caller's reports. */
export const reportPaths: PathGroup = {
  '/api/interview/': {
    get: {
      tags: ['reports'],
      summary: "The caller's reports, newest first (light fields, paged)",
      security: SESSION_SECURITY,
      requestParams: { query: pageQuery },
      responses: {
        '200': jsonResponse('A page of reports.', reportListResponseSchema),
        ...errorResponses('VALIDATION_ERROR', ...SESSION_ERRORS),
      },
    },
  },
  '/api/interview/report/{id}': {
    get: {
      tags: ['reports'],
      summary: 'One report with every field',
      security: SESSION_SECURITY,
      requestParams: reportId,
      responses: {
        '200': jsonResponse('The report.', reportResponseSchema),
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
    delete: {
      tags: ['reports'],
      summary: 'Delete a report',
      security: SESSION_SECURITY,
      requestParams: reportId,
      responses: {
        '204': { description: 'Deleted.' },
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
  },
};
