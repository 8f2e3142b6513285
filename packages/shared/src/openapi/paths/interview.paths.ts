import { z } from 'zod';
import {
  acceptedResponseSchema,
  reportResponseSchema,
} from '../../contracts/api-responses.schema.ts';
import {
  errorResponses,
  jsonResponse,
  LOCATION_HEADER,
  type PathGroup,
  RETRY_AFTER_HEADER,
  SESSION_ERRORS,
  SESSION_SECURITY,
} from '../openapi-parts.ts';
import { submissionBody, submissionHeaders } from './submission.ts';

/** The documented endpoint: POST /api/interview/ (synchronous by default). */
export const interviewPaths: PathGroup = {
  '/api/interview/': {
    post: {
      tags: ['interview'],
      summary: 'Generate an interview report (waits for it, up to SYNC_TIMEOUT_MS)',
      description:
        'Validates in the documented order, queues the job and waits for it. With ' +
        '`Prefer: respond-async`, or when the wait outlives SYNC_TIMEOUT_MS, answers 202 with ' +
        'the job to follow instead.',
      security: SESSION_SECURITY,
      requestParams: {
        header: submissionHeaders.extend({
          Prefer: z
            .string()
            .optional()
            .meta({ description: '`respond-async`: answer 202 at once (RFC 7240).' }),
        }),
      },
      requestBody: submissionBody,
      responses: {
        '201': jsonResponse('The report, generated.', reportResponseSchema, LOCATION_HEADER),
        '202': jsonResponse(
          'Accepted: the job goes on (asked for, or the wait timed out).',
          acceptedResponseSchema,
          {
            ...LOCATION_HEADER,
            ...RETRY_AFTER_HEADER,
            'Preference-Applied': z.string().optional().meta({
              description: '`respond-async` when the Prefer header was honoured.',
            }),
          },
        ),
        ...errorResponses(
          'JOB_DESCRIPTION_REQUIRED',
          'RESUME_OR_SELF_DESCRIPTION_REQUIRED',
          'UNSUPPORTED_FILE_TYPE',
          'RESUME_UNREADABLE',
          'RESUME_EMPTY',
          'VALIDATION_ERROR',
          'INVALID_JSON',
          'CONFLICT',
          'PAYLOAD_TOO_LARGE',
          'UNSUPPORTED_MEDIA_TYPE',
          'IDEMPOTENCY_KEY_REUSED',
          'AI_FAILED',
          ...SESSION_ERRORS,
        ),
      },
    },
  },
};
