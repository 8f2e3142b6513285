import { createTextExtractor } from '@prepkit/extraction';
import { http } from '../../../../test/support/api-harness.ts';
import type { Stack } from './interview-stack.ts';

export type Json = Record<string, any>;

/** Calls the API as the stack's user (or another cookie). */
export const call = (
  stack: Stack,
  path: string,
  init: RequestInit & { json?: unknown } = {},
  cookie = stack.cookie,
) =>
  http<Json>(`${stack.api.url}${path}`, {
    ...init,
    headers: { cookie, ...(init.headers as Record<string, string> | undefined) },
  });

/** The raw bytes of a GET or POST (for PDFs). */
export const bytes = async (stack: Stack, path: string, init: RequestInit = {}) => {
  const res = await fetch(`${stack.api.url}${path}`, {
    ...init,
    headers: { cookie: stack.cookie, ...(init.headers as Record<string, string> | undefined) },
  });
  return {
    status: res.status,
    headers: res.headers,
    body: new Uint8Array(await res.arrayBuffer()),
  };
};

/** The text prepkit's own extractor reads from a PDF. */
export const extractPdfText = async (pdf: Uint8Array): Promise<string> => {
  const extractor = createTextExtractor({ maxThreads: 1 });
  try {
    // A line broken after a hyphen ("Test-" / "Driven") reads back as one word.
    const { text } = await extractor.extract(new Uint8Array(pdf), 'pdf');
    return text.replace(/-\n/g, '-').replace(/\s+/g, ' ');
  } finally {
    await extractor.close();
  }
};

/** Asks for the report's tailored resume and waits for it (`Prefer: wait=60`). */
export const tailorAndWait = (stack: Stack, reportId: string) =>
  call(stack, `/api/interview/report/${reportId}/resume`, {
    method: 'POST',
    headers: { prefer: 'wait=60' },
  });
