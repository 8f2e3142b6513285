import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startTestApi, type TestApi } from '../../../test/support/api-harness.ts';
import { launchChromium } from '../../../test/support/chromium.ts';
import { type StaticSite, serveStatic } from '../../../test/support/static-site.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';

/** A 1x1 PNG, as Vite inlines small images (a data: URL). */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** What `vite build` emits for a React app: an index page, a module entry, a stylesheet. */
const viteLikeBuild = (csp: string) => ({
  '/': {
    type: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': csp },
    body: `<!doctype html><html><head><meta charset="utf-8">
<script type="module" crossorigin src="/assets/index-abc123.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-def456.css">
</head><body><div id="root"></div><img id="logo" src="${PIXEL}">
<script>window.inlineScriptRan = true;</script>
<button id="attr" onclick="window.inlineHandlerRan = true">x</button>
</body></html>`,
  },
  '/assets/index-abc123.js': {
    type: 'text/javascript',
    body: `const { answer } = await import('/assets/chunk-789.js');
const res = await fetch('/assets/data.json');
window.appState = { answer, data: (await res.json()).ok, root: !!document.getElementById('root') };
document.getElementById('attr').click();
try { new Function('return 1')(); window.evalRan = true; } catch { window.evalRan = false; }`,
  },
  '/assets/chunk-789.js': { type: 'text/javascript', body: 'export const answer = 42;' },
  '/assets/index-def456.css': { type: 'text/css', body: '#root { width: 123px; }' },
  '/assets/data.json': { type: 'application/json', body: '{"ok":true}' },
});

let api: TestApi;
let site: StaticSite;
let browser: Browser;
let csp: string;
beforeAll(async () => {
  api = await startTestApi(makeTestConfig());
  // The policy exactly as the API sends it.
  csp = (await http(`${api.url}/healthz`)).headers.get('content-security-policy') ?? '';
  site = await serveStatic(viteLikeBuild(csp));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
});

describe("the API's Content-Security-Policy on a Vite-built React app of the same origin (real Chromium)", () => {
  it('when the app loads, then its module scripts, chunks, styles, data: images and same-origin fetch work, and inline script, inline handlers and eval are blocked', async () => {
    expect(csp).toContain("default-src 'self'");
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) {
        violations.push(m.text());
      }
    });
    await page.goto(site.url);
    await page.waitForFunction(() => (globalThis as any).appState !== undefined, undefined, {
      timeout: 30_000,
    });
    const state = await page.evaluate(() => {
      const g = globalThis as any;
      const doc = g.document;
      return {
        app: g.appState,
        inlineScriptRan: g.inlineScriptRan ?? false,
        inlineHandlerRan: g.inlineHandlerRan ?? false,
        evalRan: g.evalRan,
        rootWidth: g.getComputedStyle(doc.getElementById('root')).width,
        logoLoaded: doc.getElementById('logo').naturalWidth,
      };
    });
    expect(state).toEqual({
      app: { answer: 42, data: true, root: true },
      inlineScriptRan: false,
      inlineHandlerRan: false,
      evalRan: false,
      rootWidth: '123px',
      logoLoaded: 1,
    });
    expect(violations.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
