import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** A small real resume (one-page PDF) from ../shared/corpus, read once. */
export const SAMPLE_PDF = readFileSync(`${CORPUS}resumes/pdf/resumematcher__john_doe.pdf`);
export const SAMPLE_JD = readFileSync(
  `${CORPUS}jobs/collections-jobs__ansp-db-programmer-2022.txt`,
  'utf8',
).slice(0, 4_000);

/** Registers a fresh user on the API and returns its cookie. */
export const registerCookie = async (baseUrl: string): Promise<string> => {
  const tag = Math.random().toString(36).slice(2, 10);
  const res = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: `bench_${tag}`,
      email: `bench_${tag}@example.test`,
      password: 'correct horse battery',
    }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('token='));
  if (res.status !== 201 || !cookie) throw new Error(`register failed: ${res.status}`);
  return cookie.split(';')[0]!;
};

export interface Submission {
  status: number;
  ms: number;
  body: Record<string, unknown>;
}

/** One timed POST to the documented endpoint; a network error is status 0, never a throw. */
const timedPost = async (url: string, init: RequestInit): Promise<Submission> => {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/api/interview/`, { method: 'POST', ...init });
    const text = await res.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.status, ms: performance.now() - started, body };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: { error: String(error) } };
  }
};

/** POSTs the documented multipart submission (JD + the sample PDF, or `file`). */
export const submit = (
  url: string,
  cookie: string,
  file: Uint8Array = SAMPLE_PDF,
): Promise<Submission> => {
  const fd = new FormData();
  fd.append('jobDescription', SAMPLE_JD);
  fd.append('title', 'Backend Engineer');
  fd.append('resume', new Blob([new Uint8Array(file)], { type: 'application/pdf' }), 'resume.pdf');
  return timedPost(url, { headers: { cookie }, body: fd });
};

/** POSTs a JSON submission (no file: JD + selfDescription), the cheapest path to a job. */
export const submitJson = (url: string, cookie: string): Promise<Submission> =>
  timedPost(url, {
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      jobDescription: SAMPLE_JD,
      title: 'Backend Engineer',
      selfDescription: 'Backend developer: Node.js, TypeScript, PostgreSQL, Redis, Docker.',
    }),
  });
