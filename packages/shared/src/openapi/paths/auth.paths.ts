import { z } from 'zod';
import { messageResponseSchema, userResponseSchema } from '../../contracts/api-responses.schema.ts';
import { loginInputSchema, registerInputSchema } from '../../contracts/auth.schema.ts';
import {
  errorResponses,
  json,
  jsonResponse,
  type PathGroup,
  SESSION_ERRORS,
  SESSION_SECURITY,
} from '../openapi-parts.ts';

const SET_COOKIE = {
  'Set-Cookie': z.string().meta({ description: 'The session cookie `token` (HttpOnly).' }),
};

const logout = (method: 'GET' | 'POST') => ({
  tags: ['auth'],
  summary: `Log out (${method}): revokes the token and clears the cookie`,
  responses: {
    '200': jsonResponse('Logged out (also when there was no session).', messageResponseSchema),
    // A GET that a browser says another site started is refused (it would log the user out).
    ...errorResponses(
      ...(method === 'GET' ? (['CROSS_SITE_REQUEST'] as const) : []),
      'INTERNAL',
      'SERVICE_UNAVAILABLE',
    ),
  },
});

const me = {
  tags: ['auth'],
  summary: 'The signed-in user',
  security: SESSION_SECURITY,
  responses: {
    '200': jsonResponse('The user of the session.', userResponseSchema),
    ...errorResponses(...SESSION_ERRORS),
  },
};

/** /api/auth: register, login, logout, the current user. */
export const authPaths: PathGroup = {
  '/api/auth/register': {
    post: {
      tags: ['auth'],
      summary: 'Create an account and start a session',
      requestBody: { required: true, content: json(registerInputSchema) },
      responses: {
        '201': jsonResponse('Registered and signed in.', userResponseSchema, SET_COOKIE),
        ...errorResponses(
          'VALIDATION_ERROR',
          'INVALID_JSON',
          'PAYLOAD_TOO_LARGE',
          'CONFLICT',
          'RATE_LIMITED',
          'INTERNAL',
          'SERVICE_UNAVAILABLE',
        ),
      },
    },
  },
  '/api/auth/login': {
    post: {
      tags: ['auth'],
      summary: 'Start a session',
      requestBody: { required: true, content: json(loginInputSchema) },
      responses: {
        '200': jsonResponse('Signed in.', userResponseSchema, SET_COOKIE),
        ...errorResponses(
          'VALIDATION_ERROR',
          'INVALID_JSON',
          'PAYLOAD_TOO_LARGE',
          'INVALID_CREDENTIALS',
          'RATE_LIMITED',
          'INTERNAL',
          'SERVICE_UNAVAILABLE',
        ),
      },
    },
  },
  '/api/auth/logout': { post: logout('POST'), get: logout('GET') },
  '/api/auth/me': { get: me },
  '/api/auth/get-me': { get: { ...me, summary: 'The signed-in user (original client path)' } },
};
