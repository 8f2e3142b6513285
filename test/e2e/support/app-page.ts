import { mkdirSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../../../scripts/lib/services.ts';
import { launchChromium } from '../../support/chromium.ts';

/** Where the tests write screenshots and the axe results (git-ignored). */
export const ARTIFACTS_DIR = join(ROOT, '.artifacts');
const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots');
const AXE_LOG = join(ARTIFACTS_DIR, 'axe-results.jsonl');

export const DESKTOP = { width: 1366, height: 900 } as const;
export const PHONE = { width: 375, height: 812 } as const;

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** One browser tab on the app, recording what must never happen (CSP refusals, page errors, other hosts). */
export interface AppPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  base: string;
  /** Console errors about the Content Security Policy. */
  cspErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests to any origin but the app's. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export const openApp = async (base: string): Promise<AppPage> => {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const app: AppPage = {
    browser,
    context,
    page,
    base,
    cspErrors: [],
    pageErrors: [],
    foreignRequests: [],
    close: () => browser.close(),
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) {
      app.cspErrors.push(msg.text());
    }
  });
  page.on('pageerror', (error) => app.pageErrors.push(error.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(base) && !/^(data|blob):/.test(url)) app.foreignRequests.push(url);
  });
  return app;
};

/** axe-core on the current page: every violation (the caller asserts on the serious ones). */
export const runAxe = async (page: Page): Promise<AxeViolation[]> => {
  // Evaluated through the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`)) as AxeViolation[];
};

const horizontalOverflow = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth - window.innerWidth') as Promise<number>;

/**
 * Checks the page as a person would meet it at 1366 px and at 375 px: axe finds nothing serious
 * or critical, nothing scrolls sideways on the phone, and a screenshot of each is written.
 * Leaves the page at 1366 px.
 */
export const checkPage = async (app: AppPage, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  for (const viewport of [PHONE, DESKTOP]) {
    await app.page.setViewportSize(viewport);
    await app.page.evaluate('document.fonts.ready');
    const violations = await runAxe(app.page);
    await appendFile(
      AXE_LOG,
      `${JSON.stringify({ page: name, width: viewport.width, violations })}\n`,
    );
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking, `axe on ${name} at ${viewport.width}px`).toEqual([]);
    if (viewport === PHONE) {
      expect(
        await horizontalOverflow(app.page),
        `horizontal scroll on ${name} at 375px`,
      ).toBeLessThanOrEqual(0);
    }
    await app.page.screenshot({
      path: join(SCREENSHOTS_DIR, `${name}-${viewport.width}.png`),
      fullPage: false,
    });
  }
};

/** What must hold at the end of every browser test. */
export const expectCleanRun = (app: AppPage) => {
  expect(app.cspErrors, 'CSP refusals').toEqual([]);
  expect(app.pageErrors, 'uncaught page errors').toEqual([]);
  expect(app.foreignRequests, 'requests to other hosts').toEqual([]);
};

let counter = 0;
/** Fresh credentials for one test. */
export const newCredentials = () => {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return {
    username: `web_${tag}`,
    email: `web_${tag}@example.test`,
    password: 'correct horse battery',
  };
};

/** Signs up through the form (from wherever the app sent us) and waits to leave the page. */
export const signUpThroughForm = async (page: Page, credentials = newCredentials()) => {
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  await page.getByLabel('Username').fill(credentials.username);
  await page.getByLabel('E-mail').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-up'));
  return credentials;
};

/** The session cookie the browser holds, for checking the API directly. */
export const cookieHeader = async (context: BrowserContext): Promise<string> => {
  const token = (await context.cookies()).find((c) => c.name === 'token');
  if (!token) throw new Error('the browser holds no session cookie');
  return `token=${token.value}`;
};
