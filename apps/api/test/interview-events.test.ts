import { ERRORS, jobViewSchema } from '@prepkit/shared';
import { type FakeGemini, reply, startFakeGemini } from '@prepkit/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, registerUser } from '../../../test/support/api-harness.ts';
import { openSse } from '../../../test/support/sse-client.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { startTestWorker } from '../../../test/support/worker-harness.ts';
import type { WorkerRuntime } from '../../worker/src/runtime.ts';
import { type Stack, startStack } from './support/interview-stack.ts';

type Json = Record<string, any>;
const BODY = {
  jobDescription: 'Senior TypeScript engineer: Node.js, Redis, MongoDB, queues.',
  title: 'Backend Engineer',
  selfDescription: 'Node.js and TypeScript developer; built BullMQ pipelines.',
};
const FINAL = ['completed', 'failed', 'cancelled'];

const submit = async (stack: Stack): Promise<string> => {
  const res = await http<Json>(`${stack.api.url}/api/interview/jobs`, {
    method: 'POST',
    headers: { cookie: stack.cookie },
    json: BODY,
  });
  expect(res.status, res.text).toBe(202);
  return res.body.jobId;
};
const events = (stack: Stack, jobId: string, cookie = stack.cookie) =>
  openSse(`${stack.api.url}/api/interview/jobs/${jobId}/events`, { cookie });
const until = async (what: () => boolean, ms = 3_000) => {
  const deadline = Date.now() + ms;
  while (!what()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('GET /api/interview/jobs/:jobId/events', () => {
  let fake: FakeGemini;
  let stack: Stack;
  let worker: WorkerRuntime | null = null;
  beforeAll(async () => {
    fake = await startFakeGemini({ latencyMs: 500 });
    stack = await startStack(
      makeTestConfig({ ...fake.env(), AI_MAX_ATTEMPTS: '1', SSE_HEARTBEAT_MS: '100' }),
      false,
    );
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await worker?.close(1_000);
    await stack?.close();
    await fake?.close();
  });

  it('when a client follows a queued job to its end, then it gets the current state, progress in order, exactly one completed event, and the stream ends', async () => {
    const jobId = await submit(stack);
    const sse = await events(stack, jobId);
    expect(sse.status).toBe(200);
    expect(sse.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(sse.headers.get('cache-control')).toMatch(/no-store/);
    expect(sse.headers.get('x-accel-buffering')).toBe('no');
    const first = await sse.next(() => true);
    expect(first.event).toBe('status');
    expect(first.data).toMatchObject({ jobId, status: 'queued', progress: 0 });

    worker = await startTestWorker(stack.api.config);
    await sse.ended;
    const names = sse.events.map((e) => e.event);
    expect(names[0]).toBe('status');
    expect(names.at(-1)).toBe('completed');
    expect(names.filter((n) => FINAL.includes(n))).toEqual(['completed']);
    expect(names.slice(1, -1).every((n) => n === 'progress')).toBe(true);
    const views = sse.events.map((e) => e.data as Json);
    for (const v of views) expect(jobViewSchema.safeParse(v).error).toBeUndefined();
    expect(views.some((v) => v.status === 'processing' && v.stage === 'generating')).toBe(true);
    const progress = views.map((v) => v.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(sse.events.map((e) => Number(e.id))).toEqual(sse.events.map((_, i) => i + 1));

    const status = await http<Json>(`${stack.api.url}/api/interview/jobs/${jobId}`, {
      headers: { cookie: stack.cookie },
    });
    expect(views.at(-1)).toEqual(status.body);
    expect(status.body).toMatchObject({ status: 'completed', reportId: jobId });
    await until(() => stack.api.waiter.subscribers() === 0);
  });

  it('when a client reconnects to a finished job, then it gets its current state as the one final event and the stream ends at once', async () => {
    worker ??= await startTestWorker(stack.api.config);
    const jobId = await submit(stack);
    const first = await events(stack, jobId);
    await first.ended;
    const again = await events(stack, jobId);
    await again.ended;
    expect(again.events.map((e) => e.event)).toEqual(['completed']);
    expect(again.events[0]!.data).toEqual(first.events.at(-1)!.data);
  });

  it('when generation fails, then the stream ends with one failed event carrying the code and message', async () => {
    worker ??= await startTestWorker(stack.api.config);
    fake.setDefault(reply.error(400));
    const jobId = await submit(stack);
    const sse = await events(stack, jobId);
    await sse.ended;
    const last = sse.events.at(-1)!;
    expect(last.event).toBe('failed');
    expect(last.data).toMatchObject({
      status: 'failed',
      error: { code: 'AI_FAILED', message: ERRORS.AI_FAILED.message },
    });
    expect(sse.events.filter((e) => FINAL.includes(e.event))).toHaveLength(1);
  });
});

describe('event streams share one QueueEvents and release what they hold', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig({ SSE_HEARTBEAT_MS: '100' }), false);
  });
  afterAll(async () => stack?.close());

  it('when 25 clients watch one job and then disconnect, then heartbeats arrive, no QueueEvents listener is added per client, and the subscriber count drops back to 0', async () => {
    const jobId = await submit(stack);
    const qe = stack.api.queueEvents;
    const listenersBefore = ['progress', 'completed', 'failed'].map((e) => qe.listenerCount(e));
    const clients = await Promise.all(Array.from({ length: 25 }, () => events(stack, jobId)));
    await Promise.all(clients.map((c) => c.next((e) => e.event === 'status')));
    await until(() => stack.api.waiter.subscribers() === 25);
    expect(['progress', 'completed', 'failed'].map((e) => qe.listenerCount(e))).toEqual(
      listenersBefore,
    );
    await until(() => clients.every((c) => c.comments.includes('ping')));
    expect(clients.every((c) => c.events.length === 1)).toBe(true);

    for (const c of clients) c.close();
    await until(() => stack.api.waiter.subscribers() === 0);
  });

  it('when a queued job is cancelled while a client watches, then the stream ends with one cancelled event', async () => {
    const jobId = await submit(stack);
    const sse = await events(stack, jobId);
    await sse.next((e) => e.event === 'status');
    const del = await http(`${stack.api.url}/api/interview/jobs/${jobId}`, {
      method: 'DELETE',
      headers: { cookie: stack.cookie },
    });
    expect(del.status).toBe(204);
    await sse.ended;
    expect(sse.events.map((e) => e.event)).toEqual(['status', 'cancelled']);
    expect(sse.events[1]!.data).toMatchObject({ status: 'cancelled', stage: null });
    await until(() => stack.api.waiter.subscribers() === 0);
  });

  it("when another user's job or a malformed id is streamed, then 404 JSON, the same for both", async () => {
    const jobId = await submit(stack);
    const other = await registerUser(stack.api.url);
    const foreign = await events(stack, jobId, other.cookie);
    const malformed = await events(stack, 'not-an-id', other.cookie);
    const missing = await events(stack, '0123456789abcdef01234567', other.cookie);
    for (const res of [foreign, malformed, missing]) {
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
    const bodies = await Promise.all(
      [foreign, malformed, missing].map(async (r) => JSON.parse(await r.text())),
    );
    for (const b of bodies)
      expect({ code: b.code, message: b.message }).toEqual({
        code: 'NOT_FOUND',
        message: 'Job not found.',
      });
    expect(stack.api.waiter.subscribers()).toBe(0);
  });
});
