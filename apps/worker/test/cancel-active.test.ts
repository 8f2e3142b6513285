import { type FakeGemini, reply, startFakeGemini } from '@prepkit/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../../test/support/api-harness.ts';
import { waitFor } from '../../../test/support/fault-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import {
  form,
  holdsFile,
  pdfPart,
  type Stack,
  startStack,
} from '../../api/test/support/interview-stack.ts';

let fake: FakeGemini;
let stack: Stack;
beforeAll(async () => {
  fake = await startFakeGemini();
  stack = await startStack(
    makeTestConfig({ ...fake.env(), AI_MAX_ATTEMPTS: '3', AI_BACKOFF_MS: '300' }),
  );
});
afterEach(() => fake.reset());
afterAll(async () => {
  await stack?.close();
  await fake?.close();
});

const JD = 'Backend engineer: Node.js, TypeScript, PostgreSQL.';
const submit = async () => {
  const res = await http<Record<string, any>>(`${stack.api.url}/api/interview/jobs`, {
    method: 'POST',
    headers: { cookie: stack.cookie },
    body: form({ jobDescription: JD }, pdfPart('resumes/pdf/resumematcher__john_doe.pdf')),
  });
  expect(res.status, res.text).toBe(202);
  return (await stack.api.db.jobs.findById(res.body.jobId))!;
};
const cancel = (jobId: string) =>
  http<Record<string, any>>(`${stack.api.url}/api/interview/jobs/${jobId}`, {
    method: 'DELETE',
    headers: { cookie: stack.cookie },
  });
const finalOf = (jobId: string) =>
  waitFor(
    () => stack.api.db.jobs.findById(jobId),
    (j) => j !== null && j.status !== 'queued' && j.status !== 'processing',
    20_000,
  );

describe('cancelling a job the worker is processing', () => {
  it('when DELETE arrives while the AI call is in flight, then 202, and the job ends cancelled at the next stage boundary with no report and its file dropped', async () => {
    fake.setLatency(1_500);
    const job = await submit();
    expect(job.upload.kind).toBe('pdf');
    expect(await holdsFile(stack, job.id)).toBe(true);
    await fake.waitForCalls(1, 10_000);
    expect((await stack.api.db.jobs.findById(job.id))?.status).toBe('processing');

    const res = await cancel(job.id);
    expect(res.status, res.text).toBe(202);

    const done = await finalOf(job.id);
    expect(done).toMatchObject({ status: 'cancelled', reportId: null, stage: null });
    expect(done!.finishedAt).toBeInstanceOf(Date);
    expect(await stack.api.db.reports.countForJob(job.id)).toBe(0);
    // Dropped by the same write that marked it cancelled.
    expect(await holdsFile(stack, job.id)).toBe(false);
    expect(fake.calls).toBe(1);
    const status = await http<Record<string, any>>(
      `${stack.api.url}/api/interview/jobs/${job.id}`,
      {
        headers: { cookie: stack.cookie },
      },
    );
    expect(status.body).toMatchObject({ status: 'cancelled', reportId: null });
    // Finished now: a second DELETE is a conflict.
    expect((await cancel(job.id)).status).toBe(409);
  });

  it('when the cancelled attempt then fails and would be retried, then the retry does not call the AI and the job ends cancelled', async () => {
    fake.enqueue(reply.delay(1_000, reply.error(503)));
    const job = await submit();
    await fake.waitForCalls(1, 10_000);
    expect((await cancel(job.id)).status).toBe(202);

    const done = await finalOf(job.id);
    expect(done).toMatchObject({ status: 'cancelled', reportId: null });
    // Dropped by the same write that marked it cancelled.
    expect(await holdsFile(stack, job.id)).toBe(false);
    await new Promise((r) => setTimeout(r, 500)); // past the retry's backoff
    expect(fake.calls).toBe(1);
    expect(await stack.api.db.reports.countForJob(job.id)).toBe(0);
  });
});

describe('the job repository at a stage boundary', () => {
  it('when a cancel was requested, then setStage refuses and markCancelled ends the job once; finished jobs are left alone', async () => {
    const { jobs } = stack.api.db;
    const job = await jobs.create({
      owner: stack.userId,
      input: { title: 'T', jobDescription: JD, selfDescription: 'Node.js developer.' },
      upload: null,
    });
    expect(await jobs.markCancelled(job.id)).toBeNull(); // no cancel requested
    // Taken by a "worker" that is not running here: the queue never sees this job.
    expect((await jobs.startAttempt(job.id, { owner: 'test', ms: 30_000 })).outcome).toBe(
      'started',
    );
    expect(await jobs.setStage(job.id, 'generating', 30)).toBe(true);
    expect(await jobs.requestCancel(job.id)).toBe(true);
    expect(await jobs.setStage(job.id, 'saving', 90)).toBe(false);
    expect((await jobs.markCancelled(job.id))?.status).toBe('processing');
    expect(await jobs.markCancelled(job.id)).toBeNull();
    expect(await jobs.findById(job.id)).toMatchObject({ status: 'cancelled', stage: null });
  });
});
