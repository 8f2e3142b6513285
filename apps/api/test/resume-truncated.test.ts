import { randomBytes } from 'node:crypto';
import { WARNINGS } from '@prepkit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildZip,
  minimalDocxEntries,
} from '../../../packages/extraction/test/zip-builder.helper.ts';
import { http } from '../../../test/support/api-harness.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import {
  DOCX_MIME,
  form,
  postInterview,
  type Stack,
  startStack,
} from './support/interview-stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack(makeTestConfig({ SYNC_TIMEOUT_MS: '60000' }));
});
afterAll(() => stack?.close());

/** A DOCX resume of `chars` characters or more of varied, real-looking lines. */
const longResume = (chars: number) => {
  const lines = ['Jane Doe', 'Senior backend engineer: Node.js, TypeScript, PostgreSQL.'];
  let total = 0;
  while (total < chars) {
    const line = `Shipped billing change ${randomBytes(6).toString('hex')} with Node.js and PostgreSQL for the payments team.`;
    lines.push(line);
    total += line.length + 2;
  }
  return buildZip(minimalDocxEntries(lines));
};

describe('a resume longer than prepkit reads', () => {
  it('when the resume is over the 300,000-character cap, then the report and its job say RESUME_TRUNCATED', async () => {
    const res = await postInterview(
      stack,
      form(
        { jobDescription: 'Backend engineer: Node.js, TypeScript, PostgreSQL.' },
        { filename: 'long.docx', type: DOCX_MIME, data: longResume(320_000) },
      ),
    );
    expect(res.status, res.text).toBe(201);
    const report = res.body.interviewReport;
    expect(report.warnings).toEqual([WARNINGS.RESUME_TRUNCATED]);
    expect(report.resume.length).toBeLessThanOrEqual(300_000);
    const job = await http<Record<string, any>>(
      `${stack.api.url}/api/interview/jobs/${report.jobId}`,
      {
        headers: { cookie: stack.cookie },
      },
    );
    expect(job.body.warnings).toEqual([WARNINGS.RESUME_TRUNCATED]);
  });

  it('when the resume is within the cap, then there are no warnings', async () => {
    const res = await postInterview(
      stack,
      form(
        { jobDescription: 'Backend engineer: Node.js, TypeScript, PostgreSQL.' },
        { filename: 'short.docx', type: DOCX_MIME, data: longResume(2_000) },
      ),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body.interviewReport.warnings).toEqual([]);
  });
});
