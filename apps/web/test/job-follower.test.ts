import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JobView, tailoredResumeJobViewSchema } from '@prepkit/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { type FollowMode, followJob, followJobAt } from '../src/api/job-follower.ts';

const JOB_ID = '6650c0ffee0123456789abcd';
const view = (patch: Partial<JobView>): JobView => ({
  jobId: JOB_ID,
  status: 'processing',
  stage: 'generating',
  progress: 30,
  attempts: 1,
  reportId: null,
  reportUrl: null,
  error: null,
  createdAt: '2026-12-02T10:00:00.000Z',
  startedAt: '2026-12-02T10:00:01.000Z',
  finishedAt: null,
  warnings: [],
  ...patch,
});
const COMPLETED = view({
  status: 'completed',
  stage: null,
  progress: 100,
  reportId: JOB_ID,
  reportUrl: `/api/interview/report/${JOB_ID}`,
  finishedAt: '2026-12-02T10:00:09.000Z',
});

const sse = (res: ServerResponse, event: string, data: JobView) =>
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
const startSse = (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
  res.write('retry: 3000\n\n: ping\n\n');
};

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r) ?? r(null));
  server = null;
});

/** A real HTTP server standing in for the API's job routes. */
const serve = async (handler: (req: IncomingMessage, res: ServerResponse) => void) => {
  server = createServer(handler);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const follow = (baseUrl: string) => {
  const updates: JobView[] = [];
  const modes: FollowMode[] = [];
  const follower = followJob({
    jobId: JOB_ID,
    baseUrl,
    onUpdate: (job) => updates.push(job),
    onMode: (mode) => modes.push(mode),
    retryDelaysMs: [10, 20],
    pollIntervalMs: 10,
  });
  return { follower, updates, modes };
};

describe('followJob (SSE with reconnect and a polling fallback)', () => {
  it('when the stream drops mid-job, then it reconnects and ends with the final event', async () => {
    let connections = 0;
    const base = await serve((req, res) => {
      expect(req.url).toBe(`/api/interview/jobs/${JOB_ID}/events`);
      connections += 1;
      startSse(res);
      if (connections === 1) {
        sse(res, 'status', view({}));
        setTimeout(() => res.socket?.destroy(), 20); // the connection breaks
      } else {
        sse(res, 'status', view({ progress: 60 }));
        sse(res, 'completed', COMPLETED);
        res.end();
      }
    });
    const { follower, updates, modes } = follow(base);
    expect(await follower.done).toEqual(COMPLETED);
    expect(connections).toBe(2);
    expect(updates.map((u) => [u.status, u.progress])).toEqual([
      ['processing', 30],
      ['processing', 60],
      ['completed', 100],
    ]);
    expect(modes).toEqual(['connecting', 'live', 'reconnecting', 'live']);
  });

  it('when the event stream cannot be had, then it polls the job until it ends', async () => {
    let polls = 0;
    const base = await serve((req, res) => {
      if (req.url?.endsWith('/events')) {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'busy', code: 'SERVICE_UNAVAILABLE' }));
        return;
      }
      polls += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(polls < 3 ? view({ progress: 10 * polls }) : COMPLETED));
    });
    const { follower, updates, modes } = follow(base);
    expect(await follower.done).toEqual(COMPLETED);
    expect(polls).toBe(3);
    expect(updates.at(-1)).toEqual(COMPLETED);
    expect(modes).toEqual(['connecting', 'reconnecting', 'polling']);
  });

  it('when the server cannot be reached for a while, then it keeps trying and finishes once it answers', async () => {
    let refused = 4;
    const base = await serve((req, res) => {
      if (refused > 0) {
        refused -= 1;
        res.socket?.destroy(); // as a server going down would
        return;
      }
      if (!req.url?.endsWith('/events')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(COMPLETED));
        return;
      }
      startSse(res);
      sse(res, 'completed', COMPLETED);
      res.end();
    });
    const { follower, modes } = follow(base);
    expect(await follower.done).toEqual(COMPLETED);
    expect(modes).toContain('reconnecting');
  });

  it('when the job is not the caller’s (404), then it stops at once with that error', async () => {
    let requests = 0;
    const base = await serve((_req, res) => {
      requests += 1;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Job not found.', code: 'NOT_FOUND' }));
    });
    const { follower } = follow(base);
    await expect(follower.done).rejects.toMatchObject({ status: 404, message: 'Job not found.' });
    expect(requests).toBe(1);
  });

  it('when stop() is called, then it ends without further requests', async () => {
    let requests = 0;
    const base = await serve((_req, res) => {
      requests += 1;
      startSse(res);
      sse(res, 'status', view({}));
    });
    const { follower, updates } = follow(base);
    await expect.poll(() => updates.length).toBe(1);
    follower.stop();
    await expect(follower.done).rejects.toMatchObject({ name: 'AbortError' });
    expect(requests).toBe(1);
  });

  it('when a job has no event stream (a tailoring job), then it is polled from the start by its own URL and contract', async () => {
    const url = `/api/interview/report/${JOB_ID}/resume/jobs/${JOB_ID}`;
    const tailoring = (status: 'processing' | 'completed', progress: number) => ({
      jobId: JOB_ID,
      reportId: JOB_ID,
      status,
      stage: status === 'completed' ? null : 'generating',
      progress,
      attempts: 1,
      error: null,
      resumeUrl: status === 'completed' ? `/api/interview/report/${JOB_ID}/resume` : null,
      createdAt: '2026-12-02T10:00:00.000Z',
      finishedAt: status === 'completed' ? '2026-12-02T10:00:02.000Z' : null,
    });
    const asked: string[] = [];
    const base = await serve((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          asked.length < 2 ? tailoring('processing', 10) : tailoring('completed', 100),
        ),
      );
    });
    const modes: FollowMode[] = [];
    const follower = followJobAt({
      url: `${base}${url}`,
      schema: tailoredResumeJobViewSchema,
      stream: false,
      pollIntervalMs: 10,
      onUpdate: () => undefined,
      onMode: (mode) => modes.push(mode),
    });
    expect(await follower.done).toMatchObject({
      status: 'completed',
      resumeUrl: expect.any(String),
    });
    expect(asked).toEqual([url, url]);
    expect(modes).toEqual(['connecting', 'polling']);
  });
});
