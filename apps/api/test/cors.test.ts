import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  http,
  registerUser,
  startTestApi,
  tokenCookieFrom,
} from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { type Stack, startStack } from './support/interview-stack.ts';

type Json = Record<string, any>;
const ALLOWED = 'http://127.0.0.1:5999';
const OTHER = 'http://127.0.0.1:6001';
const JOB = { jobDescription: 'Backend engineer: Node.js, Redis.', selfDescription: 'Node.js.' };

/** The comma-separated tokens of a header, lower-cased. */
const tokens = (value: string | null) =>
  (value ?? '').split(',').map((t) => t.trim().toLowerCase());

let stack: Stack;
let url: string;
beforeAll(async () => {
  // No worker: submitted jobs stay queued, which is all these tests need.
  stack = await startStack(
    makeTestConfig({ CORS_ORIGINS: `${ALLOWED},http://localhost:5999` }),
    false,
  );
  url = stack.api.url;
});
afterAll(async () => stack?.close());

const preflight = (path: string, origin: string, method = 'POST') =>
  http(`${url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'content-type,idempotency-key,prefer',
    },
  });

describe('CORS preflight', () => {
  it.each([
    '/api/auth/register',
    '/api/auth/login',
    '/api/interview/',
    '/api/interview/jobs',
    '/api/interview/jobs/6650c0ffee0123456789abcd/events',
    '/api/interview/report/6650c0ffee0123456789abcd',
  ])(
    'when an allowed origin preflights %s without a cookie, then 204 with the CORS answer, never 401',
    async (path) => {
      const res = await preflight(path, ALLOWED);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(tokens(res.headers.get('access-control-allow-methods'))).toEqual(
        expect.arrayContaining(['get', 'post', 'delete', 'options']),
      );
      expect(tokens(res.headers.get('access-control-allow-headers'))).toEqual(
        expect.arrayContaining([
          'content-type',
          'authorization',
          'idempotency-key',
          'prefer',
          'last-event-id',
          'x-request-id',
        ]),
      );
      expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(tokens(res.headers.get('vary'))).toContain('origin');
    },
  );

  it('when the second listed origin preflights, then it gets itself back (never *)', async () => {
    const res = await preflight('/api/interview/', 'http://localhost:5999', 'DELETE');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5999');
  });

  it('when a non-listed origin preflights, then 204 with no CORS header at all (not 401, not text/plain)', async () => {
    for (const path of ['/api/auth/register', '/api/interview/']) {
      const res = await preflight(path, OTHER);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(res.headers.get('content-type')).toBeNull();
      for (const name of res.headers.keys()) expect(name).not.toMatch(/^access-control-/);
      expect(tokens(res.headers.get('vary'))).toContain('origin');
    }
  });

  it('when OPTIONS comes without Origin or on an unknown path, then 204 with Allow, not express text/plain', async () => {
    const bare = await http(`${url}/api/interview/`, { method: 'OPTIONS' });
    expect(bare.status).toBe(204);
    expect(bare.headers.get('allow')).toBe('GET, POST, DELETE, OPTIONS');
    expect(bare.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('/api/nowhere', ALLOWED)).status).toBe(204);
  });
});

describe('CORS on actual responses', () => {
  it('when an allowed origin reads with the cookie, then the origin, credentials, exposed headers and Vary: Origin', async () => {
    const res = await http(`${url}/api/auth/get-me`, {
      headers: { origin: ALLOWED, cookie: stack.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(tokens(res.headers.get('access-control-expose-headers'))).toEqual(
      expect.arrayContaining(['location', 'retry-after', 'preference-applied', 'x-request-id']),
    );
    expect(tokens(res.headers.get('vary'))).toContain('origin');
  });

  it('when an allowed origin gets an error, then the error carries the CORS headers too (the page can read it)', async () => {
    const res = await http(`${url}/api/auth/get-me`, { headers: { origin: ALLOWED } });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('when a non-listed origin or no origin reads, then no CORS header, and Vary: Origin still', async () => {
    for (const headers of [{ origin: OTHER }, {}] as Record<string, string>[]) {
      const res = await http(`${url}/api/auth/get-me`, {
        headers: { ...headers, cookie: stack.cookie },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(tokens(res.headers.get('vary'))).toContain('origin');
    }
  });
});

describe('Origin check on state-changing requests', () => {
  const submit = (headers: Record<string, string>) =>
    http<Json>(`${url}/api/interview/jobs`, { method: 'POST', headers, json: JOB });
  const jobCount = async (cookie: string) =>
    (await http<Json>(`${url}/api/interview/jobs`, { headers: { cookie } })).body.jobs.length;

  it('when a cookie-authenticated POST comes from a non-listed origin, then 403 ORIGIN_NOT_ALLOWED and nothing is stored', async () => {
    const user = await registerUser(url);
    for (const origin of [
      OTHER,
      'https://evil.example',
      'null',
      `http://localhost:${new URL(url).port}`,
    ]) {
      const res = await submit({ cookie: user.cookie, origin });
      expect(res.status, origin).toBe(403);
      expect(res.body).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED', requestId: expect.any(String) });
    }
    expect(await jobCount(user.cookie)).toBe(0);
  });

  it('when a multipart form (no preflight) posts from a non-listed origin, then 403 before the body is read', async () => {
    const user = await registerUser(url);
    const body = new FormData();
    body.append('jobDescription', JOB.jobDescription);
    body.append('selfDescription', JOB.selfDescription);
    const res = await http<Json>(`${url}/api/interview/`, {
      method: 'POST',
      headers: { cookie: user.cookie, origin: OTHER },
      body,
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(await jobCount(user.cookie)).toBe(0);
  });

  it('when a DELETE comes from a non-listed origin, then 403 and the job is untouched', async () => {
    const user = await registerUser(url);
    const job = await submit({ cookie: user.cookie });
    const res = await http<Json>(`${url}/api/interview/jobs/${job.body.jobId}`, {
      method: 'DELETE',
      headers: { cookie: user.cookie, origin: OTHER },
    });
    expect(res.status).toBe(403);
    const after = await http<Json>(`${url}/api/interview/jobs/${job.body.jobId}`, {
      headers: { cookie: user.cookie },
    });
    expect(after.body.status).toBe('queued');
  });

  it('when the origin is allowed, the API own origin, or the browser says same-origin, then the POST goes through', async () => {
    const user = await registerUser(url);
    const accepted: Record<string, string>[] = [
      { origin: ALLOWED },
      { origin: url },
      { origin: 'https://prepkit.example', 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of accepted) {
      const res = await submit({ cookie: user.cookie, ...headers });
      expect(res.status, JSON.stringify(headers)).toBe(202);
    }
    expect(await jobCount(user.cookie)).toBe(3);
  });

  it('when the request carries Bearer or no Origin at all, then the Origin check does not apply', async () => {
    const user = await registerUser(url);
    expect((await submit({ authorization: `Bearer ${user.token}`, origin: OTHER })).status).toBe(
      202,
    );
    expect((await submit({ cookie: user.cookie })).status).toBe(202);
    expect(await jobCount(user.cookie)).toBe(2);
  });

  it('when a non-listed origin posts a login or logout (no preflight), then 403: no login CSRF', async () => {
    const user = await registerUser(url);
    const login = await http<Json>(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { origin: OTHER },
      json: { email: user.credentials.email, password: user.credentials.password },
    });
    expect(login.status).toBe(403);
    expect(login.headers.getSetCookie()).toEqual([]);
    const logout = await http<Json>(`${url}/api/auth/logout`, {
      method: 'POST',
      headers: { origin: OTHER, cookie: user.cookie },
    });
    expect(logout.status).toBe(403);
    expect(
      (await http(`${url}/api/auth/get-me`, { headers: { cookie: user.cookie } })).status,
    ).toBe(200);
  });
});

