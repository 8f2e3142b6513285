import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response: it fits the JSON API (nothing there loads
 * anything) and the web app the API serves from its own origin, a Vite build of React: scripts,
 * styles, fonts and images from the same origin only (no inline script, no eval), `data:` for the
 * small images and fonts Vite inlines, `blob:` images for previews, fetch and EventSource to the
 * same origin, no plugins, no framing by anyone (`frame-ancestors 'none'`), forms posting only
 * to this origin.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/**
 * helmet with prepkit's choices: the CSP above, `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: DENY` (frame-ancestors for older browsers), `Referrer-Policy: no-referrer`,
 * and helmet's other defaults (HSTS, COOP/CORP same-origin...). CORP does not affect CORS reads.
 */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(CONTENT_SECURITY_POLICY).map(([name, values]) => [name, [...values]]),
      ),
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });

/**
 * `Cache-Control: no-store` on API responses: they carry accounts, tokens and resume text and
 * must not be kept by the browser or any shared cache. Routes that set their own (the event
 * stream) override it.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
