import {
  ERRORS,
  JOB_DESCRIPTION_MAX_CHARS,
  SELF_DESCRIPTION_MAX_CHARS,
  TITLE_MAX_CHARS,
} from '@prepkit/shared';

/** The API's default RESUME_MAX_BYTES: the browser checks it before uploading. */
export const RESUME_MAX_BYTES = 5 * 1024 * 1024;

/** What the new-report form holds. */
export interface NewReportDraft {
  jobDescription: string;
  title: string;
  selfDescription: string;
  resume: File | null;
}

export type NewReportField = 'jobDescription' | 'title' | 'selfDescription' | 'resume';
export type NewReportErrors = Partial<Record<NewReportField, string>>;

export const emptyDraft = (): NewReportDraft => ({
  jobDescription: '',
  title: '',
  selfDescription: '',
  resume: null,
});

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The limit in the words of the API's 413. */
export const tooLargeMessage = (maxBytes: number): string =>
  `The resume file is too large. The limit is ${Math.floor((maxBytes / 1024 / 1024) * 10) / 10} MiB.`;

/**
 * A resume file the API would refuse, told with the API's own message; null when it looks
 * acceptable. The API decides for real (by magic bytes); this only saves a wasted upload.
 */
export const checkResumeFile = (
  file: Pick<File, 'name' | 'type' | 'size'>,
  maxBytes = RESUME_MAX_BYTES,
): string | null => {
  const name = file.name.toLowerCase();
  const typeOk =
    file.type === 'application/pdf' ||
    file.type === DOCX_MIME ||
    name.endsWith('.pdf') ||
    name.endsWith('.docx');
  if (!typeOk) return ERRORS.UNSUPPORTED_FILE_TYPE.message;
  if (file.size > maxBytes) return tooLargeMessage(maxBytes);
  if (file.size === 0) return ERRORS.RESUME_EMPTY.message;
  return null;
};

/**
 * The form's errors, checked in the API's documented order with the API's messages: job
 * description required, a resume or a self-description required, then the length limits and
 * the file. An empty object means the form may be sent.
 */
export const validateNewReport = (draft: NewReportDraft): NewReportErrors => {
  const errors: NewReportErrors = {};
  const jd = draft.jobDescription.trim();
  const self = draft.selfDescription.trim();
  if (!jd) errors.jobDescription = ERRORS.JOB_DESCRIPTION_REQUIRED.message;
  else if (jd.length > JOB_DESCRIPTION_MAX_CHARS) {
    errors.jobDescription = `'jobDescription' must be at most ${JOB_DESCRIPTION_MAX_CHARS} characters.`;
  }
  if (!draft.resume && !self) {
    errors.resume = ERRORS.RESUME_OR_SELF_DESCRIPTION_REQUIRED.message;
  }
  if (self.length > SELF_DESCRIPTION_MAX_CHARS) {
    errors.selfDescription = `'selfDescription' must be at most ${SELF_DESCRIPTION_MAX_CHARS} characters.`;
  }
  if (draft.title.trim().length > TITLE_MAX_CHARS) {
    errors.title = `The title may be at most ${TITLE_MAX_CHARS} characters.`;
  }
  if (draft.resume) {
    const fileError = checkResumeFile(draft.resume);
    if (fileError) errors.resume = fileError;
  }
  return errors;
};

/** The multipart body of `POST /api/interview/jobs`. */
export const toFormData = (draft: NewReportDraft): FormData => {
  const form = new FormData();
  form.append('jobDescription', draft.jobDescription);
  if (draft.title.trim()) form.append('title', draft.title.trim());
  if (draft.selfDescription.trim()) form.append('selfDescription', draft.selfDescription);
  if (draft.resume) form.append('resume', draft.resume, draft.resume.name);
  return form;
};

/** A fresh Idempotency-Key (a UUID v4), also where crypto.randomUUID is missing (plain http). */
export const newIdempotencyKey = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
