/**
 * Every error prepkit reports to a client, with its HTTP status and, where the public contract
 * fixes it, its exact message. The texts of the documented 400s/502 are part of the API contract:
 * never reword them.
 */
export const ERRORS = {
  JOB_DESCRIPTION_REQUIRED: {
    status: 400,
    message: "Job description is required (send as 'jobDescription').",
  },
  RESUME_OR_SELF_DESCRIPTION_REQUIRED: {
    status: 400,
    message: "Either a resume file (field 'resume') or 'selfDescription' is required.",
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 400,
    message: 'Unsupported resume file type. Please upload a PDF or DOCX.',
  },
  RESUME_UNREADABLE: {
    status: 400,
    message:
      "Unable to read the uploaded resume. Please upload a valid PDF/DOCX or provide 'selfDescription'.",
  },
  RESUME_EMPTY: {
    status: 400,
    message:
      "Could not extract text from the resume file. Please upload a text-based PDF/DOCX or provide 'selfDescription'.",
  },
  VALIDATION_ERROR: { status: 400, message: 'The request is invalid.' },
  INVALID_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  UNAUTHORIZED: { status: 401, message: 'Authentication required. Please log in.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Invalid email or password.' },
  FORBIDDEN: { status: 403, message: 'You are not allowed to open this page.' },
  ORIGIN_NOT_ALLOWED: { status: 403, message: 'Requests from this origin are not allowed.' },
  /** A state-changing GET that a browser says another site started (`Sec-Fetch-Site`). */
  CROSS_SITE_REQUEST: {
    status: 403,
    message: 'This request came from another site and is refused.',
  },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  CONFLICT: { status: 409, message: 'The resource already exists.' },
  JOB_FINISHED: {
    status: 409,
    message: 'The job has already finished, so it can no longer be cancelled.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The uploaded file is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'Send the request as application/json or multipart/form-data.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: 'This Idempotency-Key was already used with a different request.',
  },
  ANALYSIS_TIMEOUT: {
    status: 422,
    message:
      'The analysis of these documents took too long and was stopped. Please shorten or simplify the job description or the resume and try again.',
  },
  RATE_LIMITED: { status: 429, message: 'Too many requests. Please try again later.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  AI_FAILED: {
    status: 502,
    message: 'AI service failed to generate interview report. Please try again.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    message: 'A backing service is unavailable. Please try again shortly.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

/** The stable, machine-readable error code carried in every error body as `code`. */
export type ErrorCode = keyof typeof ERRORS;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERRORS, value);
