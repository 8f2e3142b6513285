import { readFile } from 'node:fs/promises';
import { TAILORED_RESUME_QUEUE } from '@prepkit/shared';
import { Queue } from 'bullmq';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../../apps/api/test/support/resume-client.ts';
import { corpusPath, readCorpusText } from '../support/corpus.ts';
import {
  type AppPage,
  checkPage,
  expectCleanRun,
  openApp,
  signUpThroughForm,
} from './support/app-page.ts';
import { startWebStack, type WebStack } from './support/web-stack.ts';

const JD = readCorpusText('jobs/resumematcher__frontend-eng.txt');
const RESUME = corpusPath('resumes/pdf/resumematcher__barry_allen_fe.pdf');
const NAME = 'Barry Allen';
/** Generous bounds for a loaded 2-core machine: "did not hang", never a speed target. */
const JOB_TIMEOUT = 120_000;

/** Clicks a download link and waits for the browser's download of it. */
const downloadFrom = async (page: Page, linkName: string): Promise<Download> => {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: JOB_TIMEOUT }),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  return download;
};
const downloadedBytes = async (download: Download) => readFile((await download.path())!);

/** Writes a report from the corpus resume through the form; its id once its page shows. */
const writeReport = async (page: Page, base: string, title: string): Promise<string> => {
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1, name: 'New report' }).waitFor();
  await page.getByLabel('Job description').fill(JD);
  await page.getByLabel('Title').fill(title);
  await page.locator('input[type=file]').setInputFiles(RESUME);
  await page.getByText('resumematcher__barry_allen_fe.pdf').waitFor();
  await page.getByRole('button', { name: 'Write my report' }).click();
  await page.waitForURL(/\/reports\/[a-f0-9]{24}$/, { timeout: JOB_TIMEOUT });
  return page.url().split('/').pop()!;
};

/** The preview frame, once it shows the candidate's name. */
const previewShowsName = (page: Page) =>
  page
    .frameLocator('iframe[title="Tailored resume preview"]')
    .getByText(NAME)
    .first()
    .waitFor({ timeout: JOB_TIMEOUT });

describe('the tailored resume and the report exports in Chromium, offline generator', () => {
  let stack: WebStack;
  let app: AppPage;
  beforeAll(async () => {
    stack = await startWebStack();
    app = await openApp(stack.url);
    app.page.setDefaultTimeout(60_000);
  });
  afterAll(() => Promise.all([app?.close(), stack?.close()]));

  it('when a user tailors the resume of a new report, then the preview shows it, the PDF downloads with the name in it, and the report exports as Markdown and PDF', async () => {
    const { page } = app;
    const tailorPosts: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && /\/report\/[a-f0-9]{24}\/resume$/.test(req.url())) {
        tailorPosts.push(req.url());
      }
    });

    await page.goto(`${stack.url}/reports`);
    await page.waitForURL(/\/sign-in\?next=/);
    await signUpThroughForm(page);
    const reportId = await writeReport(page, stack.url, 'Frontend Engineer');

    // No tailored resume yet: the button, reached and pressed with the keyboard.
    const tailor = page.getByRole('button', { name: 'Tailor my resume' });
    await tailor.waitFor();
    await tailor.focus();
    await page.keyboard.press('Enter');

    // The job runs, then the preview: prepkit's HTML in a frame that may run nothing.
    const frame = page.locator('iframe[title="Tailored resume preview"]');
    await frame.waitFor({ timeout: JOB_TIMEOUT });
    expect(await frame.getAttribute('sandbox')).toBe('');
    await previewShowsName(page);
    expect(tailorPosts).toHaveLength(1);
    // The keyboard focus lands on the download, not lost with the button that went away.
    await expect
      .poll(() => page.evaluate('document.activeElement?.textContent?.trim()'))
      .toBe('Download PDF');
    await checkPage(app, 'report-tailored-resume');

    // Download PDF: a real PDF whose text carries the candidate's name.
    const pdfDownload = await downloadFrom(page, 'Download PDF');
    expect(pdfDownload.suggestedFilename()).toBe('Barry-Allen-Frontend-Engineer.pdf');
    const pdf = await downloadedBytes(pdfDownload);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(await extractPdfText(pdf)).toContain(NAME);
    const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const served = await app.context.request.get(`${stack.url}${pdfHref}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('application/pdf');
    expect((await served.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // Coming back to the report shows the resume without tailoring again.
    await page.reload();
    await frame.waitFor({ timeout: JOB_TIMEOUT });
    await page.getByRole('link', { name: 'Download PDF' }).waitFor();
    expect(await tailor.count()).toBe(0);
    expect(tailorPosts).toHaveLength(1);

    // The report's exports, rendered by the server.
    const md = await downloadFrom(page, 'Export Markdown');
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const markdown = (await downloadedBytes(md)).toString('utf8');
    expect(markdown).toMatch(/^# Interview preparation: Frontend Engineer/);
    expect(markdown).toContain('Technical questions');
    const reportPdf = await downloadFrom(page, 'Export PDF');
    expect(reportPdf.suggestedFilename()).toMatch(/\.pdf$/);
    const reportBytes = await downloadedBytes(reportPdf);
    expect(reportBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(await extractPdfText(reportBytes)).toContain('Frontend Engineer');
    expect(page.url()).toBe(`${stack.url}/reports/${reportId}`);
    expectCleanRun(app);
  });

  it('when the server cannot be reached as tailoring starts, then the message and a retry that works once it is back', async () => {
    const { page } = app;
    await writeReport(page, stack.url, 'Frontend Engineer again');
    const tailor = page.getByRole('button', { name: 'Tailor my resume' });
    await tailor.waitFor();

    await stack.stopApi();
    try {
      await tailor.click();
      await page.getByText('Cannot reach the prepkit server').waitFor();
    } finally {
      await stack.startApi();
    }
    // The focus waits on the retry, which the keyboard presses.
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await expect
      .poll(() => page.evaluate('document.activeElement?.textContent?.trim()'))
      .toBe('Try again');
    await page.keyboard.press('Enter');
    await previewShowsName(page);
    await expect
      .poll(() => page.evaluate('document.activeElement?.textContent?.trim()'))
      .toBe('Download PDF');
    expect(app.cspErrors, 'CSP refusals').toEqual([]);
    expect(app.pageErrors, 'uncaught page errors').toEqual([]);
  });

  it('when a waiting tailoring is cancelled, then the page says so and a new one can be started', async () => {
    const { page } = app;
    await writeReport(page, stack.url, 'Frontend Engineer, cancelled tailoring');
    // The tailoring queue is paused: its job waits, queued, to be cancelled.
    const queue = new Queue(TAILORED_RESUME_QUEUE, {
      connection: stack.api.redis,
      prefix: stack.config.queue.prefix,
    });
    await queue.pause();
    try {
      await page.getByRole('button', { name: 'Tailor my resume' }).click();
      const cancel = page.getByRole('button', { name: 'Cancel' });
      await expect.poll(() => cancel.isEnabled(), { timeout: JOB_TIMEOUT }).toBe(true);
      await cancel.click();
      await page.getByText('The tailoring was cancelled.').waitFor({ timeout: JOB_TIMEOUT });
    } finally {
      await queue.resume();
      await queue.close();
    }
    await page.getByRole('button', { name: 'Try again' }).click();
    await previewShowsName(page);
    expect(app.cspErrors, 'CSP refusals').toEqual([]);
    expect(app.pageErrors, 'uncaught page errors').toEqual([]);
  });
});
