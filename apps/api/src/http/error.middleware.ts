import { AppError, isAppError } from '@prepkit/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { isServiceDownError } from './service-errors.ts';

/** Turns anything thrown into an AppError: the single place where errors get a status. */
export const toAppError = (error: unknown): AppError => {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) {
    return new AppError('VALIDATION_ERROR', {
      message: error.issues[0]?.message ?? 'The request is invalid.',
      details: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const type = (error as { type?: string }).type;
  if (type === 'entity.parse.failed') return new AppError('INVALID_JSON', { cause: error });
  if (type === 'entity.too.large') {
    const limit = (error as { limit?: unknown }).limit;
    return new AppError('PAYLOAD_TOO_LARGE', {
      message:
        typeof limit === 'number'
          ? `The request body is too large (at most ${limit} bytes).`
          : 'The request body is too large.',
      cause: error,
    });
  }
  // The router could not percent-decode a route parameter (e.g. `/jobs/%ff`): the client's fault.
  if (error instanceof URIError && (error as { status?: unknown }).status === 400) {
    return new AppError('VALIDATION_ERROR', {
      message: 'The URL is not valid percent-encoding.',
      cause: error,
    });
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new AppError('VALIDATION_ERROR', { message: 'Unsupported body encoding.' });
  }
  if (isServiceDownError(error)) return new AppError('SERVICE_UNAVAILABLE', { cause: error });
  return new AppError('INTERNAL', { cause: error });
};

/** The one error middleware: every error leaves as JSON `{ message, code, requestId }`. */
export const errorMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    req.log?.error({ err: appError.cause ?? error, code: appError.code }, 'request failed');
  } else {
    req.log?.info({ code: appError.code }, appError.message);
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const [name, value] of Object.entries(appError.headers)) res.setHeader(name, value);
  res.status(appError.status).json({
    message: appError.message,
    code: appError.code,
    requestId: req.id,
    ...(appError.details === undefined ? {} : { details: appError.details }),
  });
};

/** Unknown routes: a JSON 404, never express's HTML page. */
export const notFoundMiddleware: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', { message: `No route for ${req.method} ${req.path}.` }));
};
