import { createHash } from 'node:crypto';
import { ERRORS } from '@prepkit/shared';
import { type FakeGemini, startFakeGemini } from '@prepkit/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, registerUser } from '../../../test/support/api-harness.ts';
import { makeTestConfig, uniqueId } from '../../../test/support/test-config.ts';
import { form, pdfPart, postInterview, type Stack, startStack } from './support/interview-stack.ts';

let fake: FakeGemini;
let stack: Stack;
beforeAll(async () => {
  fake = await startFakeGemini({ latencyMs: 300 });
  stack = await startStack(makeTestConfig({ ...fake.env(), SYNC_TIMEOUT_MS: '20000' }));
});
// A test's background jobs finish before the next test counts the fake's calls.
afterEach(async () => {
  await stack.settle();
  fake.reset();
});
afterAll(async () => {
  await stack?.close();
  await fake?.close();
});

const BODY = {
  jobDescription: 'Backend engineer: Node.js, TypeScript, PostgreSQL.',
  selfDescription: 'Five years of Node.js and TypeScript services.',
};
const newKey = () => `key-${uniqueId()}`;
const keyDocId = (owner: string, key: string) =>
  createHash('sha256').update(`${owner}\n${key}`).digest('hex');
const collection = (name: string) => stack.api.db.connection.collection(name);
const jobsOf = (owner: string) =>
  collection('interview_jobs').countDocuments({ owner: oid(owner) });
const oid = (hex: string) => stack.api.db.connection.base.Types.ObjectId.createFromHexString(hex);
const postJobs = (body: Record<string, unknown>, headers: Record<string, string>) =>
  http<Record<string, any>>(`${stack.api.url}/api/interview/jobs`, {
    method: 'POST',
    headers: { cookie: stack.cookie, ...headers },
    json: body,
  });

