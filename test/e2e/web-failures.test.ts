import { ERRORS } from '@prepkit/shared';
import { type FakeGemini, startFakeGemini } from '@prepkit/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, registerUser } from '../support/api-harness.ts';
import { corpusPath, readCorpusText } from '../support/corpus.ts';
import { checkPage, expectCleanRun, openApp } from './support/app-page.ts';
import { startWebStack, type WebStack } from './support/web-stack.ts';

const JD = readCorpusText('jobs/resumematcher__backend-eng.txt');
const SELF = 'Backend developer: five years of Node.js, TypeScript, PostgreSQL and Redis.';

/** A browser signed in as a fresh user (registered through the API), on the new-report page. */
const signedInApp = async (stack: WebStack) => {
  const app = await openApp(stack.url);
  const { token } = await registerUser(stack.url);
  await app.context.addCookies([{ name: 'token', value: token, url: stack.url }]);
  await app.page.goto(`${stack.url}/`);
  await app.page.getByRole('heading', { level: 1, name: 'New report' }).waitFor();
  return { app, cookie: `token=${token}` };
};

describe('failures in the browser, offline generator', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack?.close());

  it('when the resume is an image-only PDF, then the documented message shows and the form comes back with every field filled in', async () => {
    const { app } = await signedInApp(stack);
    try {
      const { page } = app;
      await page.getByLabel('Job description').fill(JD);
      await page.getByLabel('Title').fill('Backend role');
      await page
        .locator('input[type=file]')
        .setInputFiles(corpusPath('hostile/pdfjs__scan-bad.pdf'));
      await page.getByRole('button', { name: 'Write my report' }).click();
      await page.waitForURL(/\/jobs\/[a-f0-9]{24}$/);
      await page.getByText(ERRORS.RESUME_EMPTY.message).waitFor({ timeout: 60_000 });
      await page.getByRole('heading', { level: 1, name: 'Report failed' }).waitFor();
      await checkPage(app, 'progress-failed');
      await page.getByRole('link', { name: 'Back to the form' }).click();
      await page.getByRole('heading', { level: 1, name: 'New report' }).waitFor();
      expect(await page.getByLabel('Job description').inputValue()).toBe(JD);
      expect(await page.getByLabel('Title').inputValue()).toBe('Backend role');
      await page.getByText('pdfjs__scan-bad.pdf').waitFor();
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  it('when the submit button is double-clicked, then one job is made (one Idempotency-Key)', async () => {
    const { app, cookie } = await signedInApp(stack);
    try {
      const { page } = app;
      const keys: string[] = [];
      page.on('request', (req) => {
        if (req.method() === 'POST' && req.url().endsWith('/api/interview/jobs')) {
          keys.push(req.headers()['idempotency-key'] ?? '');
        }
      });
      await page.getByLabel('Job description').fill(JD);
      await page.getByLabel('About you').fill(SELF);
      await page.getByRole('button', { name: 'Write my report' }).dblclick();
      await page.waitForURL(/\/(jobs|reports)\/[a-f0-9]{24}$/);
      const jobs = await http<{ jobs: unknown[] }>(`${stack.url}/api/interview/jobs`, {
        headers: { cookie },
      });
      expect(jobs.body.jobs).toHaveLength(1);
      expect(keys.length).toBeGreaterThanOrEqual(1);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      await page.waitForURL(/\/reports\/[a-f0-9]{24}$/, { timeout: 90_000 });
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});

describe('failures in the browser, fake Gemini with latency', () => {
  let fake: FakeGemini;
  let stack: WebStack;
  beforeAll(async () => {
    fake = await startFakeGemini({ latencyMs: 6_000 });
    stack = await startWebStack({ ...fake.env(), AI_PROVIDER: 'gemini' });
  });
  afterAll(async () => {
    await stack?.close();
    await fake?.close();
  });

  it('when a running job is cancelled, then it ends as cancelled and the form is one click away', async () => {
    const { app } = await signedInApp(stack);
    try {
      const { page } = app;
      const calls = fake.calls;
      fake.setLatency(20_000); // long enough to look at the page and cancel
      await page.getByLabel('Job description').fill(JD);
      await page.getByLabel('About you').fill(SELF);
      await page.getByRole('button', { name: 'Write my report' }).click();
      await page.waitForURL(/\/jobs\/[a-f0-9]{24}$/);
      await fake.waitForCalls(calls + 1, 60_000);
      await page.getByRole('heading', { level: 1, name: 'Writing your report' }).waitFor();
      await checkPage(app, 'progress');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Report cancelled' })
        .waitFor({ timeout: 60_000 });
      const jobId = page.url().split('/').pop()!;
      const job = await http<{ status: string }>(`${stack.url}/api/interview/jobs/${jobId}`, {
        headers: { cookie: `token=${(await app.context.cookies())[0]!.value}` },
      });
      expect(job.body.status).toBe('cancelled');
      await page.getByRole('link', { name: 'Back to the form' }).waitFor();
      expectCleanRun(app);
    } finally {
      fake.setLatency(6_000);
      await app.close();
    }
  });

  it('when the server stops before a submission and mid-job, then the page says so, keeps the input, and recovers after the restart', async () => {
    const { app } = await signedInApp(stack);
    try {
      const { page } = app;
      await page.getByLabel('Job description').fill(JD);
      await page.getByLabel('About you').fill(SELF);
      // Down before the submission: a clear message, nothing lost.
      await stack.stopApi();
      await page.getByRole('button', { name: 'Write my report' }).click();
      await page.getByText(/Cannot reach the prepkit server/).waitFor();
      expect(await page.getByLabel('Job description').inputValue()).toBe(JD);
      expect(await page.getByLabel('About you').inputValue()).toBe(SELF);
      await stack.startApi();
      // Back: the same submission goes through.
      const calls = fake.calls;
      await page.getByRole('button', { name: 'Write my report' }).click();
      await page.waitForURL(/\/jobs\/[a-f0-9]{24}$/);
      await fake.waitForCalls(calls + 1, 60_000);
      // Down mid-job: the page says the connection is lost; the worker goes on.
      await stack.stopApi();
      await page.getByText(/The connection to the server was lost/).waitFor({ timeout: 30_000 });
      await stack.startApi();
      await page.waitForURL(/\/reports\/[a-f0-9]{24}$/, { timeout: 90_000 });
      await page.getByRole('heading', { level: 2, name: 'Match' }).waitFor();
      expect(app.pageErrors).toEqual([]);
      expect(app.cspErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
