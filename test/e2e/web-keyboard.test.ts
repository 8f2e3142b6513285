import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusText } from '../support/corpus.ts';
import { type AppPage, expectCleanRun, newCredentials, openApp } from './support/app-page.ts';
import { startWebStack, type WebStack } from './support/web-stack.ts';

const JD = readCorpusText('jobs/resumematcher__backend-eng.txt').slice(0, 1_500);
const HOSTILE_TITLE = '<img src=x onerror=alert(1)> Backend <b>role</b>';

/** What has the focus: its tag, its accessible label or text, and whether an outline shows. */
const focused = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.labels?.[0]?.textContent ?? el.textContent ?? '').trim(),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  })()`) as Promise<{ tag: string; name: string; outline: boolean }>;

/** Presses Tab until the focus is on an element whose label or text starts with `name`. */
const tabTo = async (page: Page, name: string) => {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.name.startsWith(name)) return f;
  }
  throw new Error(`Tab never reached "${name}"`);
};

describe('the keyboard alone', () => {
  let stack: WebStack;
  let app: AppPage;
  beforeAll(async () => {
    stack = await startWebStack();
    app = await openApp(stack.url);
  });
  afterAll(async () => {
    await app?.close();
    await stack?.close();
  });

  it('when a user signs up and writes a report with Tab, typing and Enter only, then it works, each page takes the focus, the focus is visible and a hostile title stays text', async () => {
    const { page } = app;
    const credentials = newCredentials();
    await page.goto(`${stack.url}/sign-up`);
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    expect((await focused(page)).tag).toBe('h1'); // the new page's heading has the focus
    await tabTo(page, 'Username');
    await page.keyboard.type(credentials.username);
    await tabTo(page, 'E-mail');
    await page.keyboard.type(credentials.email);
    await tabTo(page, 'Password');
    await page.keyboard.type(credentials.password);
    const button = await tabTo(page, 'Create account');
    expect(button.outline).toBe(true);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'New report' }).waitFor();
    await expect.poll(async () => (await focused(page)).name).toBe('New report');
    await tabTo(page, 'Job description');
    await page.keyboard.insertText(JD);
    await tabTo(page, 'Title');
    await page.keyboard.type(HOSTILE_TITLE);
    await tabTo(page, 'About you');
    await page.keyboard.type('Node.js developer, five years of TypeScript and Redis.');
    const submit = await tabTo(page, 'Write my report');
    expect(submit.outline).toBe(true);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/reports\/[a-f0-9]{24}$/, { timeout: 90_000 });
    await page.getByRole('heading', { level: 2, name: 'Match' }).waitFor();
    expect((await focused(page)).tag).toBe('h1');
    // Untrusted text is shown as text: the title's markup is neither parsed nor run.
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('h1 img').count()).toBe(0);
    await tabTo(page, 'Practice mode');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toMatch(/^Practice: question 1 of/);
    await tabTo(page, 'Show the answer');
    await page.keyboard.press('Enter');
    await page.getByText('A strong answer:').waitFor();
    const task = await tabTo(
      page,
      (await page.locator('label[for="task-1-0"]').textContent())!.trim(),
    );
    expect(task.tag).toBe('input');
    await page.keyboard.press('Space');
    expect(await page.locator('#task-1-0').isChecked()).toBe(true);
    expectCleanRun(app);
  });
});
