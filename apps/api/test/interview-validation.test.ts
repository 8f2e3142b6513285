import { ERRORS } from '@prepkit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, startTestApi, type TestApi } from '../../../test/support/api-harness.ts';
import { readCorpus } from '../../../test/support/corpus.ts';
import { startTcpProxy } from '../../../test/support/tcp-proxy.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import {
  DOCX_MIME,
  docxPart,
  form,
  pdfPart,
  postInterview,
  type Stack,
  startStack,
} from './support/interview-stack.ts';

// No worker here: every check below is the API's own, made before anything is queued; an
// accepted job just waits, and the sync call answers 202 after SYNC_TIMEOUT_MS.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack(
    makeTestConfig({ RESUME_MAX_BYTES: String(1024 * 1024), SYNC_TIMEOUT_MS: '300' }),
    false,
  );
});
afterAll(() => stack?.close());

const expectError = (
  res: { status: number; body: Record<string, unknown> },
  status: number,
  code: keyof typeof ERRORS,
  message?: string,
) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body).toMatchObject({
    code,
    message: message ?? expect.any(String),
    requestId: expect.any(String),
  });
};

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 1),
]);

describe('POST /api/interview/ checks, in the documented order', () => {
  it('when nothing is sent, then the job description comes first', async () => {
    const res = await postInterview(
      stack,
      form({}, { filename: 'x.png', type: 'image/png', data: PNG }),
    );
    expectError(res, 400, 'JOB_DESCRIPTION_REQUIRED', ERRORS.JOB_DESCRIPTION_REQUIRED.message);
  });

  it('when the job description is blank, then 400 JOB_DESCRIPTION_REQUIRED (JSON too)', async () => {
    const res = await postInterview(stack, { jobDescription: '   \n ', selfDescription: 'me' });
    expectError(res, 400, 'JOB_DESCRIPTION_REQUIRED', ERRORS.JOB_DESCRIPTION_REQUIRED.message);
  });

  it('when there is neither a resume nor a non-blank selfDescription, then the second message', async () => {
    const res = await postInterview(
      stack,
      form({ jobDescription: 'Backend engineer', selfDescription: '  ' }),
    );
    expectError(
      res,
      400,
      'RESUME_OR_SELF_DESCRIPTION_REQUIRED',
      ERRORS.RESUME_OR_SELF_DESCRIPTION_REQUIRED.message,
    );
  });

  it('when a PNG is sent with a lying PDF MIME type and extension, then magic bytes win: unsupported', async () => {
    const res = await postInterview(
      stack,
      form(
        { jobDescription: 'Backend engineer' },
        { filename: 'resume.pdf', type: 'application/pdf', data: PNG },
      ),
    );
    expectError(res, 400, 'UNSUPPORTED_FILE_TYPE', ERRORS.UNSUPPORTED_FILE_TYPE.message);
  });

  it('when a zip that is not a DOCX is named .docx, then unsupported', async () => {
    const res = await postInterview(
      stack,
      form({ jobDescription: 'Backend engineer' }, docxPart('hostile/mammoth__empty-zip_as.docx')),
    );
    expectError(res, 400, 'UNSUPPORTED_FILE_TYPE', ERRORS.UNSUPPORTED_FILE_TYPE.message);
  });

  it('when a real PDF is named resume.docx with a DOCX MIME type, then it is stored as the PDF it is; unfinished in time, then 202 with the status URL', async () => {
    const pdf = readCorpus('resumes/pdf/jakes-resume__resume.pdf');
    const res = await postInterview(
      stack,
      form(
        { jobDescription: 'Backend engineer' },
        { filename: 'resume.docx', type: DOCX_MIME, data: pdf },
      ),
    );
    expect(res.status, res.text).toBe(202);
    expect(res.body).toMatchObject({ jobId: expect.any(String), status: 'queued' });
    expect(res.headers.get('location')).toBe(`/api/interview/jobs/${res.body.jobId}`);
    const job = await stack.api.db.jobs.findById(res.body.jobId);
    expect(job?.upload.kind).toBe('pdf');
    const status = await http(`${stack.api.url}${res.headers.get('location')}`, {
      headers: { cookie: stack.cookie },
    });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ jobId: res.body.jobId, status: 'queued' });
  });
});

