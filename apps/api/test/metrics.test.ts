import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../../../test/support/api-harness.ts';
import { hasSeries, sampleValue } from '../../../test/support/prometheus-text.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { form, pdfPart, postInterview, type Stack, startStack } from './support/interview-stack.ts';

const TOKEN = 'metrics-token-for-tests';
const BEARER = { authorization: `Bearer ${TOKEN}` };
const JD = 'Backend engineer: Node.js, TypeScript, PostgreSQL, Redis, Docker.';
const SELF = 'Five years of Node.js and TypeScript services on PostgreSQL.';

describe('Prometheus metrics of the API and the worker', () => {
  let stack: Stack;
  let workerUrl: string;
  const scrape = async () => {
    const [api, worker] = await Promise.all([
      http(`${stack.api.url}/metrics`, { headers: BEARER }),
      http(`${workerUrl}/metrics`, { headers: BEARER }),
    ]);
    expect(api.status).toBe(200);
    expect(worker.status).toBe(200);
    return { api: api.text, worker: worker.text };
  };
  beforeAll(async () => {
    stack = await startStack(
      makeTestConfig({ WORKER_HTTP_PORT: '0', METRICS_TOKEN: TOKEN, AUTH_RATE_LIMIT_MAX: '4' }),
    );
    workerUrl = stack.worker!.http!.url;
  });
  afterAll(() => stack?.close());

  it('when /metrics is asked without the METRICS_TOKEN, then both processes answer 401 JSON', async () => {
    for (const url of [`${stack.api.url}/metrics`, `${workerUrl}/metrics`]) {
      const res = await http(url);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHORIZED' });
      const wrong = await http(url, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
    }
  });

  it('when the worker is up, then its /healthz and /readyz answer on WORKER_HTTP_PORT', async () => {
    expect((await http(`${workerUrl}/healthz`)).body).toEqual({ status: 'ok' });
    const ready = await http(`${workerUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      services: { mongodb: 'up', redis: 'up', worker: 'up' },
    });
    expect((await http(`${workerUrl}/nope`)).status).toBe(404);
  });

  it('when two reports are made (one from a PDF), then the counters of both processes move by exactly that', async () => {
    const before = await scrape();
    const plain = await postInterview(stack, { jobDescription: JD, selfDescription: SELF });
    expect(plain.status, plain.text).toBe(201);
    const withPdf = await postInterview(
      stack,
      form({ jobDescription: JD }, pdfPart('resumes/pdf/resumematcher__john_doe.pdf')),
    );
    expect(withPdf.status, withPdf.text).toBe(201);
    const after = await scrape();
    const moved = (text: 'api' | 'worker', name: string, labels: Record<string, string> = {}) =>
      sampleValue(after[text], name, labels) - sampleValue(before[text], name, labels);

    expect(
      moved('api', 'prepkit_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/interview/',
        status_class: '2xx',
      }),
    ).toBe(2);
    expect(sampleValue(after.api, 'prepkit_sync_waiters')).toBe(0);
    expect(moved('worker', 'prepkit_job_attempts_total')).toBe(2);
    expect(
      moved('worker', 'prepkit_job_attempt_duration_seconds_count', { outcome: 'completed' }),
    ).toBe(2);
    const stage = (name: string) =>
      moved('worker', 'prepkit_job_stage_duration_seconds_count', {
        stage: name,
        outcome: 'completed',
      });
    expect([stage('extracting'), stage('generating'), stage('saving')]).toEqual([1, 2, 2]);
    expect(moved('worker', 'prepkit_extraction_duration_seconds_count', { kind: 'pdf' })).toBe(1);
    expect(moved('worker', 'prepkit_extraction_pages_total', { kind: 'pdf' })).toBeGreaterThan(0);
    // The local generator is the analyzer: no AI call, one analysis per report.
    expect(moved('worker', 'prepkit_analyzer_duration_seconds_count')).toBe(2);
    expect(moved('worker', 'prepkit_ai_calls_total')).toBe(0);
    expect(sampleValue(after.worker, 'prepkit_jobs_active')).toBe(0);
    // The only worker holds the maintenance lock, so it exports the fleet's queue counts.
    expect(sampleValue(after.worker, 'prepkit_queue_jobs', { state: 'completed' })).toBe(2);
    expect(hasSeries(after.worker, 'process_cpu_user_seconds_total')).toBe(true);
    expect(hasSeries(after.api, 'process_cpu_user_seconds_total')).toBe(true);
  });

  it('when requests name ids, then the route label is the template and no id appears in the metrics', async () => {
    const jobId = 'aaaaaaaaaaaaaaaaaaaaaaaa';
    const res = await http(`${stack.api.url}/api/interview/jobs/${jobId}`, {
      headers: { cookie: stack.cookie },
    });
    expect(res.status).toBe(404);
    await http(`${stack.api.url}/no/such/${jobId}`);
    const { api } = await scrape();
    expect(
      sampleValue(api, 'prepkit_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/api/interview/jobs/:jobId',
        status_class: '4xx',
      }),
    ).toBe(1);
    expect(
      sampleValue(api, 'prepkit_http_request_duration_seconds_count', { route: 'unmatched' }),
    ).toBe(1);
    expect(api).not.toContain(jobId);
  });

  it('when a submission is repeated with its Idempotency-Key, then one replay is counted', async () => {
    const before = sampleValue((await scrape()).api, 'prepkit_idempotent_replays_total');
    const headers = { cookie: stack.cookie, 'idempotency-key': 'metrics-replay-1' };
    const body = { jobDescription: JD, selfDescription: SELF };
    for (let i = 0; i < 2; i++) {
      const res = await http(`${stack.api.url}/api/interview/jobs`, {
        method: 'POST',
        headers,
        json: body,
      });
      expect(res.status).toBe(202);
    }
    expect(sampleValue((await scrape()).api, 'prepkit_idempotent_replays_total') - before).toBe(1);
  });

  it('when logins go over AUTH_RATE_LIMIT_MAX, then each refusal is counted', async () => {
    const login = () =>
      http(`${stack.api.url}/api/auth/login`, {
        method: 'POST',
        json: { email: 'nobody-metrics@example.test', password: 'wrong password' },
      });
    const statuses: number[] = [];
    while (statuses.filter((s) => s === 429).length < 2) statuses.push((await login()).status);
    const refused = statuses.filter((s) => s === 429).length;
    const { api } = await scrape();
    expect(sampleValue(api, 'prepkit_auth_rate_limited_total')).toBe(refused);
  });
});
