import type { Config } from '@prepkit/shared';
import {
  http,
  registerUser,
  startTestApi,
  type TestApi,
} from '../../../../test/support/api-harness.ts';
import { readCorpus } from '../../../../test/support/corpus.ts';
import { until } from '../../../../test/support/until.ts';
import { startTestWorker } from '../../../../test/support/worker-harness.ts';
import type { WorkerRuntime } from '../../../worker/src/runtime.ts';

export interface Stack {
  api: TestApi;
  worker: WorkerRuntime | null;
  cookie: string;
  userId: string;
  /**
   * Waits until no job of this stack's database is queued or processing, so that a test's
   * background jobs (and their AI calls) are over before the next test counts anything.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Polls until no job document is runnable (a generous limit: it only means "did not hang"). */
const settleJobs = (api: TestApi, limitMs = 60_000) => {
  const jobs = api.db.connection.collection('interview_jobs');
  return until(
    async () => (await jobs.countDocuments({ status: { $in: ['queued', 'processing'] } })) === 0,
    'no job is queued or processing',
    limitMs,
  );
};

/** Whether the job's document still holds its resume file's bytes (only a job that can run does). */
export const holdsFile = async (stack: Stack, jobId: string): Promise<boolean> => {
  const { Types } = stack.api.db.connection.base;
  const doc = await stack.api.db.connection
    .collection('interview_jobs')
    .findOne({ _id: new Types.ObjectId(jobId) }, { projection: { 'upload.data': 1 } });
  return Boolean((doc as { upload?: { data?: unknown } } | null)?.upload?.data);
};

/** API + (optionally) an in-process worker on one config, and a logged-in user. */
export const startStack = async (config: Config, withWorker = true): Promise<Stack> => {
  const api = await startTestApi(config);
  const worker = withWorker ? await startTestWorker(config) : null;
  const { cookie, user } = await registerUser(api.url);
  return {
    api,
    worker,
    cookie,
    userId: user.id,
    settle: () => settleJobs(api),
    async close() {
      await worker?.close(1_000);
      await api.close();
    },
  };
};

export interface FilePart {
  name?: string;
  filename: string;
  type: string;
  data: Uint8Array;
}

/** A multipart/form-data body, built as a browser's FormData would be. */
export const form = (fields: Record<string, string>, ...files: FilePart[]): FormData => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  for (const f of files) {
    fd.append(f.name ?? 'resume', new Blob([new Uint8Array(f.data)], { type: f.type }), f.filename);
  }
  return fd;
};

export const pdfPart = (path: string, filename = 'resume.pdf'): FilePart => ({
  filename,
  type: 'application/pdf',
  data: readCorpus(path),
});

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const docxPart = (path: string, filename = 'resume.docx'): FilePart => ({
  filename,
  type: DOCX_MIME,
  data: readCorpus(path),
});

export const postInterview = (
  stack: Stack,
  body: FormData | Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  http<Record<string, any>>(`${stack.api.url}/api/interview/`, {
    method: 'POST',
    headers: { cookie: stack.cookie, ...headers },
    ...(body instanceof FormData ? { body } : { json: body }),
  });