describe('limits', () => {
  it('when the file is over RESUME_MAX_BYTES, then 413 JSON, found while streaming', async () => {
    const before = await stack.api.db.jobs.countStoredFiles();
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const res = await postInterview(
      stack,
      form(
        { jobDescription: 'Backend engineer' },
        { filename: 'big.pdf', type: 'application/pdf', data: big },
      ),
    );
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
    expect(await stack.api.db.jobs.countStoredFiles()).toBe(before);
  });

  it('when the job description is over 50,000 characters, then 400', async () => {
    const res = await postInterview(stack, {
      jobDescription: 'x'.repeat(50_001),
      selfDescription: 'me',
    });
    expectError(res, 400, 'VALIDATION_ERROR');
    expect(res.body.message).toContain('jobDescription');
  });

  it('when the self-description is over 20,000 characters, then 400', async () => {
    const res = await postInterview(stack, {
      jobDescription: 'Backend',
      selfDescription: 'y'.repeat(20_001),
    });
    expectError(res, 400, 'VALIDATION_ERROR');
    expect(res.body.message).toContain('selfDescription');
  });

  it('when two files are sent, then 400', async () => {
    const file = pdfPart('resumes/pdf/jakes-resume__resume.pdf');
    const res = await postInterview(stack, form({ jobDescription: 'Backend' }, file, file));
    expectError(res, 400, 'VALIDATION_ERROR');
  });

  it('when the body is neither JSON nor multipart, then 415 JSON', async () => {
    const res = await http(`${stack.api.url}/api/interview/`, {
      method: 'POST',
      headers: { cookie: stack.cookie, 'content-type': 'text/plain' },
      body: 'jobDescription=x',
    });
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('authentication', () => {
  it('when no token is sent, then 401 JSON and nothing is stored', async () => {
    const res = await http(`${stack.api.url}/api/interview/`, {
      method: 'POST',
      json: { jobDescription: 'x', selfDescription: 'y' },
    });
    expectError(res, 401, 'UNAUTHORIZED');
  });
});

describe('backing services down', () => {
  const down = async (which: 'redis' | 'mongo') => {
    const base = makeTestConfig();
    const target = new URL(which === 'redis' ? base.redisUrl : base.mongodbUri);
    const proxy = await startTcpProxy(Number(target.port));
    target.port = String(proxy.port);
    const api: TestApi = await startTestApi(
      which === 'redis'
        ? { ...base, redisUrl: target.toString() }
        : { ...base, mongodbUri: target.toString() },
    );
    return { api, proxy };
  };

  it.each(['redis', 'mongo'] as const)(
    'when %s is unreachable, then POST answers 503 JSON within 2 s and writes nothing',
    async (which) => {
      const { api, proxy } = await down(which);
      try {
        const reg = await http(`${api.url}/api/auth/register`, {
          method: 'POST',
          json: {
            username: `down_${which}_${Date.now()}`,
            email: `down.${which}.${Date.now()}@example.test`,
            password: 'long enough pw',
          },
        });
        const cookie = reg.headers.getSetCookie()[0]!.split(';')[0]!;
        await proxy.cut();
        const started = Date.now();
        const res = await http(`${api.url}/api/interview/`, {
          method: 'POST',
          headers: { cookie },
          json: { jobDescription: 'Backend engineer', selfDescription: 'me' },
        });
        // "Did not hang": the request fails instead of waiting for the service (generous for load).
        expect(Date.now() - started).toBeLessThan(15_000);
        expectError(res, 503, 'SERVICE_UNAVAILABLE');
        await proxy.restore();
        const jobs = await api.db.connection.db!.collection('interview_jobs').countDocuments();
        const uploads = await api.db.connection.db!.collection('uploads').countDocuments();
        expect({ jobs, uploads }).toEqual({ jobs: 0, uploads: 0 });
      } finally {
        await api.close().catch(() => undefined);
        await proxy.close();
      }
    },
  );
});
