import { AppError } from '@prepkit/shared';
import type { Request, RequestHandler } from 'express';

/** Methods that change nothing: never checked. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const BEARER = /^Bearer\s+\S+/i;

export interface OriginCheckOptions {
  /** Origins allowed besides the API's own (CORS_ORIGINS). */
  allowedOrigins: readonly string[];
}

/** The API's own origin as the browser addressed it (proxy headers count only when trusted). */
const ownOrigin = (req: Request): string => `${req.protocol}://${req.host}`.toLowerCase();

/**
 * CSRF defence that does not rely on SameSite alone: a state-changing request (POST, DELETE...)
 * sent by a browser page whose `Origin` is neither the API's own origin nor an allowed one is
 * refused with 403 ORIGIN_NOT_ALLOWED before any route runs, so nothing is stored. A page on
 * another port of the same site gets the Lax cookie sent along, and a multipart form needs no
 * preflight: this check is what stops it. Requests without `Origin` (curl, servers) and those
 * carrying `Authorization: Bearer` (which a page cannot add without a preflight) pass. The
 * browser's own `Sec-Fetch-Site: same-origin` also counts as the API's origin, so a same-origin
 * deployment behind a proxy that rewrites Host or the scheme keeps working.
 */
export const originCheckMiddleware = (options: OriginCheckOptions): RequestHandler => {
  const allowed = new Set(options.allowedOrigins);
  return (req, _res, next) => {
    const origin = req.headers.origin;
    if (
      SAFE_METHODS.has(req.method) ||
      origin === undefined ||
      allowed.has(origin) ||
      req.headers['sec-fetch-site'] === 'same-origin' ||
      BEARER.test(req.headers.authorization ?? '') ||
      origin.toLowerCase() === ownOrigin(req)
    ) {
      next();
      return;
    }
    req.log?.warn({ origin, method: req.method }, 'request refused: origin not allowed');
    throw new AppError('ORIGIN_NOT_ALLOWED');
  };
};
