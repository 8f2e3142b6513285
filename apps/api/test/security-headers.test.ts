import { describe, expect, it } from 'vitest';
import { http, registerUser, useTestApi } from '../../../test/support/api-harness.ts';

const api = useTestApi();

/** The CSP as directive name -> source list. */
const csp = (headers: Headers): Map<string, string[]> =>
  new Map(
    (headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe('security headers (audit finding 9)', () => {
  it('when an authenticated response carries account data, then no-store, nosniff, no framing, no referrer', async () => {
    const { cookie } = await registerUser(api.url);
    const res = await http(`${api.url}/api/auth/get-me`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(csp(res.headers).get('frame-ancestors')).toEqual(["'none'"]);
    const reports = await http(`${api.url}/api/interview/`, { headers: { cookie } });
    expect(reports.status).toBe(200);
    expect(reports.headers.get('cache-control')).toBe('no-store');
    expect(reports.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('when the login answers with the cookie, then it is not stored by any cache either', async () => {
    const res = await http(`${api.url}/api/auth/register`, {
      method: 'POST',
      json: {
        username: `sec_${Date.now()}`,
        email: `sec_${Date.now()}@example.test`,
        password: 'correct horse battery',
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('when any response leaves, then its CSP allows the same-origin web app and nothing inline or foreign', async () => {
    for (const path of ['/api/nowhere', '/healthz', '/api/interview/']) {
      const res = await http(`${api.url}${path}`);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      const policy = csp(res.headers);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('img-src')).toContain('data:');
      const all = [...policy.values()].flat();
      expect(all).not.toContain("'unsafe-inline'");
      expect(all).not.toContain("'unsafe-eval'");
      expect(all).not.toContain('*');
    }
  });
});
