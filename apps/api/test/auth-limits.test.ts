import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startTestApi, type TestApi } from '../../../test/support/api-harness.ts';
import { makeTestConfig, uniqueId } from '../../../test/support/test-config.ts';

const login = (api: TestApi, email: string, headers: Record<string, string> = {}) =>
  http(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers,
    json: { email, password: 'guess guess guess' },
  });

/** Every rate-limit counter this API instance wrote (its own key prefix only). */
const limiterKeys = async (api: TestApi): Promise<string[]> => {
  const keys: string[] = [];
  const stream = api.redis.scanStream({ match: `${api.config.queue.prefix}:rl:*`, count: 500 });
  for await (const batch of stream) keys.push(...(batch as string[]));
  return keys;
};

describe('finding 4: X-Forwarded-For and the login rate limit', () => {
  it('when TRUST_PROXY is unset and a loopback client sends a new X-Forwarded-For each time, then the limit still counts its real address and answers 429', async () => {
    const api = await startTestApi(makeTestConfig({ AUTH_RATE_LIMIT_MAX: '3' }));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await login(api, `spoof.${i}.${uniqueId()}@example.test`, {
          'x-forwarded-for': `10.7.${i}.1`,
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    } finally {
      await api.close();
    }
  });

  it('when TRUST_PROXY=loopback (a proxy on this host), then the client address comes from X-Forwarded-For and each client has its own limit', async () => {
    const api = await startTestApi(
      makeTestConfig({ AUTH_RATE_LIMIT_MAX: '3', TRUST_PROXY: 'loopback' }),
    );
    try {
      const distinct: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await login(api, `proxied.${i}.${uniqueId()}@example.test`, {
          'x-forwarded-for': `10.8.${i}.1`,
        });
        distinct.push(res.status);
      }
      expect(distinct).toEqual([401, 401, 401, 401, 401]);
      const same: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await login(api, `same.${i}.${uniqueId()}@example.test`, {
          'x-forwarded-for': '10.9.0.1',
        });
        same.push(res.status);
      }
      expect(same).toEqual([401, 401, 401, 429]);
    } finally {
      await api.close();
    }
  });
});

describe('finding 5: e-mails as rate-limit keys and auth body size', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(makeTestConfig({ AUTH_RATE_LIMIT_MAX: '1000' }));
  });
  afterAll(() => api?.close());

  it('when a login or registration names an e-mail longer than 254 characters, then 400 naming the field and no rate-limit key is written', async () => {
    const long = `${'a'.repeat(250)}@example.test`;
    for (const path of ['login', 'register']) {
      const res = await http<{ code: string; message: string }>(`${api.url}/api/auth/${path}`, {
        method: 'POST',
        json: { username: 'long_mail', email: long, password: 'long enough pw' },
      });
      expect(res.status, path).toBe(400);
      expect(res.body.code).toBe('VALIDATION_ERROR');
      expect(res.body.message).toContain("'email'");
    }
    expect(await limiterKeys(api)).toEqual([]);
  });

  it('when a valid login is counted, then its e-mail key is a fixed-length hash, not the address', async () => {
    const email = `Hashed.${uniqueId()}@Example.TEST`;
    expect((await login(api, email)).status).toBe(401);
    const keys = await limiterKeys(api);
    const emailKeys = keys.filter((k) => k.includes(':email:'));
    expect(emailKeys).toHaveLength(1);
    expect(emailKeys[0]).not.toContain(email.toLowerCase());
    expect(emailKeys[0]).toMatch(/:email:[A-Za-z0-9_-]{43}$/);
    // The same address in another case counts against the same key.
    await login(api, email.toLowerCase());
    expect((await limiterKeys(api)).filter((k) => k.includes(':email:'))).toEqual(emailKeys);
  });

  it('when an auth request body is over 16 KB, then 413 JSON saying the limit, before anything is counted', async () => {
    const before = await limiterKeys(api);
    const res = await http<{ code: string; message: string }>(`${api.url}/api/auth/login`, {
      method: 'POST',
      json: { email: 'big@example.test', password: 'x'.repeat(20 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.message).toContain('16384 bytes');
    expect(await limiterKeys(api)).toEqual(before);
  });
});
