import { healthResponseSchema, readyResponseSchema } from '../../contracts/api-responses.schema.ts';
import { errorResponses, jsonResponse, type PathGroup } from '../openapi-parts.ts';

/** Liveness and readiness of the API process. */
export const healthPaths: PathGroup = {
  '/healthz': {
    get: {
      tags: ['operations'],
      summary: 'Liveness: the process is up',
      responses: { '200': jsonResponse('The process answers.', healthResponseSchema) },
    },
  },
  '/readyz': {
    get: {
      tags: ['operations'],
      summary: 'Readiness: MongoDB and Redis answer',
      responses: {
        '200': jsonResponse('Every backing service answers.', readyResponseSchema),
        ...errorResponses('SERVICE_UNAVAILABLE'),
      },
    },
  },
};
