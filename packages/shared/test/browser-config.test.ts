import { describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from '../src/config/config.schema.ts';

const base = { MONGODB_URI: 'mongodb://127.0.0.1/x', REDIS_URL: 'redis://127.0.0.1' };
const production = { ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('CORS_ORIGINS', () => {
  it('when unset in development, then the Vite dev-server origins on both loopback names', () => {
    expect(loadConfig(base).http.corsOrigins).toEqual([
      'http://localhost:5173',
      'http://127.0.0.1:5173',
    ]);
  });

  it('when unset in production, then no origin is allowed', () => {
    expect(loadConfig(production).http.corsOrigins).toEqual([]);
  });

  it('when set, then each entry is kept as browsers serialize an Origin (case, default port, trailing slash)', () => {
    const config = loadConfig({
      ...production,
      CORS_ORIGINS:
        ' https://App.Example.com/ ,http://localhost:8080,,https://x.test:443,https://app.example.com',
    });
    expect(config.http.corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:8080',
      'https://x.test',
    ]);
  });

  it('when set to an empty string, then no origin is allowed (also in development)', () => {
    expect(loadConfig({ ...base, CORS_ORIGINS: '' }).http.corsOrigins).toEqual([]);
  });

  it.each([
    ['*', "'*' is not allowed"],
    ['https://app.example.com/path', 'is not an origin'],
    ['app.example.com', 'is not an origin'],
    ['ftp://files.example.com', 'is not an origin'],
    ['https://user@app.example.com', 'is not an origin'],
  ])('when an entry is %s, then start-up fails naming CORS_ORIGINS', (value, message) => {
    const found = problems({ ...base, CORS_ORIGINS: `http://localhost:5173,${value}` });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^CORS_ORIGINS: /);
    expect(found[0]).toContain(message);
  });
});

describe('cookie modes', () => {
  it('when nothing is set, then SameSite=Lax, host-only, Secure only in production', () => {
    expect(loadConfig(base).auth.cookie).toEqual({
      sameSite: 'lax',
      secure: false,
      domain: undefined,
    });
    expect(loadConfig(production).auth.cookie).toEqual({
      sameSite: 'lax',
      secure: true,
      domain: undefined,
    });
  });

  it('when COOKIE_SAMESITE=none outside production without COOKIE_SECURE, then start-up fails saying why', () => {
    const found = problems({ ...base, COOKIE_SAMESITE: 'none' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^COOKIE_SAMESITE: .*Secure.*COOKIE_SECURE=true/);
  });

  it('when COOKIE_SAMESITE=none in production with COOKIE_SECURE=false, then start-up fails', () => {
    expect(problems({ ...production, COOKIE_SAMESITE: 'none', COOKIE_SECURE: 'false' })).toEqual([
      expect.stringMatching(/^COOKIE_SAMESITE: /),
    ]);
  });

  it('when COOKIE_SAMESITE=none with COOKIE_SECURE=true or in production, then it is Secure', () => {
    const dev = loadConfig({ ...base, COOKIE_SAMESITE: 'none', COOKIE_SECURE: 'true' });
    expect(dev.auth.cookie).toMatchObject({ sameSite: 'none', secure: true });
    const prod = loadConfig({ ...production, COOKIE_SAMESITE: 'none' });
    expect(prod.auth.cookie).toMatchObject({ sameSite: 'none', secure: true });
  });

  it('when COOKIE_DOMAIN, COOKIE_SAMESITE=strict are set, then they are kept; a bad mode is refused', () => {
    const config = loadConfig({ ...base, COOKIE_SAMESITE: 'strict', COOKIE_DOMAIN: 'example.com' });
    expect(config.auth.cookie).toEqual({
      sameSite: 'strict',
      secure: false,
      domain: 'example.com',
    });
    expect(problems({ ...base, COOKIE_SAMESITE: 'Lax' })[0]).toMatch(/^COOKIE_SAMESITE: /);
    expect(problems({ ...base, COOKIE_SECURE: 'yes' })[0]).toMatch(/^COOKIE_SECURE: /);
  });
});

describe('SYNC_MAX_WAIT_MS', () => {
  it('when unset, then 300000; when set, then kept', () => {
    expect(loadConfig(base).queue.syncMaxWaitMs).toBe(300_000);
    expect(loadConfig({ ...base, SYNC_MAX_WAIT_MS: '5000' }).queue.syncMaxWaitMs).toBe(5_000);
  });
});
