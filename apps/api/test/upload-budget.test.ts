import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { createUploadBudget } from '../src/interview/upload-budget.ts';
import { form, pdfPart, postInterview, type Stack, startStack } from './support/interview-stack.ts';

const MiB = 1024 * 1024;

describe('the upload memory budget', () => {
  it('when a reservation does not fit, then it waits until enough is given back, first come first served', async () => {
    const budget = createUploadBudget(10 * MiB);
    const first = await budget.reserve(6 * MiB);
    const order: string[] = [];
    const noted = (name: string) => (release: () => void) => {
      order.push(name);
      return release;
    };
    const second = budget.reserve(6 * MiB).then(noted('second'));
    const third = budget.reserve(1 * MiB).then(noted('third'));
    await new Promise((r) => setTimeout(r, 20));
    // The small one fits, but does not overtake the one waiting before it.
    expect(order).toEqual([]);
    expect(budget.waiting()).toBe(2);
    first();
    first(); // a second release gives nothing back twice
    const releases = await Promise.all([second, third]);
    expect(order).toEqual(['second', 'third']);
    expect(budget.inUse()).toBe(7 * MiB);
    for (const release of releases) release();
    expect(budget.inUse()).toBe(0);
  });

  it('when one upload is larger than the whole budget, then it takes the whole budget and still runs', async () => {
    const budget = createUploadBudget(4 * MiB);
    const release = await budget.reserve(5 * MiB);
    expect(budget.inUse()).toBe(4 * MiB);
    release();
  });
});

describe('multipart files on their way in', () => {
  // This API instance's own private folder: other test runs on the machine have theirs.
  const mine = () => readdirSync(stack.api.uploadDir);
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(
      makeTestConfig({
        RESUME_MAX_BYTES: String(MiB),
        UPLOAD_MEMORY_BUDGET_BYTES: String(MiB),
        SYNC_TIMEOUT_MS: '200',
      }),
      false,
    );
  });
  afterAll(() => stack?.close());

  it('when uploads are accepted or refused (413), then no temp file is left behind', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MiB + 10, 0x20)]);
    const answers = await Promise.all([
      ...Array.from({ length: 6 }, () =>
        postInterview(
          stack,
          form(
            { jobDescription: 'Frontend engineer: React' },
            pdfPart('resumes/pdf/resumematcher__barry_allen_fe.pdf'),
          ),
        ),
      ),
      postInterview(
        stack,
        form(
          { jobDescription: 'Backend' },
          { filename: 'big.pdf', type: 'application/pdf', data: big },
        ),
      ),
    ]);
    expect(answers.slice(0, 6).map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(answers[6]!.status).toBe(413);
    expect(await stack.api.db.jobs.countStoredFiles()).toBe(6);
    // Every answer was sent after its file was removed: nothing to wait for.
    expect(mine()).toEqual([]);
  });
});