describe('cookie modes for deployment', () => {
  it('when COOKIE_SAMESITE=none, COOKIE_SECURE=true and COOKIE_DOMAIN are set, then the cookie is set and cleared with them', async () => {
    const config = makeTestConfig({
      COOKIE_SAMESITE: 'none',
      COOKIE_SECURE: 'true',
      COOKIE_DOMAIN: 'prepkit.example',
    });
    const other = await startTestApi(config);
    try {
      const tag = `none_${Date.now()}`;
      const register = await http(`${other.url}/api/auth/register`, {
        method: 'POST',
        json: { username: tag, email: `${tag}@example.test`, password: 'correct horse battery' },
      });
      const logout = await http(`${other.url}/api/auth/logout`, {
        method: 'POST',
        headers: { cookie: tokenCookieFrom(register.headers) },
      });
      for (const res of [register, logout]) {
        const cookie = res.headers.getSetCookie().find((c) => c.startsWith('token='));
        for (const attribute of ['SameSite=None', 'Secure', 'HttpOnly', 'Domain=prepkit.example']) {
          expect(cookie).toContain(attribute);
        }
      }
    } finally {
      await other.close();
    }
  });

  it('when nothing is set (not production), then SameSite=Lax, host-only, not Secure', async () => {
    const res = await http(`${url}/api/auth/register`, {
      method: 'POST',
      json: {
        username: `lax_${Date.now()}`,
        email: `lax_${Date.now()}@example.test`,
        password: 'correct horse battery',
      },
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('token='))!;
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).not.toMatch(/Secure|Domain=/);
  });
});
