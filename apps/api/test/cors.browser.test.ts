import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startTestApi, type TestApi } from '../../../test/support/api-harness.ts';
import { launchChromium } from '../../../test/support/chromium.ts';
import { readCorpus, readCorpusText } from '../../../test/support/corpus.ts';
import { type StaticSite, serveStatic } from '../../../test/support/static-site.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { startTestWorker } from '../../../test/support/worker-harness.ts';
import type { WorkerRuntime } from '../../worker/src/runtime.ts';

type Json = Record<string, any>;
const asset = (name: string) =>
  readFileSync(new URL(`./support/browser-client/${name}`, import.meta.url));
/** The web client: its page, its script, and a corpus resume to upload. */
const CLIENT_FILES = {
  '/': { type: 'text/html; charset=utf-8', body: asset('index.html') },
  '/client.js': { type: 'text/javascript; charset=utf-8', body: asset('client.js') },
  '/favicon.ico': { type: 'image/x-icon', body: new Uint8Array() },
  '/resume.pdf': {
    type: 'application/pdf',
    body: readCorpus('resumes/pdf/resumematcher__barry_allen_fe.pdf'),
  },
};
// Its first line names the position: sent without a title, the report and the list carry that.
const JOB_DESCRIPTION = readCorpusText('jobs/resumematcher__job_desc_front_end_engineer.txt');

let listed: StaticSite;
let unlisted: StaticSite;
let api: TestApi;
let worker: WorkerRuntime;
let browser: Browser;

beforeAll(async () => {
  // Two copies of the client on two loopback ports: one listed in CORS_ORIGINS, one not. Both
  // are the same site as the API (127.0.0.1), so the SameSite=Lax cookie goes to the API from both.
  [listed, unlisted] = await Promise.all([serveStatic(CLIENT_FILES), serveStatic(CLIENT_FILES)]);
  const config = makeTestConfig({ CORS_ORIGINS: listed.url });
  api = await startTestApi(config);
  worker = await startTestWorker(config);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await worker?.close(1_000);
  await api?.close();
  await Promise.all([listed?.close(), unlisted?.close()]);
});

/** A fresh browser profile (its own cookies) with the client opened from `site`. */
const openClient = async (
  site: StaticSite,
  context?: BrowserContext,
): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[] }> => {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${site.url}/?api=${encodeURIComponent(api.url)}`);
  return { context: ctx, page, consoleErrors };
};

/** Calls `window.prepkit[method](arg)` in the page and returns what it resolves with. */
const client = <T = Json>(page: Page, method: string, arg?: unknown): Promise<T> =>
  page.evaluate(([name, value]) => (globalThis as any).prepkit[name as string](value), [
    method,
    arg,
  ] as const);

let counter = 0;
const newCredentials = () => {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}`;
  return {
    username: `browser_${tag}`,
    email: `browser_${tag}@example.test`,
    password: 'correct horse battery',
  };
};

