import { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { errorBodySchema } from '../contracts/api-responses.schema.ts';
import { ERRORS, type ErrorCode } from '../errors/error-codes.ts';

/** Both ways to send the session: the `token` cookie or `Authorization: Bearer`. */
export const SESSION_SECURITY: ZodOpenApiOperationObject['security'] = [
  { cookieAuth: [] },
  { bearerAuth: [] },
];

export const SECURITY_SCHEMES = {
  cookieAuth: {
    type: 'apiKey',
    in: 'cookie',
    name: 'token',
    description: 'The session cookie set by register and login (HttpOnly, SameSite=Lax).',
  },
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The same token as the cookie, for clients that do not keep cookies.',
  },
  metricsToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'METRICS_TOKEN, when the operator set one.',
  },
} as const;

/** `{ 'application/json': { schema } }` */
export const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

/** Response headers: name -> schema (with its description in `.meta`). */
export type HeaderShape = Record<string, z.ZodType>;

/** A JSON response, with its headers. */
export const jsonResponse = (
  description: string,
  schema: z.ZodType,
  headers?: HeaderShape,
): ZodOpenApiResponseObject => ({
  description,
  content: json(schema),
  ...(headers ? { headers: z.object(headers) } : {}),
});

/**
 * The error responses of an operation: for each status, the codes it can answer with and their
 * documented messages (the exact texts of the public contract).
 */
export const errorResponses = (...codes: ErrorCode[]): Record<string, ZodOpenApiResponseObject> => {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      jsonResponse(
        list.map((c) => `\`${c}\`: ${ERRORS[c].message}`).join('\n\n'),
        errorBodySchema,
        status === 429 || status === 503
          ? { 'Retry-After': z.string().optional().meta({ description: 'Seconds to wait.' }) }
          : undefined,
      ),
    ]),
  );
};

/** Errors any route behind the session can answer with. */
export const SESSION_ERRORS: ErrorCode[] = ['UNAUTHORIZED', 'INTERNAL', 'SERVICE_UNAVAILABLE'];

/**
 * Errors of a route with an id in its path: a path that is not valid percent-encoding is a 400,
 * another user's, a malformed or a missing id the same 404.
 */
export const ID_ROUTE_ERRORS: ErrorCode[] = ['VALIDATION_ERROR', 'NOT_FOUND', ...SESSION_ERRORS];

/** A 24-hex id in the path. */
export const idParam = (name: string, description: string) =>
  z.object({ [name]: z.string().meta({ description, example: '665f1c2b9d3e4a0012345678' }) });

/** `Location` of the created or accepted resource. */
export const LOCATION_HEADER: HeaderShape = {
  Location: z.string().meta({ description: 'The URL of the job (202) or report (201).' }),
};
/** `Retry-After`: seconds before polling again. */
export const RETRY_AFTER_HEADER: HeaderShape = {
  'Retry-After': z
    .string()
    .optional()
    .meta({ description: 'Seconds to wait before polling again (while the job may change).' }),
};

/** `limit` and `cursor` of the list endpoints. */
export const pageQuery = z.object({
  limit: z
    .string()
    .optional()
    .meta({ description: 'Page size, 1 to 100 (default 20).', example: '20' }),
  cursor: z
    .string()
    .optional()
    .meta({ description: "The previous page's `nextCursor`, passed back unchanged." }),
});

/** A group of routes: OpenAPI paths, merged into the document with the other groups. */
export type PathGroup = Record<string, Record<string, ZodOpenApiOperationObject>>;
