import { ERRORS, jobViewSchema } from '@prepkit/shared';
import { type FakeGemini, reply, startFakeGemini } from '@prepkit/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../../test/support/api-harness.ts';
import { readCorpusText } from '../../../test/support/corpus.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { startTestWorker } from '../../../test/support/worker-harness.ts';
import type { WorkerRuntime } from '../../worker/src/runtime.ts';
import { form, pdfPart, postInterview, type Stack, startStack } from './support/interview-stack.ts';

const JD = readCorpusText('jobs/resumematcher__job_desc_front_end_engineer.txt');
const BODY = { jobDescription: JD, title: 'Front End Engineer', selfDescription: 'React, a11y.' };

type Json = Record<string, any>;
const postJobs = (stack: Stack, body: FormData | Json, headers: Record<string, string> = {}) =>
  http<Json>(`${stack.api.url}/api/interview/jobs`, {
    method: 'POST',
    headers: { cookie: stack.cookie, ...headers },
    ...(body instanceof FormData ? { body } : { json: body }),
  });
const getJob = (stack: Stack, jobId: string) =>
  http<Json>(`${stack.api.url}/api/interview/jobs/${jobId}`, { headers: { cookie: stack.cookie } });

/** Polls the status URL every `everyMs` until the job is final; returns every view seen. */
const pollUntilFinal = async (stack: Stack, jobId: string, everyMs = 25, maxMs = 20_000) => {
  const seen: Json[] = [];
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const res = await getJob(stack, jobId);
    expect(res.status, res.text).toBe(200);
    seen.push({ ...res.body, retryAfter: res.headers.get('retry-after') });
    if (['completed', 'failed', 'cancelled'].includes(res.body.status)) return seen;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`job ${jobId} not final after ${maxMs} ms: ${JSON.stringify(seen.at(-1))}`);
};

