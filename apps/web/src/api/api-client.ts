import type { z } from 'zod';
import { ApiError, errorFromResponse, networkError } from './api-error.ts';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (multipart from a FormData). */
  body?: FormData;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Where the API lives: the page's own origin (the API serves the app). */
export const API_BASE = '';

/**
 * One API call with the session cookie. A 2xx body is parsed with `schema` (the shared zod
 * contract: the response type comes from there); 204 yields null. Anything else throws ApiError.
 */
export const apiRequest = async <S extends z.ZodType>(
  path: string,
  schema: S | null,
  options: RequestOptions = {},
  fetchImpl: typeof fetch = fetch,
): Promise<z.output<S> | null> => {
  const headers = new Headers(options.headers);
  headers.set('accept', 'application/json');
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(options.json);
  } else if (options.body) {
    body = options.body;
  }
  let res: Response;
  try {
    res = await fetchImpl(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw networkError();
  }
  if (!res.ok) throw await errorFromResponse(res);
  if (res.status === 204 || !schema) return null;
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', 'The server sent an unreadable answer.', null);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(res.status, 'BAD_RESPONSE', 'The server sent an unexpected answer.', null);
  }
  return parsed.data;
};