describe('a web client on an origin listed in CORS_ORIGINS (real Chromium)', () => {
  it('when it registers, logs in, submits a PDF, follows the job, reads, lists and logs out, then every step works with the cookie', async () => {
    const { context, page, consoleErrors } = await openClient(listed);
    const credentials = newCredentials();
    const registered = await client<Json>(page, 'register', credentials);
    expect(registered.status).toBe(201);
    const [cookie] = await context.cookies(api.url);
    expect(cookie).toMatchObject({ name: 'token', httpOnly: true, sameSite: 'Lax' });

    const loggedIn = await client<Json>(page, 'login', {
      email: credentials.email,
      password: credentials.password,
    });
    expect(loggedIn.status).toBe(200);
    const me = await client<Json>(page, 'getMe');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ username: credentials.username });
    expect(me.requestId).toEqual(expect.any(String));

    const submitted = await client<Json>(page, 'submitReport', {
      jobDescription: JOB_DESCRIPTION,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
    const { jobId } = submitted.body;
    // Exposed headers are readable cross-origin.
    expect(submitted.location).toBe(`/api/interview/jobs/${jobId}`);
    expect(submitted.preferenceApplied).toBe('respond-async');
    expect(submitted.retryAfter).toEqual(expect.any(String));

    const events = await client<Json[]>(page, 'followJob', jobId);
    expect(events.at(-1)).toMatchObject({ type: 'completed', data: { status: 'completed' } });
    const reportId = events.at(-1)!.data.reportId;

    const report = await client<Json>(page, 'readReport', reportId);
    expect(report.status).toBe(200);
    expect(report.body.interviewReport).toMatchObject({
      _id: reportId,
      title: 'Front End Engineer',
      matchScore: expect.any(Number),
    });
    expect(report.body.interviewReport.resume.length).toBeGreaterThan(100);

    const list = await client<Json>(page, 'listReports');
    expect(list.status).toBe(200);
    expect(list.body.interviewReports).toEqual([
      expect.objectContaining({ _id: reportId, title: 'Front End Engineer' }),
    ]);

    const out = await client<Json>(page, 'logout');
    expect(out.status).toBe(200);
    expect(await context.cookies(api.url)).toEqual([]);
    expect((await client<Json>(page, 'getMe')).status).toBe(401);
    expect(consoleErrors.filter((e) => /CORS|blocked/i.test(e))).toEqual([]);
    await context.close();
  });
});

describe('the same client on an origin NOT listed (real Chromium)', () => {
  it('when it calls the API, then the browser blocks every response (CORS error) and its register never lands', async () => {
    const { context, page, consoleErrors } = await openClient(unlisted);
    const credentials = newCredentials();
    const failures = await page.evaluate(async (creds) => {
      const client = (globalThis as any).prepkit;
      const outcomes: string[] = [];
      for (const attempt of [() => client.getMe(), () => client.register(creds)]) {
        outcomes.push(
          await attempt().then(
            (r: { status: number }) => `read ${r.status}`,
            (e: Error) => `${e.name}: ${e.message}`,
          ),
        );
      }
      return outcomes;
    }, credentials);
    expect(failures).toEqual(['TypeError: Failed to fetch', 'TypeError: Failed to fetch']);
    expect(consoleErrors.join('\n')).toMatch(/blocked by CORS policy/);
    // The JSON register needed a preflight, which got no CORS answer: the POST was never sent.
    const login = await http(`${api.url}/api/auth/login`, {
      method: 'POST',
      json: { email: credentials.email, password: credentials.password },
    });
    expect(login.status).toBe(401);
    await context.close();
  });

  it('when it posts a multipart form with the logged-in user cookie (no preflight), then 403 ORIGIN_NOT_ALLOWED and nothing is stored', async () => {
    // Log in from the listed client: the cookie (host 127.0.0.1) now goes to the API from any
    // page of the same site, the unlisted port included.
    const good = await openClient(listed);
    const credentials = newCredentials();
    await good.page.evaluate((c) => (globalThis as any).prepkit.register(c), credentials);
    const [token] = await good.context.cookies(api.url);
    expect(token?.name).toBe('token');
    const bearer = { authorization: `Bearer ${token!.value}` };
    const jobsBefore = await http<Json>(`${api.url}/api/interview/jobs`, { headers: bearer });
    expect(jobsBefore.body.jobs).toEqual([]);

    const { page } = await openClient(unlisted, good.context);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${api.url}/api/interview/`),
      page.evaluate((fields) => (globalThis as any).prepkit.postForm(fields), {
        jobDescription: JOB_DESCRIPTION,
        selfDescription: 'React developer, five years.',
      }),
    ]);
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
    const sent = await response.request().allHeaders();
    expect(sent.cookie).toContain('token=');
    expect(sent.origin).toBe(unlisted.url);

    const jobsAfter = await http<Json>(`${api.url}/api/interview/jobs`, { headers: bearer });
    expect(jobsAfter.body.jobs).toEqual([]);
    const reports = await http<Json>(`${api.url}/api/interview/`, { headers: bearer });
    expect(reports.body.interviewReports).toEqual([]);
    await good.context.close();
  });
});
