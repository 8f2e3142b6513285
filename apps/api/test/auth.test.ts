import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  http,
  registerUser,
  startTestApi,
  tokenCookieFrom,
  useTestApi,
} from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';

const api = useTestApi({ AUTH_RATE_LIMIT_MAX: '1000' });

const me = (headers: Record<string, string>) =>
  http<{ user?: { email: string } }>(`${api.url}/api/auth/get-me`, { headers });

describe('POST /api/auth/register, /login, /logout, GET /get-me', () => {
  it('when a user registers, logs in, reads itself and logs out, then each step answers as documented and the cookie is safe', async () => {
    const email = `Round.Trip.${Date.now()}@Example.TEST`;
    const reg = await http<{ message: string; user: Record<string, string> }>(
      `${api.url}/api/auth/register`,
      { method: 'POST', json: { username: `rt_${Date.now()}`, email, password: 'long enough pw' } },
    );
    expect(reg.status).toBe(201);
    expect(reg.body.message).toEqual(expect.any(String));
    expect(Object.keys(reg.body.user).sort()).toEqual(['email', 'id', 'username']);
    expect(reg.body.user.email).toBe(email.toLowerCase());
    const setCookie = reg.headers.getSetCookie().find((c) => c.startsWith('token='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=604800/);
    expect(setCookie).not.toMatch(/Secure/i);

    const login = await http<{ user: { email: string } }>(`${api.url}/api/auth/login`, {
      method: 'POST',
      json: { email: email.toUpperCase(), password: 'long enough pw' },
    });
    expect(login.status).toBe(200);
    expect(login.body.user.email).toBe(email.toLowerCase());
    const cookie = tokenCookieFrom(login.headers);

    const who = await me({ cookie });
    expect(who.status).toBe(200);
    expect(who.body.user?.email).toBe(email.toLowerCase());
    const alias = await http<{ user: { email: string } }>(`${api.url}/api/auth/me`, {
      headers: { cookie },
    });
    expect(alias.body.user.email).toBe(email.toLowerCase());

    const out = await http(`${api.url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join()).toMatch(/token=;.*Expires=Thu, 01 Jan 1970/);
    const after = await me({ cookie });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('when the web client logs out with GET, then the token is revoked too', async () => {
    const { cookie } = await registerUser(api.url);
    expect((await http(`${api.url}/api/auth/logout`, { headers: { cookie } })).status).toBe(200);
    expect((await me({ cookie })).status).toBe(401);
  });

  it('when the email or the username is taken, then 409', async () => {
    const { credentials } = await registerUser(api.url);
    const sameEmail = await http(`${api.url}/api/auth/register`, {
      method: 'POST',
      json: {
        ...credentials,
        username: `${credentials.username}x`,
        email: credentials.email.toUpperCase(),
      },
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body).toMatchObject({ code: 'CONFLICT' });
    const sameName = await http(`${api.url}/api/auth/register`, {
      method: 'POST',
      json: { ...credentials, email: `other.${credentials.email}` },
    });
    expect(sameName.status).toBe(409);
  });

  it.each([
    [{ email: 'a@b.test', password: 'long enough pw' }, 'username'],
    [{ username: 'someone', password: 'long enough pw' }, 'email'],
    [{ username: 'someone', email: 'not-an-email', password: 'long enough pw' }, 'email'],
    [{ username: 'someone', email: 'a@b.test' }, 'password'],
    [{ username: 'someone', email: 'a@b.test', password: 'short' }, 'password'],
  ])('when registering with %o, then 400 naming %s', async (body, field) => {
    const res = await http<{ message: string; code: string }>(`${api.url}/api/auth/register`, {
      method: 'POST',
      json: body,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_ERROR');
    expect(res.body.message).toContain(`'${field}'`);
  });

  it('when the password is wrong or the email unknown, then the same 401', async () => {
    const { credentials } = await registerUser(api.url);
    const wrong = await http(`${api.url}/api/auth/login`, {
      method: 'POST',
      json: { email: credentials.email, password: 'not the password' },
    });
    const unknown = await http(`${api.url}/api/auth/login`, {
      method: 'POST',
      json: { email: `nobody.${credentials.email}`, password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ ...unknown.body, requestId: wrong.body.requestId });
    expect(wrong.body.message).toBe('Invalid email or password.');
  });
});

describe('tokens', () => {
  const sign = (secret: string, claims: { sub: string; exp: number }) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setJti(crypto.randomUUID())
      .setIssuedAt()
      .setExpirationTime(claims.exp)
      .sign(new TextEncoder().encode(secret));

  it('when the token is sent as a Bearer header, then it is accepted', async () => {
    const { token, user } = await registerUser(api.url);
    const res = await me({ authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id });
  });

  it('when a token is tampered, expired, unsigned (alg none), signed with another secret, or missing, then 401 JSON', async () => {
    const { token, user } = await registerUser(api.url);
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: '0'.repeat(24) })).toString('base64url')}.${s}`;
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${p}.`;
    const secret = api.config.auth.jwtSecret!;
    const expired = await sign(secret, { sub: user.id, exp: Math.floor(Date.now() / 1000) - 10 });
    const otherSecret = await sign('x'.repeat(40), {
      sub: user.id,
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    for (const bad of [tampered, none, expired, otherSecret, 'garbage']) {
      const res = await me({ cookie: `token=${bad}` });
      expect(res.status, bad).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHORIZED', message: expect.any(String) });
    }
    const missing = await me({});
    expect(missing.status).toBe(401);
    const valid = await sign(secret, { sub: user.id, exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await me({ cookie: `token=${valid}` })).status).toBe(200);
  });

  it('when a token is revoked, then its revocation expires with the token', async () => {
    const { cookie } = await registerUser(api.url);
    const token = cookie.slice('token='.length);
    await http(`${api.url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    const jti = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).jti;
    const ttl = await api.redis.ttl(`${api.config.queue.prefix}:auth:revoked-token:${jti}`);
    expect(ttl).toBeGreaterThan(604_000);
    expect(ttl).toBeLessThanOrEqual(604_800);
  });
});

describe('rate limits', () => {
  it('when one email fails to log in too often, then 429 JSON with Retry-After', async () => {
    const limited = await startTestApi(makeTestConfig({ AUTH_RATE_LIMIT_MAX: '3' }));
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof http>> | undefined;
      for (let i = 0; i < 5; i++) {
        last = await http(`${limited.url}/api/auth/login`, {
          method: 'POST',
          json: { email: 'victim@example.test', password: 'guess guess' },
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(last!.body).toMatchObject({ code: 'RATE_LIMITED' });
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
