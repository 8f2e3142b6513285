import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, registerUser } from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { postInterview, type Stack, startStack } from './support/interview-stack.ts';

type Json = Record<string, any>;
const LIGHT_FIELDS = ['_id', 'title', 'matchScore', 'createdAt', 'updatedAt'].sort();

describe('the reports API (local analyzer)', () => {
  let stack: Stack;
  const ids: string[] = [];
  beforeAll(async () => {
    stack = await startStack(makeTestConfig());
    for (let n = 0; n < 7; n++) {
      const res = await postInterview(stack, {
        jobDescription: `Backend engineer ${n}: Node.js, TypeScript, Redis, MongoDB, Docker.`,
        title: `Report ${n}`,
        selfDescription: 'Node.js and TypeScript developer with Redis and Docker.',
      });
      expect(res.status, res.text).toBe(201);
      ids.push(res.body.interviewReport._id);
    }
  });
  afterAll(async () => stack?.close());
  const get = (path: string, cookie = stack.cookie) =>
    http<Json>(`${stack.api.url}${path}`, { headers: { cookie } });
  const del = (id: string, cookie = stack.cookie) =>
    http<Json>(`${stack.api.url}/api/interview/report/${id}`, {
      method: 'DELETE',
      headers: { cookie },
    });
  const pageAll = async (limit: number) => {
    const pages: Json[] = [];
    let path = `/api/interview/?limit=${limit}`;
    while (true) {
      const res = await get(path);
      expect(res.status, res.text).toBe(200);
      pages.push(res.body);
      if (!res.body.nextUrl) return pages;
      path = res.body.nextUrl;
    }
  };

  it('when the caller pages with limit=3, then 3 pages of light reports, newest first, no duplicates or gaps', async () => {
    const pages = await pageAll(3);
    expect(pages.map((p) => p.interviewReports.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((p) => p.interviewReports.map((r: Json) => r._id))).toEqual(
      [...ids].reverse(),
    );
    for (const r of pages.flatMap((p) => p.interviewReports)) {
      expect(Object.keys(r).sort()).toEqual(LIGHT_FIELDS);
      expect(Number.isInteger(r.matchScore)).toBe(true);
    }
    expect(pages[0]!.interviewReports[0].title).toBe('Report 6');
    expect(pages[0]!.nextCursor).toEqual(expect.any(String));
    expect(pages.at(-1)).toMatchObject({ nextCursor: null, nextUrl: null });
  });

  it("when a report is fetched, then every field; another user's or a malformed id -> the same 404", async () => {
    const own = await get(`/api/interview/report/${ids[0]}`);
    expect(own.status).toBe(200);
    expect(own.body.interviewReport).toMatchObject({ _id: ids[0], user: stack.userId });
    expect(own.body.interviewReport.technicalQuestions.length).toBeGreaterThan(0);
    const other = await registerUser(stack.api.url);
    const answers = [];
    for (const id of [ids[0], 'bad-id', '0123456789abcdef01234567']) {
      const res = await get(`/api/interview/report/${id}`, other.cookie);
      expect(res.status).toBe(404);
      answers.push(JSON.stringify({ code: res.body.code, message: res.body.message }));
    }
    expect(new Set(answers).size).toBe(1);
    const theirs = await get('/api/interview/', other.cookie);
    expect(theirs.body.interviewReports).toEqual([]);
  });

  it('when another user deletes a report, then 404 and the report stays', async () => {
    const other = await registerUser(stack.api.url);
    const res = await del(ids[1]!, other.cookie);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('Interview report not found.');
    expect((await get(`/api/interview/report/${ids[1]}`)).status).toBe(200);
    expect((await del('bad-id')).status).toBe(404);
  });

  it('when reports are deleted, then 204, they are gone for good, and the pages close up without gaps', async () => {
    for (const id of [ids[2]!, ids[5]!]) {
      const res = await del(id);
      expect(res.status, res.text).toBe(204);
      expect(res.text).toBe('');
      expect((await get(`/api/interview/report/${id}`)).status).toBe(404);
      expect((await del(id)).status).toBe(404);
      expect(await stack.api.db.reports.findByJob(id)).toBeNull();
    }
    const pages = await pageAll(2);
    expect(pages.map((p) => p.interviewReports.length)).toEqual([2, 2, 1]);
    const expected = [...ids].reverse().filter((id) => id !== ids[2] && id !== ids[5]);
    expect(pages.flatMap((p) => p.interviewReports.map((r: Json) => r._id))).toEqual(expected);
  });

  it('when the paging query is invalid, then 400 naming the parameter', async () => {
    const limit = await get('/api/interview/?limit=500');
    expect(limit.status).toBe(400);
    expect(limit.body.message).toContain("'limit'");
    const cursor = await get('/api/interview/?cursor=%%%');
    expect(cursor.status).toBe(400);
    expect(cursor.body.message).toContain("'cursor'");
  });
});
