import { type FakeGemini, startFakeGemini } from '@prepkit/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, registerUser } from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { startTestWorker } from '../../../test/support/worker-harness.ts';
import type { WorkerRuntime } from '../../worker/src/runtime.ts';
import { form, pdfPart, type Stack, startStack } from './support/interview-stack.ts';

type Json = Record<string, any>;
const BODY = {
  jobDescription: 'Senior TypeScript engineer: Node.js, Redis, MongoDB, queues.',
  title: 'Backend Engineer',
  selfDescription: 'Node.js and TypeScript developer; built BullMQ pipelines.',
};

const submit = async (stack: Stack, body: FormData | Json = BODY): Promise<string> => {
  const res = await http<Json>(`${stack.api.url}/api/interview/jobs`, {
    method: 'POST',
    headers: { cookie: stack.cookie },
    ...(body instanceof FormData ? { body } : { json: body }),
  });
  expect(res.status, res.text).toBe(202);
  return res.body.jobId;
};
const call = (stack: Stack, method: string, jobId: string, cookie = stack.cookie) =>
  http<Json>(`${stack.api.url}/api/interview/jobs/${jobId}`, { method, headers: { cookie } });
const untilStatus = async (stack: Stack, jobId: string, status: string, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const job = await stack.api.db.jobs.findById(jobId);
    if (job?.status === status) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`job ${jobId} never reached ${status}`);
};

describe('DELETE /api/interview/jobs/:jobId', () => {
  let fake: FakeGemini;
  let stack: Stack;
  let worker: WorkerRuntime | null = null;
  beforeAll(async () => {
    fake = await startFakeGemini();
    stack = await startStack(makeTestConfig({ ...fake.env(), AI_MAX_ATTEMPTS: '1' }), false);
  });
  afterAll(async () => {
    await worker?.close(1_000);
    await stack?.close();
    await fake?.close();
  });

  it('when a queued job is cancelled, then 204, it reads cancelled, its BullMQ job and upload are gone, and it never reaches the AI, even if delivered again', async () => {
    const jobId = await submit(
      stack,
      form(BODY, pdfPart('resumes/pdf/resumematcher__barry_allen_fe.pdf')),
    );
    expect(await stack.api.db.jobs.countStoredFiles()).toBe(1);
    const del = await call(stack, 'DELETE', jobId);
    expect(del.status, del.text).toBe(204);
    expect(del.text).toBe('');

    const status = await call(stack, 'GET', jobId);
    expect(status.body).toMatchObject({ status: 'cancelled', stage: null, reportId: null });
    expect(status.body.finishedAt).not.toBeNull();
    expect(status.headers.get('retry-after')).toBeNull();
    expect(await stack.api.queue.state(jobId)).toBe('missing');
    expect(await stack.api.db.jobs.countStoredFiles()).toBe(0);

    // A redelivery (a reconciler, a second enqueue) still finds the job not runnable.
    await stack.api.queue.enqueue(jobId);
    worker = await startTestWorker(stack.api.config);
    const later = await submit(stack);
    await untilStatus(stack, later, 'completed');
    await expect.poll(() => stack.api.queue.state(jobId)).toBe('completed');
    expect(fake.calls).toBe(1); // the later job only
    expect((await stack.api.db.jobs.findById(jobId))?.status).toBe('cancelled');
    expect(await stack.api.db.reports.countForJob(jobId)).toBe(0);
  });

  it('when a cancelled or completed job is cancelled, then 409 JSON', async () => {
    const jobId = await submit(stack);
    worker ??= await startTestWorker(stack.api.config);
    await untilStatus(stack, jobId, 'completed');
    const done = await call(stack, 'DELETE', jobId);
    expect(done.status).toBe(409);
    expect(done.body).toMatchObject({ code: 'JOB_FINISHED', requestId: expect.any(String) });
    expect(done.body.message).toMatch(/already finished/);
  });

  it('when a processing job is cancelled, then 202 with its view, and the cancel is recorded for the worker', async () => {
    worker ??= await startTestWorker(stack.api.config);
    fake.setLatency(2_000);
    try {
      const jobId = await submit(stack);
      await untilStatus(stack, jobId, 'processing');
      const del = await call(stack, 'DELETE', jobId);
      expect(del.status, del.text).toBe(202);
      expect(del.body).toMatchObject({ jobId, status: 'processing' });
      expect((await stack.api.db.jobs.findById(jobId))?.cancelRequested).toBe(true);
    } finally {
      fake.setLatency(0);
    }
  });
});

describe('another user, a malformed id, a missing job: one 404', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig(), false);
  });
  afterAll(async () => stack?.close());

  it("when another user's job id, a malformed id or a missing id is used on any /jobs route, then the same 404 JSON, and the job is untouched", async () => {
    const jobId = await submit(stack);
    const other = await registerUser(stack.api.url);
    const answers: Json[] = [];
    for (const id of [jobId, 'nope', '0123456789abcdef01234567', `${jobId}x`]) {
      for (const method of ['GET', 'DELETE']) {
        const res = await call(stack, method, id, other.cookie);
        expect(res.status, `${method} ${id}`).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        answers.push({ code: res.body.code, message: res.body.message });
      }
    }
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ code: 'NOT_FOUND', message: 'Job not found.' })]),
    );
    expect((await stack.api.db.jobs.findById(jobId))?.status).toBe('queued');
    const list = await http<Json>(`${stack.api.url}/api/interview/jobs`, {
      headers: { cookie: other.cookie },
    });
    expect(list.body.jobs).toEqual([]);
  });
});
