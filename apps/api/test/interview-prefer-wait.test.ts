import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { postInterview, type Stack, startStack } from './support/interview-stack.ts';

type Json = Record<string, any>;
const BODY = {
  jobDescription: 'Backend engineer: Node.js, TypeScript, Redis, MongoDB.',
  selfDescription: 'Five years of Node.js and TypeScript; Redis queues.',
};

describe('Prefer: wait=N on the synchronous route (no worker: jobs stay queued)', () => {
  let stack: Stack;
  beforeAll(async () => {
    // SYNC_TIMEOUT_MS of 1 ms: without a preference the route answers 202 at once.
    stack = await startStack(
      makeTestConfig({ SYNC_TIMEOUT_MS: '1', SYNC_MAX_WAIT_MS: '1500' }),
      false,
    );
  });
  afterAll(async () => stack?.close());

  it('when no preference is sent, then 202 after SYNC_TIMEOUT_MS and no Preference-Applied', async () => {
    const res = await postInterview(stack, BODY);
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBeNull();
  });

  it('when wait=1 is asked for, then the request waits for the job before its 202, saying wait=1 was applied', async () => {
    const pending = postInterview(stack, BODY, { prefer: 'wait=1' });
    // SYNC_TIMEOUT_MS alone would answer at once: a registered waiter shows the route waiting.
    await expect.poll(() => stack.api.waiter.size(), { timeout: 10_000, interval: 20 }).toBe(1);
    const res = await pending;
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('wait=1');
    expect(res.headers.get('location')).toBe(res.body.statusUrl);
    expect(stack.api.waiter.size()).toBe(0);
  });

  it('when the wait asked for exceeds SYNC_MAX_WAIT_MS, then it is capped and the cap is what Preference-Applied says', async () => {
    const res = await postInterview(stack, BODY, { prefer: 'wait=600' });
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('wait=1');
  });

  it('when respond-async and wait come together, then respond-async wins: 202 at once, wait not applied', async () => {
    const res = await postInterview(stack, BODY, { prefer: 'respond-async, wait="1"' });
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
  });

  it('when wait is quoted, then it is read like the bare number', async () => {
    const res = await postInterview(stack, BODY, { prefer: 'wait="1"' });
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('wait=1');
  });

  it('when wait is not a whole number of seconds, then it is ignored (not applied)', async () => {
    const res = await postInterview(stack, BODY, { prefer: 'wait=soon' });
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBeNull();
  });

  it('when POST /jobs is sent respond-async, then Preference-Applied echoes it; wait is not honoured there', async () => {
    const post = (prefer: string) =>
      http<Json>(`${stack.api.url}/api/interview/jobs`, {
        method: 'POST',
        headers: { cookie: stack.cookie, prefer },
        json: BODY,
      });
    expect((await post('respond-async')).headers.get('preference-applied')).toBe('respond-async');
    const waited = await post('wait=5');
    expect(waited.status).toBe(202);
    expect(waited.headers.get('preference-applied')).toBeNull();
  });
});

describe('Prefer: wait=N with a worker', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig({ SYNC_TIMEOUT_MS: '1' }));
  });
  afterAll(async () => stack?.close());

  it('when a client that cannot handle 202 asks for wait=60, then it gets the 201 report, with wait=60 applied', async () => {
    const res = await postInterview(stack, BODY, { prefer: 'wait=60' });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('preference-applied')).toBe('wait=60');
    expect(res.body.interviewReport._id).toEqual(expect.any(String));
  });
});
