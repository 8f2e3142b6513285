import type { Config } from '@prepkit/shared';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { type ApiServer, startApiServer } from '../../apps/api/src/server.ts';
import { assertMatchesContract } from './openapi-contract.ts';
import { makeTestConfig } from './test-config.ts';

export interface TestApi extends ApiServer {
  config: Config;
}

/** Starts the real API on a free loopback port with the given config. */
export const startTestApi = async (config: Config): Promise<TestApi> => {
  const logger = pino({ level: config.logLevel });
  const api = await startApiServer(config, logger);
  return Object.assign(api, { config });
};

/**
 * The real API for one test file (or describe block): started in `beforeAll` with the test
 * config plus `env`, closed in `afterAll`. The returned object is filled in once it has started.
 */
export const useTestApi = (env: Record<string, string> = {}): TestApi => {
  const api = {} as TestApi;
  beforeAll(async () => {
    Object.assign(api, await startTestApi(makeTestConfig(env)));
  });
  afterAll(() => api.close?.());
  return api;
};

export interface HttpResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * fetch + JSON parse, keeping the raw text for assertions on non-JSON bodies. Every response is
 * checked against the OpenAPI document (route, status, body schema): a response that drifts from
 * the contract fails the test that caused it.
 */
export const http = async <T = Record<string, unknown>>(
  url: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<HttpResult<T>> => {
  const result = await httpUnchecked<T>(url, init);
  assertMatchesContract(init.method ?? 'GET', url, {
    status: result.status,
    contentType: result.contentType,
    body: result.text ? result.body : undefined,
    isJson: result.isJson,
  });
  return result;
};

/**
 * The same request without the contract check: for stand-in servers that are not prepkit's API
 * (a test's own express app, a static site).
 */
export const httpUnchecked = async <T = Record<string, unknown>>(
  url: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<HttpResult<T> & { contentType: string; isJson: boolean }> => {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  const res = await fetch(url, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await res.text();
  let body: unknown = {};
  let isJson = false;
  try {
    body = text ? JSON.parse(text) : {};
    isJson = text !== '';
  } catch {
    body = { __notJson: text };
  }
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    headers: res.headers,
    body: body as T,
    text,
    contentType,
    isJson: isJson && contentType.includes('json'),
  };
};

/** The `token=...` pair of a Set-Cookie header, ready for a Cookie header. */
export const tokenCookieFrom = (headers: Headers): string => {
  const cookie = headers.getSetCookie().find((c) => c.startsWith('token='));
  if (!cookie) throw new Error('no token cookie was set');
  return cookie.split(';')[0]!;
};

let counter = 0;
/** Registers a fresh user and returns its cookie and raw token. */
export const registerUser = async (baseUrl: string, overrides: Record<string, string> = {}) => {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  const credentials = {
    username: `user_${tag}`,
    email: `user_${tag}@example.test`,
    password: 'correct horse battery',
    ...overrides,
  };
  const res = await http<{ user: { id: string } }>(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    json: credentials,
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.text}`);
  const cookie = tokenCookieFrom(res.headers);
  return { credentials, user: res.body.user, cookie, token: cookie.slice('token='.length) };
};
