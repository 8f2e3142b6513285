import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildZip,
  minimalDocxEntries,
} from '../../../packages/extraction/test/zip-builder.helper.ts';
import { http } from '../../../test/support/api-harness.ts';
import { waitFor } from '../../../test/support/fault-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { DOCX_MIME, form, type Stack, startStack } from '../../api/test/support/interview-stack.ts';

// One worker, one job at a time, and a short lock: a job that blocked the event loop for more
// than 2 s would lose its lock (BullMQ renews it every second) and be seen as stalled.
let stack: Stack;
const events: string[] = [];
beforeAll(async () => {
  stack = await startStack(
    makeTestConfig({
      WORKER_CONCURRENCY: '1',
      WORKER_LOCK_DURATION_MS: '2000',
      WORKER_STALLED_INTERVAL_MS: '1000',
    }),
  );
  const worker = stack.worker?.worker;
  worker?.on('stalled', (jobId) => events.push(`stalled ${jobId}`));
  worker?.on('lockRenewalFailed', (ids) => events.push(`lock renewal failed ${ids.join(',')}`));
  worker?.on('error', (err) => events.push(`error ${err.message}`));
});
afterAll(async () => {
  await stack?.close();
});

/** The hardening issue's DOCX: a summary line, then skill tokens to about 300,000 characters. */
const adversarialDocx = (): Uint8Array => {
  // A number per paragraph keeps the deflate ratio under the zip-bomb guard's limit.
  const paragraphs = [
    'Summary: backend engineer.',
    ...Array.from({ length: 290 }, (_, i) => `${'built Node.js C++ C# .NET '.repeat(40)}(${i})`),
  ];
  return buildZip(minimalDocxEntries(paragraphs));
};

const submit = async (fields: Record<string, string>, docx?: Uint8Array) => {
  const body = docx
    ? form(fields, { filename: 'resume.docx', type: DOCX_MIME, data: docx })
    : form(fields);
  const res = await http<Record<string, any>>(`${stack.api.url}/api/interview/jobs`, {
    method: 'POST',
    headers: { cookie: stack.cookie },
    body,
  });
  expect(res.status, res.text).toBe(202);
  return res.body.jobId as string;
};

const finalOf = (jobId: string) =>
  waitFor(
    () => stack.api.db.jobs.findById(jobId),
    (j) => j !== null && (j.status === 'completed' || j.status === 'failed'),
    60_000,
  );

describe('an adversarial job on a worker with one slot', () => {
  it('when a job of repeated skill tokens is followed by a small one, then both complete on their first attempt and no lock is lost', async () => {
    const heavy = await submit(
      { jobDescription: 'C++ C# .NET node.js '.repeat(2_500) },
      adversarialDocx(),
    );
    const small = await submit({
      jobDescription: 'Backend engineer: Node.js, TypeScript, PostgreSQL.',
      selfDescription: 'I build Node.js services with PostgreSQL.',
    });
    const [heavyJob, smallJob] = await Promise.all([finalOf(heavy), finalOf(small)]);
    expect(heavyJob, JSON.stringify(heavyJob?.error)).toMatchObject({
      status: 'completed',
      attempts: 1,
    });
    expect(smallJob).toMatchObject({ status: 'completed', attempts: 1 });
    expect(await stack.api.db.reports.countForJob(heavy)).toBe(1);
    expect(await stack.api.db.reports.countForJob(small)).toBe(1);
    // Let one more stalled-job check run before looking: a lost lock shows up there.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(events).toEqual([]);
  }, 90_000);
});
