import type { RequestHandler } from 'express';

/** Methods the API serves to browser clients (the answer to a preflight). */
export const CORS_ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
/** Request headers a browser client may send cross-origin. */
export const CORS_ALLOWED_HEADERS =
  'content-type, authorization, idempotency-key, prefer, last-event-id, x-request-id';
/** Response headers a cross-origin client may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = 'Location, Retry-After, Preference-Applied, x-request-id';

export interface CorsOptions {
  /** Exact origins (as browsers serialize them) allowed to call with credentials. */
  allowedOrigins: readonly string[];
  /** How long a browser may cache a preflight answer (`Access-Control-Max-Age`). */
  maxAgeSeconds?: number;
}

/**
 * CORS with credentials for an allowlist of origins. An allowed `Origin` gets itself back in
 * `Access-Control-Allow-Origin` (never `*`) with `Access-Control-Allow-Credentials: true`; any
 * other origin gets no CORS header, so the browser keeps the response from the page. Every
 * response says `Vary: Origin`. `OPTIONS` on any path is answered here with 204, before
 * authentication and routing: with the preflight headers for an allowed origin, bare otherwise.
 * Whether a disallowed origin may change anything is the Origin check's business.
 */
export const corsMiddleware = (options: CorsOptions): RequestHandler => {
  const allowed = new Set(options.allowedOrigins);
  const maxAge = String(options.maxAgeSeconds ?? 600);
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.headers.origin;
    const isAllowed = origin !== undefined && allowed.has(origin);
    if (isAllowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
    }
    if (req.method !== 'OPTIONS') {
      if (isAllowed) res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS);
      next();
      return;
    }
    res.setHeader('Allow', CORS_ALLOWED_METHODS);
    if (isAllowed && req.headers['access-control-request-method'] !== undefined) {
      res.setHeader('Access-Control-Allow-Methods', CORS_ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', maxAge);
    }
    res.status(204).end();
  };
};