describe('Idempotency-Key on POST /api/interview/', () => {
  it('when the same user repeats a synchronous submission with the same key, then the same 201 body comes back and the AI was called once', async () => {
    const key = newKey();
    const first = await postInterview(stack, BODY, { 'Idempotency-Key': key });
    expect(first.status, first.text).toBe(201);
    const again = await postInterview(stack, BODY, { 'Idempotency-Key': key });
    expect(again.status, again.text).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(fake.calls).toBe(1);
    const stored = await collection('idempotency_keys').findOne({
      _id: keyDocId(stack.userId, key) as never,
    });
    expect(stored?.jobId.toString()).toBe(first.body.interviewReport._id);
    const window = stored!.expiresAt.getTime() - stored!.createdAt.getTime();
    expect(Math.abs(window - 24 * 3_600_000)).toBeLessThan(1_000);
  });

  it('when the same key is sent asynchronously twice, then both answers are the same 202 with one job', async () => {
    const key = newKey();
    const first = await postJobs(BODY, { 'Idempotency-Key': key });
    expect(first.status, first.text).toBe(202);
    const again = await postJobs(BODY, { 'Idempotency-Key': key });
    expect(again.status, again.text).toBe(202);
    // The same job, told as it is now (it may have started meanwhile).
    expect(again.body).toMatchObject({ jobId: first.body.jobId, statusUrl: first.body.statusUrl });
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    const keyed = await collection('interview_jobs').countDocuments({
      _id: oid(first.body.jobId),
    });
    expect(keyed).toBe(1);
  });

  it('when 10 requests race with one key, then exactly one job exists, the AI is called once and all get the same report', async () => {
    const { cookie, user } = await registerUser(stack.api.url);
    const key = newKey();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        http<Record<string, any>>(`${stack.api.url}/api/interview/`, {
          method: 'POST',
          headers: { cookie, 'Idempotency-Key': key },
          json: BODY,
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const ids = new Set(answers.map((a) => a.body.interviewReport._id));
    expect(ids.size).toBe(1);
    expect(await jobsOf(user.id)).toBe(1);
    expect(fake.calls).toBe(1);
  });

  it('when the same key comes with a different body, then 422 IDEMPOTENCY_KEY_REUSED and no second job', async () => {
    const { cookie, user } = await registerUser(stack.api.url);
    const key = newKey();
    const send = (body: Record<string, unknown>) =>
      http(`${stack.api.url}/api/interview/`, {
        method: 'POST',
        headers: { cookie, 'Idempotency-Key': key },
        json: body,
      });
    expect((await send(BODY)).status).toBe(201);
    const reused = await send({ ...BODY, jobDescription: 'Frontend engineer: React.' });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: ERRORS.IDEMPOTENCY_KEY_REUSED.message,
    });
    expect(typeof reused.body.requestId).toBe('string');
    // Whitespace and CRLF are normalised as the fields are read: this is the same request.
    const same = await send({ ...BODY, jobDescription: `  ${BODY.jobDescription}\r\n` });
    expect(same.status).toBe(201);
    expect(await jobsOf(user.id)).toBe(1);
    expect(fake.calls).toBe(1);
  });

  it('when the same key comes with the same fields but another resume file, then 422; the same file again gives the same report', async () => {
    const key = newKey();
    const fields = { jobDescription: BODY.jobDescription, title: 'Backend Engineer' };
    const send = (file: string) =>
      postInterview(stack, form(fields, pdfPart(file)), { 'Idempotency-Key': key });
    const first = await send('resumes/pdf/resumematcher__john_doe.pdf');
    expect(first.status, first.text).toBe(201);
    const other = await send('resumes/pdf/resumematcher__barry_allen_fe.pdf');
    expect(other.status).toBe(422);
    const same = await send('resumes/pdf/resumematcher__john_doe.pdf');
    expect(same.status).toBe(201);
    expect(same.body.interviewReport._id).toBe(first.body.interviewReport._id);
    expect(fake.calls).toBe(1);
  });

  it('when the header is empty, too long, or not visible ASCII, then 400 JSON naming the header and nothing is stored', async () => {
    const { cookie, user } = await registerUser(stack.api.url);
    for (const bad of ['', 'a'.repeat(256), 'two words', 'caf\u00e9', 'tab\there']) {
      const res = await http(`${stack.api.url}/api/interview/`, {
        method: 'POST',
        headers: { cookie, 'Idempotency-Key': bad },
        json: BODY,
      });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_ERROR' });
      expect(String(res.body.message)).toContain('Idempotency-Key');
    }
    const longest = await http(`${stack.api.url}/api/interview/`, {
      method: 'POST',
      headers: { cookie, 'Idempotency-Key': '~'.repeat(255) },
      json: BODY,
    });
    expect(longest.status).toBe(201);
    expect(await jobsOf(user.id)).toBe(1);
  });

  it('when another user sends the same key, then that user gets a job of their own', async () => {
    const key = newKey();
    const mine = await postInterview(stack, BODY, { 'Idempotency-Key': key });
    const other = await registerUser(stack.api.url);
    const theirs = await http<Record<string, any>>(`${stack.api.url}/api/interview/`, {
      method: 'POST',
      headers: { cookie: other.cookie, 'Idempotency-Key': key },
      json: BODY,
    });
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.interviewReport._id).not.toBe(mine.body.interviewReport._id);
    expect(theirs.body.interviewReport.user).toBe(other.user.id);
    expect(fake.calls).toBe(2);
  });

  it('when a key is older than 24 hours, then it counts as absent: a new job, and the key names it', async () => {
    const key = newKey();
    const first = await postInterview(stack, BODY, { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    const _id = keyDocId(stack.userId, key) as never;
    await collection('idempotency_keys').updateOne(
      { _id },
      { $set: { expiresAt: new Date(Date.now() - 1_000) } },
    );
    const later = await postInterview(stack, BODY, { 'Idempotency-Key': key });
    expect(later.status).toBe(201);
    expect(later.body.interviewReport._id).not.toBe(first.body.interviewReport._id);
    const stored = await collection('idempotency_keys').findOne({ _id });
    expect(stored?.jobId.toString()).toBe(later.body.interviewReport._id);
    expect(stored?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect(fake.calls).toBe(2);
  });
});
