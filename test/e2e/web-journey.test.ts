import { readFile } from 'node:fs/promises';
import { type FakeGemini, startFakeGemini } from '@prepkit/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../support/api-harness.ts';
import { corpusPath, readCorpusText } from '../support/corpus.ts';
import {
  type AppPage,
  checkPage,
  cookieHeader,
  expectCleanRun,
  openApp,
  signUpThroughForm,
} from './support/app-page.ts';
import { startWebStack, type WebStack } from './support/web-stack.ts';

const JD = readCorpusText('jobs/resumematcher__frontend-eng.txt');
const RESUME = corpusPath('resumes/pdf/resumematcher__barry_allen_fe.pdf');

describe.each([
  { generator: 'local', capture: true },
  { generator: 'gemini', capture: false },
])('the main journey in Chromium with the $generator generator', ({ generator, capture }) => {
  let fake: FakeGemini | null = null;
  let stack: WebStack;
  let app: AppPage;
  beforeAll(async () => {
    fake = generator === 'gemini' ? await startFakeGemini() : null;
    stack = await startWebStack(fake ? { ...fake.env(), AI_PROVIDER: 'gemini' } : {});
    app = await openApp(stack.url);
  });
  afterAll(async () => {
    await app?.close();
    await stack?.close();
    await fake?.close();
  });
  const check = (name: string) => (capture ? checkPage(app, name) : Promise.resolve());

  it('when a new user signs up, writes a report from a PDF, practises, ticks the plan, finds it in the history, deletes it and signs out, then every step works', async () => {
    const { page } = app;
    // Signed out: sent to sign-in, and back to where they were going afterwards.
    await page.goto(`${stack.url}/reports`);
    await page.waitForURL(/\/sign-in\?next=%2Freports$/);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await check('sign-in');
    await signUpThroughForm(page);
    await page.waitForURL(`${stack.url}/reports`);
    await page.getByText('No reports yet.').waitFor();
    await check('history-empty');

    // New report: paste the JD, attach the PDF.
    await page.getByRole('link', { name: 'Write your first report' }).click();
    await page.getByRole('heading', { level: 1, name: 'New report' }).waitFor();
    await page.getByLabel('Job description').fill(JD);
    await expect
      .poll(() =>
        page
          .getByText(/\/ 50,000 characters/)
          .first()
          .textContent(),
      )
      .toContain(JD.length.toLocaleString('en'));
    await page.getByLabel('Title').fill('Frontend Engineer');
    await page.locator('input[type=file]').setInputFiles(RESUME);
    await page.getByText('resumematcher__barry_allen_fe.pdf').waitFor();
    await check('new-report');
    await page.getByRole('button', { name: 'Write my report' }).click();

    // Live progress, then the report.
    await page.waitForURL(/\/jobs\/[a-f0-9]{24}$/);
    await page.waitForURL(/\/reports\/[a-f0-9]{24}$/, { timeout: 90_000 });
    const reportId = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 2, name: 'Match' }).waitFor();
    await expect.poll(() => page.locator('.score-value').textContent()).toMatch(/^\d{1,3}$/);
    await page.getByRole('heading', { name: 'Technical questions' }).waitFor();
    await page.getByRole('heading', { name: 'Behavioral questions' }).waitFor();
    await page.getByRole('heading', { name: 'Preparation plan' }).waitFor();
    if (generator === 'local') {
      await page.getByText('Matched skills and the evidence from your resume').waitFor();
      expect(await page.locator('blockquote.evidence').count()).toBeGreaterThan(0);
      await page.getByText('the offline analyzer').waitFor();
    } else {
      await page
        .getByText(/Gemini \(/)
        .first()
        .waitFor();
    }
    await check('report');

    // Practice mode: one question at a time, the answer on demand.
    await page.getByRole('button', { name: 'Practice mode' }).click();
    await page.getByRole('heading', { name: /Practice: question 1 of \d+/ }).waitFor();
    await expect.poll(() => page.getByText('A strong answer:').count()).toBe(0);
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await page.getByText('A strong answer:').waitFor();
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('heading', { name: /Practice: question 2 of \d+/ }).waitFor();
    if (capture) await checkPage(app, 'practice');
    await page.getByRole('button', { name: 'End practice' }).first().click();

    // The plan: a tick survives a reload.
    const firstTask = page.locator('#task-1-0');
    await firstTask.check();
    await page.reload();
    await page.getByRole('heading', { name: 'Preparation plan' }).waitFor();
    expect(await page.locator('#task-1-0').isChecked()).toBe(true);
    await page
      .getByText(/\(1 of \d+ done\)/)
      .first()
      .waitFor();

    // Markdown export, as the server renders it (the exports have their own test).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('## Preparation plan');

    // History lists it; open it from there.
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your reports' }).waitFor();
    const entry = page.locator(`a[href="/reports/${reportId}"]`);
    await entry.waitFor();
    await check('history');
    await entry.click();
    await page.waitForURL(`${stack.url}/reports/${reportId}`);
    await page.getByRole('heading', { level: 2, name: 'Match' }).waitFor();

    // Delete, with confirmation; the API no longer has it.
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'Delete report' }).click();
    await page.waitForURL(`${stack.url}/reports`);
    await page.getByText(/^Deleted "/).waitFor();
    const cookie = await cookieHeader(app.context);
    const gone = await http(`${stack.url}/api/interview/report/${reportId}`, {
      headers: { cookie },
    });
    expect(gone.status).toBe(404);

    // Sign out: the session ends, protected pages send to sign-in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in(\?|$)/);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const after = await http(`${stack.url}/api/auth/me`, { headers: { cookie } });
    expect(after.status).toBe(401);
    await page.goto(`${stack.url}/reports/${reportId}`);
    await page.waitForURL(/\/sign-in\?next=/);
    expectCleanRun(app);
  });
});
