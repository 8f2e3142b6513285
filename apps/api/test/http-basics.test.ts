import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { http, registerUser, startTestApi, useTestApi } from '../../../test/support/api-harness.ts';
import { startTcpProxy, type TcpProxy } from '../../../test/support/tcp-proxy.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { startApiServer } from '../src/server.ts';

const api = useTestApi();

describe('errors are JSON', () => {
  it('when the route is unknown, then 404 JSON with code and requestId', async () => {
    const res = await http(`${api.url}/nope`, { headers: { 'x-request-id': 'req-abc-123' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', requestId: 'req-abc-123' });
    expect(res.headers.get('x-request-id')).toBe('req-abc-123');
  });

  it('when the JSON body is malformed, then 400 JSON INVALID_JSON, not HTML', async () => {
    const res = await http(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "a@b.c",',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_JSON', message: expect.any(String) });
    expect(res.text).not.toMatch(/<html|<pre/i);
  });
});

describe('finding 13: X-Request-Id', () => {
  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['a space', 'two words'],
    ['129 characters', 'a'.repeat(129)],
    ['a quote', 'id"with-quote'],
  ])(
    'when the caller sends an id with %s, then a new id is generated and used everywhere',
    async (_, given) => {
      const res = await http<{ requestId: string }>(`${api.url}/nope`, {
        headers: { 'x-request-id': given },
      });
      const id = res.headers.get('x-request-id');
      expect(id).not.toBe(given);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.requestId).toBe(id);
    },
  );

  it('when the caller sends an id of letters, digits and . _ : - up to 128 characters, then it is kept', async () => {
    for (const given of ['abc.DEF_1:2-3', 'x'.repeat(128)]) {
      const res = await http(`${api.url}/nope`, { headers: { 'x-request-id': given } });
      expect(res.headers.get('x-request-id')).toBe(given);
      expect(res.body.requestId).toBe(given);
    }
  });
});

describe('finding 6: malformed percent-encoding in a route', () => {
  it('when a route parameter is not valid percent-encoding, then 400 JSON, logged below error level', async () => {
    const lines: Array<{ level: number; msg?: string }> = [];
    const sink = { write: (line: string) => void lines.push(JSON.parse(line)) };
    const config = makeTestConfig();
    const logged = await startApiServer(config, pino({ level: 'info' }, sink));
    try {
      const { cookie } = await registerUser(logged.url);
      const cases: Array<[string, string]> = [
        ['GET', '/api/interview/report/%E0%A4%A'],
        ['GET', '/api/interview/jobs/%ff'],
        ['GET', '/api/interview/jobs/%ff/events'],
        ['DELETE', '/api/interview/report/%ff'],
        ['DELETE', '/api/interview/jobs/%ff'],
      ];
      for (const [method, path] of cases) {
        const res = await http<{ code: string; message: string }>(`${logged.url}${path}`, {
          method,
          headers: { cookie },
        });
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        expect(res.body.code).toBe('VALIDATION_ERROR');
        expect(res.body.message).toBe('The URL is not valid percent-encoding.');
      }
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
      expect(lines.some((l) => l.msg === 'The URL is not valid percent-encoding.')).toBe(true);
    } finally {
      await logged.close();
    }
  });
});

describe('GET /healthz and /readyz', () => {
  it('when Mongo and Redis answer, then both are 200', async () => {
    expect((await http(`${api.url}/healthz`)).status).toBe(200);
    const ready = await http(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', services: { mongodb: 'up', redis: 'up' } });
  });

  it('when Mongo becomes unreachable, then /readyz is 503 naming it, and 200 again once it is back', async () => {
    const base = makeTestConfig();
    const mongo = new URL(base.mongodbUri);
    const proxy: TcpProxy = await startTcpProxy(Number(mongo.port));
    mongo.port = String(proxy.port);
    const proxied = await startTestApi({ ...base, mongodbUri: mongo.toString() });
    try {
      expect((await http(`${proxied.url}/readyz`)).status).toBe(200);
      await proxy.cut();
      const started = Date.now();
      const down = await http(`${proxied.url}/readyz`);
      // "Did not hang" (the driver would otherwise wait on the cut connection); generous for load.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        services: { mongodb: 'down', redis: 'up' },
      });
      expect(down.body.message).toContain('mongodb');

      await proxy.restore();
      const deadline = Date.now() + 15_000;
      let again = await http(`${proxied.url}/readyz`);
      while (again.status !== 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        again = await http(`${proxied.url}/readyz`);
      }
      expect(again.status).toBe(200);
    } finally {
      await proxied.close().catch(() => undefined);
      await proxy.close();
    }
  });
});

describe('configuration', () => {
  it('when a required variable is missing, then the API exits 1 naming it', () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const res = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, REDIS_URL: 'redis://127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('MONGODB_URI');
  });
});
