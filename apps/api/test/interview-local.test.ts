import { ERRORS } from '@prepkit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusText } from '../../../test/support/corpus.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import {
  docxPart,
  form,
  pdfPart,
  postInterview,
  type Stack,
  startStack,
} from './support/interview-stack.ts';

// No Gemini key: AI_PROVIDER=auto resolves to the local analyzer.
const JD = readCorpusText('jobs/resumematcher__job_desc_java_developer.txt');
let stack: Stack;
beforeAll(async () => {
  stack = await startStack(makeTestConfig({ AI_PROVIDER: 'auto' }));
});
afterAll(() => stack?.close());

describe('POST /api/interview/ with the local analyzer (no key)', () => {
  it('when a real PDF resume is sent, then 201 with a local report and its analysis', async () => {
    const res = await postInterview(
      stack,
      form({ jobDescription: JD }, pdfPart('resumes/pdf/resumematcher__john_doe.pdf')),
    );
    expect(res.status, res.text).toBe(201);
    const report = res.body.interviewReport;
    expect(report.generator.name).toBe('local');
    expect(report.generator.model).toMatch(/^prepkit-analyzer@/);
    expect(Number.isInteger(report.matchScore)).toBe(true);
    expect(report.technicalQuestions.length).toBeGreaterThanOrEqual(5);
    expect(report.behavioralQuestions.length).toBeGreaterThanOrEqual(3);
    expect(report.analysis.matchedSkills.map((s: { skill: string }) => s.skill)).toContain('Java');
    expect(report.analysis.rulesVersion).toEqual(expect.any(String));
  });

  it('when the same input is sent twice, then the score and questions are identical', async () => {
    const body = {
      jobDescription: JD,
      selfDescription: 'Java developer, 6 years of Spring Boot, Hibernate and SQL.',
    };
    const a = await postInterview(stack, body);
    const b = await postInterview(stack, body);
    expect(a.status).toBe(201);
    const pick = (r: typeof a) => {
      const {
        matchScore,
        technicalQuestions,
        behavioralQuestions,
        skillGaps,
        preparationPlan,
        analysis,
      } = r.body.interviewReport;
      return {
        matchScore,
        technicalQuestions,
        behavioralQuestions,
        skillGaps,
        preparationPlan,
        analysis,
      };
    };
    expect(pick(b)).toEqual(pick(a));
  });

  it.each([
    ['hostile/pdfjs__issue6010_1.pdf', 'RESUME_UNREADABLE'],
    ['hostile/pdfjs__REDHAT-1531897-0.pdf', 'RESUME_UNREADABLE'],
    ['hostile/pdfjs__scan-bad.pdf', 'RESUME_EMPTY'],
    ['hostile/sample-files__imagemagick-images.pdf', 'RESUME_EMPTY'],
    ['hostile/poi__truncated62886.docx', 'RESUME_UNREADABLE'],
    ['hostile/mammoth__empty.docx', 'RESUME_EMPTY'],
  ] as const)(
    'when %s is sent without a selfDescription, then 400 %s with the documented message',
    async (file, code) => {
      const part = file.endsWith('.pdf') ? pdfPart(file) : docxPart(file);
      const res = await postInterview(stack, form({ jobDescription: JD }, part));
      expect(res.status, res.text).toBe(400);
      expect(res.body).toMatchObject({ code, message: ERRORS[code].message });
    },
  );

  it('when an encrypted Word file (an OLE container) is named .docx, then 400 unsupported type', async () => {
    const res = await postInterview(
      stack,
      form({ jobDescription: JD }, docxPart('hostile/poi__bug53475-password-is-pass.docx')),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('when an image-only PDF comes with a selfDescription, then the report is made from the self-description', async () => {
    const res = await postInterview(
      stack,
      form(
        { jobDescription: JD, selfDescription: 'Java and Spring Boot developer for 5 years.' },
        pdfPart('hostile/pdfjs__scan-bad.pdf'),
      ),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body.interviewReport.resume).toBe('');
    expect(await stack.api.db.jobs.countStoredFiles()).toBe(0);
  });
});
