import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpUnchecked } from '../../../test/support/api-harness.ts';
import { errorMiddleware, notFoundMiddleware } from '../src/http/error.middleware.ts';
import { createWebAppRoutes } from '../src/web/web-app.routes.ts';

const INDEX = '<!doctype html><html lang="en"><title>prepkit</title><div id="root"></div></html>';
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/** The static routes as app.ts mounts them: before the JSON 404. */
const listen = async (distDir: string) => {
  const app = express();
  app.get('/api/known', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(createWebAppRoutes({ distDir }));
  app.use(notFoundMiddleware);
  app.use(errorMiddleware);
  const server = await new Promise<Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};

describe('the web app served by the API', () => {
  let dist: string;
  let built: { server: Server; url: string };
  let unbuilt: { server: Server; url: string };
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'prepkit-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    built = await listen(dist);
    unbuilt = await listen(join(dist, 'missing'));
  });
  afterAll(() => {
    built?.server.close();
    unbuilt?.server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('when a browser asks for / or a page of the app, then index.html, not cached, with a self-only CSP', async () => {
    for (const path of [
      '/',
      '/reports',
      '/reports/6650c0ffee0123456789abcd',
      '/sign-in?next=%2F',
    ]) {
      const res = await httpUnchecked(`${built.url}${path}`, { headers: HTML });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
      expect(res.text).toBe(INDEX);
    }
  });

  it('when a hashed asset is asked for, then a year of immutable cache; a missing one is the JSON 404', async () => {
    const res = await httpUnchecked(`${built.url}/assets/index-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await httpUnchecked(`${built.url}/assets/index-nope.js`, { headers: HTML });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('when an /api path is unknown, even from a browser, then it stays a 404 JSON; known ones are untouched', async () => {
    const unknown = await httpUnchecked(`${built.url}/api/nope`, { headers: HTML });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    const known = await httpUnchecked(`${built.url}/api/known`, { headers: HTML });
    expect(known.body).toEqual({ ok: true });
  });

  it('when a client does not ask for HTML, or asks for a file, then the JSON 404 as before', async () => {
    expect((await httpUnchecked(`${built.url}/nope`)).status).toBe(404);
    expect((await httpUnchecked(`${built.url}/nope`)).body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await httpUnchecked(`${built.url}/robots.txt`, { headers: HTML })).status).toBe(404);
    expect((await httpUnchecked(`${built.url}/favicon.svg`)).status).toBe(200);
  });

  it('when the app is not built, then nothing is served and / is the JSON 404', async () => {
    const res = await httpUnchecked(`${unbuilt.url}/`, { headers: HTML });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
  });
});
