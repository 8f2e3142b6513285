import { ERRORS, JOB_DESCRIPTION_MAX_CHARS, SELF_DESCRIPTION_MAX_CHARS } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import {
  checkResumeFile,
  emptyDraft,
  newIdempotencyKey,
  RESUME_MAX_BYTES,
  toFormData,
  validateNewReport,
} from '../src/new-report/new-report-validation.ts';

const file = (name: string, type: string, size: number) =>
  new File([new Uint8Array(size)], name, { type });
const PDF = file('cv.pdf', 'application/pdf', 1_000);

describe('the new-report form checks (the API’s order and messages)', () => {
  it('when the job description is empty or blank, then the documented message names it', () => {
    expect(validateNewReport({ ...emptyDraft(), resume: PDF }).jobDescription).toBe(
      ERRORS.JOB_DESCRIPTION_REQUIRED.message,
    );
    expect(
      validateNewReport({ ...emptyDraft(), jobDescription: ' \n ', resume: PDF }).jobDescription,
    ).toBe(ERRORS.JOB_DESCRIPTION_REQUIRED.message);
  });

  it('when there is neither a resume nor a self-description, then the documented message is on the resume', () => {
    const errors = validateNewReport({
      ...emptyDraft(),
      jobDescription: 'Backend engineer',
      selfDescription: '  ',
    });
    expect(errors).toEqual({ resume: ERRORS.RESUME_OR_SELF_DESCRIPTION_REQUIRED.message });
  });

  it('when either a resume or a self-description is given, then the form may be sent', () => {
    expect(validateNewReport({ ...emptyDraft(), jobDescription: 'JD', resume: PDF })).toEqual({});
    expect(
      validateNewReport({ ...emptyDraft(), jobDescription: 'JD', selfDescription: 'Me' }),
    ).toEqual({});
  });

  it('when a text is over its limit, then the API’s limit message is shown', () => {
    const errors = validateNewReport({
      ...emptyDraft(),
      jobDescription: 'x'.repeat(JOB_DESCRIPTION_MAX_CHARS + 1),
      selfDescription: 'y'.repeat(SELF_DESCRIPTION_MAX_CHARS + 1),
    });
    expect(errors.jobDescription).toBe("'jobDescription' must be at most 50000 characters.");
    expect(errors.selfDescription).toBe("'selfDescription' must be at most 20000 characters.");
    expect(
      validateNewReport({
        ...emptyDraft(),
        jobDescription: 'x'.repeat(JOB_DESCRIPTION_MAX_CHARS),
        resume: PDF,
      }),
    ).toEqual({});
  });

  it('when the file is not a PDF or DOCX, too large or empty, then the API’s message for it', () => {
    expect(checkResumeFile(file('cv.png', 'image/png', 10))).toBe(
      ERRORS.UNSUPPORTED_FILE_TYPE.message,
    );
    expect(checkResumeFile(file('cv.pdf', 'application/pdf', RESUME_MAX_BYTES + 1))).toBe(
      'The resume file is too large. The limit is 5 MiB.',
    );
    expect(checkResumeFile(file('cv.pdf', 'application/pdf', 0))).toBe(ERRORS.RESUME_EMPTY.message);
    expect(checkResumeFile(file('CV.DOCX', '', 10))).toBeNull();
    expect(checkResumeFile(file('cv.pdf', 'application/pdf', RESUME_MAX_BYTES))).toBeNull();
  });

  it('when the form is sent, then the multipart body has the API’s field names and leaves out empty optional ones', () => {
    const body = toFormData({
      jobDescription: 'JD',
      title: '  ',
      selfDescription: 'Me',
      resume: PDF,
    });
    expect([...body.keys()]).toEqual(['jobDescription', 'selfDescription', 'resume']);
    expect((body.get('resume') as File).name).toBe('cv.pdf');
  });

  it('when keys are made, then each is a fresh UUID', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
