import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { OpenApiDocument } from '@prepkit/shared/openapi';
import express, { Router } from 'express';

/** Where swagger-ui-dist's files are (served from node_modules: no CDN, works offline). */
const swaggerUiDir = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>prepkit API</title>
  <link rel="icon" href="/api/docs/assets/favicon-32x32.png">
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/assets/prepkit-init.js"></script>
</body>
</html>
`;

// A file of its own, not an inline script, so a strict Content-Security-Policy can allow it.
const INIT = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  withCredentials: true,
});
`;

/**
 * `GET /api/openapi.json` (the document, built once) and `GET /api/docs` (Swagger UI with its
 * assets from node_modules, and its start-up script, under /api/docs/assets).
 */
export const createOpenApiRoutes = (document: OpenApiDocument): Router => {
  const router = Router();
  const body = JSON.stringify(document);
  router.get('/api/openapi.json', (_req, res) => {
    res.type('application/json').send(body);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(PAGE);
  });
  // Static files, not API routes: swagger-ui-dist's, and the page's own start-up script.
  router.use(
    '/api/docs/assets',
    (req, res, next) => {
      if (req.method !== 'GET' || req.path !== '/prepkit-init.js') return next();
      res.type('application/javascript').send(INIT);
    },
    express.static(swaggerUiDir, { index: false, maxAge: '1d', fallthrough: true }),
  );
  return router;
};
