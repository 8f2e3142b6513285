import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { errorResponses, type PathGroup, SECURITY_SCHEMES } from './openapi-parts.ts';
import { authPaths } from './paths/auth.paths.ts';
import { healthPaths } from './paths/health.paths.ts';
import { interviewPaths } from './paths/interview.paths.ts';
import { jobPaths } from './paths/jobs.paths.ts';
import { opsPaths } from './paths/ops.paths.ts';
import { reportPaths } from './paths/reports.paths.ts';
import { resumePaths } from './paths/resume.paths.ts';

/**
 * Every route group of the API. A new group of routes adds its `paths/<group>.paths.ts` file and
 * one entry here; groups may share a path (different methods) and are merged per method.
 */
export const PATH_GROUPS: readonly PathGroup[] = [
  healthPaths,
  authPaths,
  interviewPaths,
  reportPaths,
  jobPaths,
  opsPaths,
  resumePaths,
];

/** Merges route groups per path and method; the same method twice is a mistake and throws. */
export const mergePathGroups = (groups: readonly PathGroup[]): ZodOpenApiPathsObject => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const group of groups) {
    for (const [path, operations] of Object.entries(group)) {
      const into = paths[path] ?? {};
      paths[path] = into;
      for (const [method, operation] of Object.entries(operations)) {
        if (into[method])
          throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} is declared twice.`);
        // Every state-changing request passes the Origin check first (CSRF defence): 403.
        into[method] =
          method === 'get' || method === 'head'
            ? operation
            : {
                ...operation,
                responses: { ...errorResponses('ORIGIN_NOT_ALLOWED'), ...operation.responses },
              };
      }
    }
  }
  return paths as ZodOpenApiPathsObject;
};

/** The API's OpenAPI 3.1 document, generated from the zod contracts of @prepkit/shared. */
export const createOpenApiDocument = (version = '0.1.0') =>
  createDocument({
    openapi: '3.1.0',
    info: {
      title: 'prepkit API',
      version,
      description:
        'Resume + job description -> interview-preparation report. Every error body is JSON ' +
        '`{ message, code, requestId }`. Sign in with /api/auth/login: the `token` cookie, or the ' +
        'same token as `Authorization: Bearer`.',
    },
    tags: [
      { name: 'interview', description: 'The documented endpoint.' },
      { name: 'jobs', description: 'The asynchronous job contract.' },
      { name: 'reports', description: "The caller's reports." },
      { name: 'auth', description: 'Accounts and sessions.' },
      { name: 'operations', description: 'Health, metrics, this document, the queue dashboard.' },
    ],
    components: { securitySchemes: { ...SECURITY_SCHEMES } },
    paths: mergePathGroups(PATH_GROUPS),
  });

export type OpenApiDocument = ReturnType<typeof createOpenApiDocument>;