describe('asynchronous submission (no worker running: jobs stay queued)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig({ RESUME_MAX_BYTES: String(1024 * 1024) }), false);
  });
  afterAll(async () => stack?.close());

  it('when POST /api/interview/jobs is sent, then 202 { message, jobId, status: queued, statusUrl } with Location, and the job reads as queued with Retry-After', async () => {
    const res = await postJobs(
      stack,
      form(BODY, pdfPart('resumes/pdf/resumematcher__barry_allen_fe.pdf')),
    );
    expect(res.status, res.text).toBe(202);
    const { jobId } = res.body;
    expect(res.body).toEqual({
      message: expect.any(String),
      jobId: expect.stringMatching(/^[a-f0-9]{24}$/),
      status: 'queued',
      statusUrl: `/api/interview/jobs/${jobId}`,
    });
    expect(res.headers.get('location')).toBe(`/api/interview/jobs/${jobId}`);

    const status = await getJob(stack, jobId);
    expect(status.status).toBe(200);
    expect(jobViewSchema.safeParse(status.body).error).toBeUndefined();
    expect(status.body).toMatchObject({
      jobId,
      status: 'queued',
      stage: null,
      progress: 0,
      attempts: 0,
      reportId: null,
      reportUrl: null,
      error: null,
      startedAt: null,
      finishedAt: null,
    });
    expect(Number(status.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await stack.api.queue.state(jobId)).not.toBe('missing');
  });

  it('when POST /api/interview/ carries Prefer: respond-async, then the same 202 with Preference-Applied', async () => {
    const res = await postInterview(stack, BODY, { prefer: 'respond-async' });
    expect(res.status, res.text).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
    expect(res.headers.get('location')).toBe(`/api/interview/jobs/${res.body.jobId}`);
    expect(res.body.status).toBe('queued');
  });

  it('when Prefer lists respond-async among other preferences in another case, then it is honoured', async () => {
    const res = await postInterview(stack, BODY, { prefer: 'wait=100, Respond-Async; x=1' });
    expect(res.status, res.text).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
  });

  it('when Prefer asks only for something else, then the request stays synchronous (no Preference-Applied)', async () => {
    const config = makeTestConfig({ SYNC_TIMEOUT_MS: '300' });
    const quick = await startStack(config, false);
    try {
      const res = await postInterview(quick, BODY, { prefer: 'return=minimal' });
      // No worker: the synchronous wait times out into its documented 202.
      expect(res.status, res.text).toBe(202);
      expect(res.headers.get('preference-applied')).toBeNull();
      expect(res.body.message).toMatch(/still being generated/);
    } finally {
      await quick.close();
    }
  });

  it('when the async POST misses the job description or a resume, then the documented 400s in order', async () => {
    const noJd = await postJobs(stack, { selfDescription: 'x' });
    expect(noJd.status).toBe(400);
    expect(noJd.body).toMatchObject({
      code: 'JOB_DESCRIPTION_REQUIRED',
      message: ERRORS.JOB_DESCRIPTION_REQUIRED.message,
    });
    const noResume = await postJobs(stack, { jobDescription: JD });
    expect(noResume.status).toBe(400);
    expect(noResume.body.message).toBe(ERRORS.RESUME_OR_SELF_DESCRIPTION_REQUIRED.message);
    const badType = await postJobs(
      stack,
      form(
        { jobDescription: JD },
        { filename: 'a.txt', type: 'text/plain', data: Buffer.from('hello') },
      ),
    );
    expect(badType.status).toBe(400);
    expect(badType.body.message).toBe(ERRORS.UNSUPPORTED_FILE_TYPE.message);
  });

  it('when the async POST has no token or too large a file, then 401 and 413 as JSON', async () => {
    const anonymous = await http<Json>(`${stack.api.url}/api/interview/jobs`, {
      method: 'POST',
      json: BODY,
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHORIZED');
    const big = new Uint8Array(1536 * 1024);
    big.set(Buffer.from('%PDF-1.7\n'));
    const tooLarge = await postJobs(
      stack,
      form({ jobDescription: JD }, { filename: 'big.pdf', type: 'application/pdf', data: big }),
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('polling a job to its end (worker and fake Gemini)', () => {
  let fake: FakeGemini;
  let stack: Stack;
  let worker: WorkerRuntime | null = null;
  beforeAll(async () => {
    fake = await startFakeGemini({ latencyMs: 400 });
    stack = await startStack(makeTestConfig({ ...fake.env(), AI_MAX_ATTEMPTS: '2' }), false);
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await worker?.close(1_000);
    await stack?.close();
    await fake?.close();
  });

  it('when a job is polled from submission, then it goes queued -> processing -> completed and its report is reachable; the status still answers once BullMQ forgot the job', async () => {
    const res = await postJobs(
      stack,
      form(BODY, pdfPart('resumes/pdf/resumematcher__barry_allen_fe.pdf')),
    );
    expect(res.status, res.text).toBe(202);
    const { jobId } = res.body;
    const queued = await getJob(stack, jobId);
    expect(queued.body.status).toBe('queued');
    worker = await startTestWorker(stack.api.config);

    const seen = [
      { ...queued.body, retryAfter: queued.headers.get('retry-after') },
      ...(await pollUntilFinal(stack, jobId)),
    ];
    const statuses = seen.map((v) => v.status).filter((s, i, all) => s !== all[i - 1]);
    expect(statuses).toEqual(['queued', 'processing', 'completed']);
    expect(seen.some((v) => v.status === 'processing' && v.stage === 'generating')).toBe(true);
    for (const v of seen) {
      if (v.status === 'completed') expect(v.retryAfter).toBeNull();
      else expect(v.retryAfter).not.toBeNull();
    }
    const done = seen.at(-1)!;
    expect(done).toMatchObject({
      status: 'completed',
      stage: null,
      progress: 100,
      attempts: 1,
      error: null,
    });
    expect(done.reportId).toBe(jobId);
    expect(done.reportUrl).toBe(`/api/interview/report/${jobId}`);
    expect(new Date(done.startedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(done.createdAt).getTime(),
    );
    expect(new Date(done.finishedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(done.startedAt).getTime(),
    );

    const report = await http<Json>(`${stack.api.url}${done.reportUrl}`, {
      headers: { cookie: stack.cookie },
    });
    expect(report.status).toBe(200);
    expect(report.body.interviewReport).toMatchObject({ _id: jobId, user: stack.userId });

    // The document completes before BullMQ moves its job to completed (a locked, active job
    // cannot be removed): wait for BullMQ's own end, then make it forget the job.
    const deadline = Date.now() + 30_000;
    while ((await stack.api.queue.state(jobId)) !== 'completed') {
      if (Date.now() > deadline) throw new Error('BullMQ never completed the job');
      await new Promise((r) => setTimeout(r, 50));
    }
    await stack.api.queue.remove(jobId);
    expect(await stack.api.queue.state(jobId)).toBe('missing');
    const later = await getJob(stack, jobId);
    expect(later.body).toMatchObject({ status: 'completed', reportId: jobId });
  });

  it('when generation fails for good, then the job reads failed with its code and message, and no report', async () => {
    worker ??= await startTestWorker(stack.api.config);
    fake.setDefault(reply.error(400));
    const res = await postJobs(stack, BODY);
    expect(res.status, res.text).toBe(202);
    const seen = await pollUntilFinal(stack, res.body.jobId);
    const failed = seen.at(-1)!;
    expect(failed).toMatchObject({
      status: 'failed',
      stage: null,
      reportId: null,
      reportUrl: null,
      error: { code: 'AI_FAILED', message: ERRORS.AI_FAILED.message },
      retryAfter: null,
    });
    expect(failed.finishedAt).not.toBeNull();
    expect(fake.calls).toBe(1);
  });
});
