import { jobViewSchema } from '@prepkit/shared';
import { sampleGeneratedReport } from '@prepkit/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, registerUser } from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { type Stack, startStack } from './support/interview-stack.ts';

type Json = Record<string, any>;
const body = (n: number) => ({
  jobDescription: `Backend engineer number ${n}: Node.js, Redis, MongoDB.`,
  title: `Job ${n}`,
  selfDescription: 'Node.js developer.',
});

describe('GET /api/interview/jobs (no worker: the jobs stay queued)', () => {
  let stack: Stack;
  const ids: string[] = [];
  beforeAll(async () => {
    stack = await startStack(makeTestConfig(), false);
    for (let n = 0; n < 7; n++) {
      const res = await http<Json>(`${stack.api.url}/api/interview/jobs`, {
        method: 'POST',
        headers: { cookie: stack.cookie },
        json: body(n),
      });
      ids.push(res.body.jobId);
    }
  });
  afterAll(async () => stack?.close());
  const list = (query = '', cookie = stack.cookie) =>
    http<Json>(`${stack.api.url}/api/interview/jobs${query}`, { headers: { cookie } });

  it('when the caller pages with limit=3, then 3 pages newest first without duplicates or gaps, and nextCursor null at the end', async () => {
    const pages: Json[] = [];
    let query = '?limit=3';
    while (true) {
      const res = await list(query);
      expect(res.status, res.text).toBe(200);
      pages.push(res.body);
      if (!res.body.nextCursor) break;
      expect(res.body.nextUrl).toBe(`/api/interview/jobs?limit=3&cursor=${res.body.nextCursor}`);
      query = `?limit=3&cursor=${res.body.nextCursor}`;
    }
    expect(pages.map((p) => p.jobs.length)).toEqual([3, 3, 1]);
    expect(pages.at(-1)).toMatchObject({ nextCursor: null, nextUrl: null });
    const seen = pages.flatMap((p) => p.jobs.map((j: Json) => j.jobId));
    expect(seen).toEqual([...ids].reverse());
    const first = pages[0]!.jobs[0];
    for (const job of pages.flatMap((p) => p.jobs)) {
      expect(jobViewSchema.safeParse(job).error).toBeUndefined();
    }
    expect(first).toMatchObject({ jobId: ids[6], status: 'queued' });
  });

  it('when the nextUrl is followed as given, then it serves the next page', async () => {
    const page1 = await list('?limit=4');
    const page2 = await http<Json>(`${stack.api.url}${page1.body.nextUrl}`, {
      headers: { cookie: stack.cookie },
    });
    expect(page2.body.jobs.map((j: Json) => j.jobId)).toEqual(ids.slice(0, 3).reverse());
  });

  it('when no limit is given, then all 7; another user sees none of these jobs', async () => {
    const all = await list();
    expect(all.body.jobs).toHaveLength(7);
    expect(all.body.nextCursor).toBeNull();
    const other = await registerUser(stack.api.url);
    const theirs = await list('', other.cookie);
    expect(theirs.body).toEqual({ jobs: [], nextCursor: null, nextUrl: null });
  });

  it('when a job is cancelled, then the list shows it cancelled in its place', async () => {
    const del = await http(`${stack.api.url}/api/interview/jobs/${ids[3]}`, {
      method: 'DELETE',
      headers: { cookie: stack.cookie },
    });
    expect(del.status).toBe(204);
    const all = await list();
    expect(all.body.jobs.map((j: Json) => j.jobId)).toEqual([...ids].reverse());
    expect(all.body.jobs.find((j: Json) => j.jobId === ids[3]).status).toBe('cancelled');
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=abc', 'limit'],
    ['?limit=2&limit=3', 'limit'],
    ['?cursor=garbage', 'cursor'],
    [`?cursor=${Buffer.from('123.nothex').toString('base64url')}`, 'cursor'],
  ])('when the query is %s, then 400 JSON naming %s', async (query, name) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_ERROR');
    expect(res.body.message).toContain(`'${name}'`);
    expect(res.body.requestId).toEqual(expect.any(String));
  });

  it('when there is no token, then 401', async () => {
    const res = await http<Json>(`${stack.api.url}/api/interview/jobs`);
    expect(res.status).toBe(401);
  });
});

describe('GET /api/interview/jobs and /api/interview/ without limit (clients that never page)', () => {
  let stack: Stack;
  const jobIds: string[] = [];
  beforeAll(async () => {
    stack = await startStack(makeTestConfig(), false);
    for (let batch = 0; batch < 101; batch += 10) {
      const posted = await Promise.all(
        Array.from({ length: Math.min(10, 101 - batch) }, (_, i) =>
          http<Json>(`${stack.api.url}/api/interview/jobs`, {
            method: 'POST',
            headers: { cookie: stack.cookie },
            json: body(batch + i),
          }),
        ),
      );
      jobIds.push(...posted.map((res) => res.body.jobId as string));
    }
  });
  afterAll(async () => stack?.close());

  it('when 101 jobs exist and no limit is given, then the newest 100 (the page maximum) with a nextCursor', async () => {
    const res = await http<Json>(`${stack.api.url}/api/interview/jobs`, {
      headers: { cookie: stack.cookie },
    });
    expect(res.body.jobs).toHaveLength(100);
    expect(res.body.nextUrl).toBe(`/api/interview/jobs?limit=100&cursor=${res.body.nextCursor}`);
    const rest = await http<Json>(`${stack.api.url}${res.body.nextUrl}`, {
      headers: { cookie: stack.cookie },
    });
    expect(rest.body.jobs).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();
  });

  it('when 101 reports exist and the report list is read without limit, then 100 of them and a nextUrl', async () => {
    // The reports a worker would write for these jobs, stored directly (no worker in this stack).
    for (const jobId of jobIds) {
      await stack.api.db.reports.upsertForJob({
        jobId,
        user: stack.userId,
        title: `Report ${jobId}`,
        jobDescription: 'Backend engineer.',
        resume: '',
        selfDescription: 'Node.js developer.',
        content: sampleGeneratedReport(),
        generator: { name: 'local', model: 'test' },
        analysis: null,
      });
    }
    const res = await http<Json>(`${stack.api.url}/api/interview/`, {
      headers: { cookie: stack.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.body.interviewReports).toHaveLength(100);
    expect(res.body.nextUrl).toBe(`/api/interview/?limit=100&cursor=${res.body.nextCursor}`);
  });
});
