import { loadConfig } from '@prepkit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  http,
  registerUser,
  startTestApi,
  type TestApi,
} from '../../../test/support/api-harness.ts';
import {
  type MongoCommandCounter,
  startMongoCommandCounter,
} from '../../../test/support/mongo-command-counter.ts';
import { makeTestEnv } from '../../../test/support/test-config.ts';
import { startTestWorker } from '../../../test/support/worker-harness.ts';
import { form, pdfPart } from './support/interview-stack.ts';

/**
 * The MongoDB commands one multipart sync 201 costs, counted on the wire by a proxy in front of
 * the API and another in front of the worker (issue 16; `pnpm bench --only round-trips` prints
 * the same breakdown). Upper bounds: a change that adds a command per report fails here.
 */
const BODY = {
  title: 'Backend Engineer',
  jobDescription: 'Backend engineer: Node.js, TypeScript, Redis, MongoDB, Docker.',
};
const REPORTS = 3;

const through = (uri: string, port: number) => {
  const url = new URL(uri);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
};
const perReport = (c: MongoCommandCounter, key?: string) =>
  [...c.counts()].filter(([k]) => !key || k === key).reduce((n, [, v]) => n + v, 0) / REPORTS;

describe('MongoDB round trips of a report', () => {
  let api: TestApi;
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  let counters: { api: MongoCommandCounter; worker: MongoCommandCounter };
  let cookie: string;
  beforeAll(async () => {
    // One reconcile round at start-up, none while counting: a round is per interval, not per report.
    const env = makeTestEnv({ RECONCILE_INTERVAL_MS: '3600000' });
    const target = new URL(env.MONGODB_URI!);
    const port = Number(target.port || 27017);
    counters = {
      api: await startMongoCommandCounter(port, target.hostname),
      worker: await startMongoCommandCounter(port, target.hostname),
    };
    api = await startTestApi(
      loadConfig({ ...env, MONGODB_URI: through(env.MONGODB_URI!, counters.api.port) }),
    );
    worker = await startTestWorker(
      loadConfig({ ...env, MONGODB_URI: through(env.MONGODB_URI!, counters.worker.port) }),
    );
    cookie = (await registerUser(api.url)).cookie;
  });
  afterAll(async () => {
    await worker?.close(1_000);
    await api?.close();
    await counters?.api.close();
    await counters?.worker.close();
  });

  const post = () =>
    http<Record<string, any>>(`${api.url}/api/interview/`, {
      method: 'POST',
      headers: { cookie },
      body: form(BODY, pdfPart('resumes/pdf/resumematcher__barry_allen_fe.pdf')),
    });

  it('when multipart reports are answered 201 one after another, then the API makes at most 3 MongoDB commands each (the report, not the job, is read) and the worker at most 5: 8 in all', async () => {
    // Warm-up: the first report builds indexes and caches.
    expect((await post()).status).toBe(201);
    counters.api.reset();
    counters.worker.reset();
    for (let i = 0; i < REPORTS; i++) {
      const res = await post();
      expect(res.status).toBe(201);
      expect(res.body.interviewReport.jobDescription).toBe(BODY.jobDescription);
    }
    // The worker's last write (the completion) comes before the progress event that the 201
    // waits for: every command of these reports has been sent.
    const breakdown = (c: MongoCommandCounter) => JSON.stringify(Object.fromEntries(c.counts()));
    expect(perReport(counters.api, 'find interview_jobs'), breakdown(counters.api)).toBe(0);
    expect(perReport(counters.api, 'find interview_reports'), breakdown(counters.api)).toBe(1);
    expect(perReport(counters.api), breakdown(counters.api)).toBeLessThanOrEqual(3);
    expect(perReport(counters.worker), breakdown(counters.worker)).toBeLessThanOrEqual(5);
    expect(perReport(counters.worker, 'delete uploads'), breakdown(counters.worker)).toBe(0);
  });
});
