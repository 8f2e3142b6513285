import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type RequestHandler, Router } from 'express';
import type { Logger } from 'pino';

/** Where `vite build` writes the browser app (apps/web/dist). */
export const DEFAULT_WEB_DIST_DIR = resolve(import.meta.dirname, '..', '..', '..', 'web', 'dist');

export interface WebAppOptions {
  /** The built app: index.html, assets/ (hashed names) and the files of public/. */
  distDir?: string;
  logger?: Pick<Logger, 'warn'>;
}

/**
 * The policy the app's page gets when no other middleware set one: everything from this origin
 * only (the app bundles its fonts, icons and styles and has no inline script).
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/** `/`, `/reports/abc`: paths of the app's own pages, not files and not the API. */
const isPagePath = (path: string): boolean =>
  !path.startsWith('/api/') &&
  path !== '/api' &&
  !path.startsWith('/assets/') &&
  !/\.[a-z0-9]+$/i.test(path);

/**
 * Serves the browser app from the API's origin:
 * - `GET /` and the app's own routes (a browser asking for HTML) -> index.html, `no-cache`, so a
 *   new deploy is picked up at once;
 * - `/assets/*` (content-hashed names) -> a year's immutable cache; a missing one falls through
 *   to the JSON 404;
 * - anything else (`/api/...`, a request not asking for HTML) is left to the routes after it, so
 *   an unknown `/api/...` is still a 404 JSON.
 * When the app is not built, nothing is served (and one warning is logged).
 */
export const createWebAppRoutes = (options: WebAppOptions = {}): Router => {
  const distDir = options.distDir ?? DEFAULT_WEB_DIST_DIR;
  const router = Router();
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    options.logger?.warn(
      { distDir },
      'the web app is not built: ./scripts/start builds it (or pnpm --filter @prepkit/web build)',
    );
    return router;
  }
  router.use(
    '/assets',
    express.static(join(distDir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
      fallthrough: true,
    }),
  );
  router.get('/favicon.svg', (_req, res) => {
    res.sendFile('favicon.svg', { root: distDir, maxAge: '1d' });
  });
  const sendIndex: RequestHandler = (req, res, next) => {
    const wantsHtml = (req.get('accept') ?? '').includes('text/html');
    if (!wantsHtml || !isPagePath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!res.getHeader('Content-Security-Policy')) {
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    }
    res.sendFile('index.html', { root: distDir, cacheControl: false }, (err) => {
      if (err) next(err);
    });
  };
  // A middleware, not a route: a request it passes on is still unmatched for the 404 and for
  // the metrics' route label (a `/{*path}` route would claim every unknown path).
  router.use((req, res, next) =>
    req.method === 'GET' || req.method === 'HEAD' ? sendIndex(req, res, next) : next(),
  );
  return router;
};
