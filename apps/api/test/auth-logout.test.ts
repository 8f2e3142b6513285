import { describe, expect, it } from 'vitest';
import { http, registerUser, useTestApi } from '../../../test/support/api-harness.ts';

const api = useTestApi({ AUTH_RATE_LIMIT_MAX: '1000' });

const me = (cookie: string) => http(`${api.url}/api/auth/get-me`, { headers: { cookie } });

/**
 * What a FLUSHALL does to this API instance: every Redis key under its own prefix is gone. The
 * shared Redis also serves other test runs, so only this instance's keys are deleted.
 */
const forgetThisInstanceInRedis = async (): Promise<number> => {
  let deleted = 0;
  const stream = api.redis.scanStream({ match: `${api.config.queue.prefix}*`, count: 500 });
  for await (const batch of stream) {
    const keys = batch as string[];
    if (keys.length > 0) deleted += await api.redis.del(...keys);
  }
  return deleted;
};

describe('finding 10: GET /api/auth/logout from another site', () => {
  it('when GET logout arrives with Sec-Fetch-Site: cross-site, then 403 JSON and the session stays valid', async () => {
    const { cookie } = await registerUser(api.url);
    const res = await http<{ code: string; message: string }>(`${api.url}/api/auth/logout`, {
      headers: { cookie, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body.code).toBe('CROSS_SITE_REQUEST');
    expect(res.body.message).toContain('POST');
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await me(cookie)).status).toBe(200);
  });

  it.each([['same-origin'], ['same-site'], ['none']])(
    'when GET logout arrives with Sec-Fetch-Site: %s, then the token is revoked',
    async (site) => {
      const { cookie } = await registerUser(api.url);
      const res = await http(`${api.url}/api/auth/logout`, {
        headers: { cookie, 'sec-fetch-site': site },
      });
      expect(res.status).toBe(200);
      expect((await me(cookie)).status).toBe(401);
    },
  );
});

describe('finding 14: revocation survives Redis losing its data', () => {
  it('when a user logs out and Redis then forgets every key of this instance, then the token is still refused', async () => {
    const { cookie } = await registerUser(api.url);
    const other = await registerUser(api.url);
    expect((await me(cookie)).status).toBe(200);
    const out = await http(`${api.url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(200);
    expect((await me(cookie)).status).toBe(401);

    expect(await forgetThisInstanceInRedis()).toBeGreaterThan(0);
    const after = await me(cookie);
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: 'UNAUTHORIZED' });
    // Asked twice: the answer cached again after the flush is the same.
    expect((await me(cookie)).status).toBe(401);
    // A session that was never revoked is not affected.
    expect((await me(other.cookie)).status).toBe(200);
  });

  it('when a token is revoked, then MongoDB records the revocation with the expiry of the token', async () => {
    const { cookie, token } = await registerUser(api.url);
    await http(`${api.url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    const { jti, exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    const stored = await api.db.connection.collection('revoked_tokens').findOne({ tokenId: jti });
    expect(stored?.expiresAt).toEqual(new Date(exp * 1000));
  });
});
