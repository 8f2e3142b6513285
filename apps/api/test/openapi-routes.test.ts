import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startTestApi, type TestApi } from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  rawPath?: unknown;
  handle: { stack?: Layer[] };
}

/** Mounts served by a library's own router: listed as the one page documented for them. */
const OPAQUE_MOUNTS = new Set(['/admin/queues']);

/** `METHOD /path/{param}` of every route the express app serves (its router tree, walked). */
const listRoutes = (stack: Layer[], prefix = ''): string[] =>
  stack.flatMap((layer) => {
    if (layer.route) {
      const path = `${prefix}${layer.route.path}`.replace(/:(\w+)/g, '{$1}');
      return Object.keys(layer.route.methods)
        .filter((m) => m !== '_all')
        .map((m) => `${m.toUpperCase()} ${path}`);
    }
    if (!layer.handle.stack) return [];
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    if (OPAQUE_MOUNTS.has(`${prefix}${mount}`)) return [`GET ${prefix}${mount}`];
    return listRoutes(layer.handle.stack, `${prefix}${mount}`);
  });

describe('the OpenAPI document against the running API', () => {
  let api: TestApi;
  let doc: { paths: Record<string, Record<string, unknown>> };
  beforeAll(async () => {
    api = await startTestApi(makeTestConfig());
    const res = await http<typeof doc>(`${api.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    doc = res.body;
  });
  afterAll(() => api?.close());

  it('when the express routes are listed, then each is in the document and the document has no other', () => {
    const app = api.server.listeners('request')[0] as Express & { router: { stack: Layer[] } };
    // The web app's favicon is a static file, not an API route.
    const served = [...new Set(listRoutes(app.router.stack))]
      .filter((r) => r !== 'GET /favicon.svg')
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(served).toEqual(documented);
    expect(documented.length).toBeGreaterThan(15);
  });

  it('when /api/docs is opened, then the page and its assets come from this server (no CDN)', async () => {
    const page = await fetch(`${api.url}/api/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) {
      expect(source.startsWith('/api/docs/')).toBe(true);
      const asset = await fetch(`${api.url}${source}`);
      expect(asset.status, source).toBe(200);
      await asset.arrayBuffer();
    }
  });
});
