import { z } from 'zod';
import {
  acceptedResponseSchema,
  jobListResponseSchema,
} from '../../contracts/api-responses.schema.ts';
import { jobViewSchema } from '../../contracts/job-view.schema.ts';
import {
  errorResponses,
  ID_ROUTE_ERRORS,
  idParam,
  jsonResponse,
  LOCATION_HEADER,
  type PathGroup,
  pageQuery,
  RETRY_AFTER_HEADER,
  SESSION_ERRORS,
  SESSION_SECURITY,
} from '../openapi-parts.ts';
import { submissionBody, submissionHeaders } from './submission.ts';

const jobId = { path: idParam('jobId', 'The job id (also the id of its report).') };

/** The event names of a job's stream, in the order they can come. */
export const JOB_EVENT_NAMES = ['status', 'progress', 'completed', 'failed', 'cancelled'] as const;

const jobEvent = z
  .object({
    event: z.enum(JOB_EVENT_NAMES),
    data: jobViewSchema,
  })
  .meta({
    id: 'JobEvent',
    description:
      'One Server-Sent Event: `event: <name>` and `data: <JobView as JSON>`. First `status` ' +
      '(the current state), then `progress` on each change, then exactly one of `completed`, ' +
      '`failed` or `cancelled`, and the stream ends. `: ping` comments every SSE_HEARTBEAT_MS.',
  });

/** The asynchronous job contract. */
export const jobPaths: PathGroup = {
  '/api/interview/jobs': {
    post: {
      tags: ['jobs'],
      summary: 'Submit a report job and return at once (202)',
      security: SESSION_SECURITY,
      requestParams: { header: submissionHeaders },
      requestBody: submissionBody,
      responses: {
        '202': jsonResponse('Accepted: follow statusUrl.', acceptedResponseSchema, {
          ...LOCATION_HEADER,
          ...RETRY_AFTER_HEADER,
        }),
        ...errorResponses(
          'JOB_DESCRIPTION_REQUIRED',
          'RESUME_OR_SELF_DESCRIPTION_REQUIRED',
          'UNSUPPORTED_FILE_TYPE',
          'VALIDATION_ERROR',
          'INVALID_JSON',
          'PAYLOAD_TOO_LARGE',
          'UNSUPPORTED_MEDIA_TYPE',
          'IDEMPOTENCY_KEY_REUSED',
          ...SESSION_ERRORS,
        ),
      },
    },
    get: {
      tags: ['jobs'],
      summary: "The caller's jobs, newest first (paged)",
      security: SESSION_SECURITY,
      requestParams: { query: pageQuery },
      responses: {
        '200': jsonResponse('A page of jobs.', jobListResponseSchema),
        ...errorResponses('VALIDATION_ERROR', ...SESSION_ERRORS),
      },
    },
  },
  '/api/interview/jobs/{jobId}': {
    get: {
      tags: ['jobs'],
      summary: "A job's status (with Retry-After while it may still change)",
      security: SESSION_SECURITY,
      requestParams: jobId,
      responses: {
        '200': jsonResponse('The job.', jobViewSchema, RETRY_AFTER_HEADER),
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
    delete: {
      tags: ['jobs'],
      summary: 'Cancel a job',
      description:
        'A queued job is cancelled at once (204); a processing one stops at its next stage ' +
        'boundary (202 with the job, flagged); a finished one cannot be (409).',
      security: SESSION_SECURITY,
      requestParams: jobId,
      responses: {
        '204': { description: 'Cancelled.' },
        '202': jsonResponse('Cancel requested: the job stops at its next stage.', jobViewSchema, {
          ...RETRY_AFTER_HEADER,
        }),
        ...errorResponses(...ID_ROUTE_ERRORS, 'JOB_FINISHED', 'CONFLICT'),
      },
    },
  },
  '/api/interview/jobs/{jobId}/events': {
    get: {
      tags: ['jobs'],
      summary: "A job's progress as Server-Sent Events",
      security: SESSION_SECURITY,
      requestParams: {
        ...jobId,
        header: z.object({
          'Last-Event-ID': z
            .string()
            .optional()
            .meta({
              description:
                'Sent by a reconnecting EventSource; accepted and ignored: a reconnect starts ' +
                'again from the current state.',
            }),
        }),
      },
      responses: {
        '200': {
          description: 'The event stream (`text/event-stream`).',
          content: { 'text/event-stream': { schema: jobEvent } },
        },
        ...errorResponses(...ID_ROUTE_ERRORS),
      },
    },
  },
};
