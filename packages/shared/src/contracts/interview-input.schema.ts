import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';

export const JOB_DESCRIPTION_MAX_CHARS = 50_000;
export const SELF_DESCRIPTION_MAX_CHARS = 20_000;
export const TITLE_MAX_CHARS = 200;
export const UNTITLED_POSITION = 'Untitled Position';

/** The text fields of `POST /api/interview/` as they arrive (multipart fields or JSON). */
export const rawInterviewFieldsSchema = z.object({
  jobDescription: z.unknown().optional(),
  title: z.unknown().optional(),
  jobTitle: z.unknown().optional(),
  selfDescription: z.unknown().optional(),
});

/** The validated, normalised text inputs of one interview report. */
export interface CreateInterviewInput {
  jobDescription: string;
  title: string;
  selfDescription: string;
}

/** A text field, trimmed, with line endings normalised (multipart sends CRLF). */
const asText = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';

/** "Front End Engineer (2 Years of Experience)" -> "Front End Engineer". */
const tidyTitle = (title: string): string =>
  title.replace(/\s*\([^)]*\)\s*$/, '').trim() || title.trim();

const TITLE_LINE =
  /^(?:job\s*title|job\s*description|position|role|title|puesto|cargo)\s*[:\-–]\s*(.{2,120})$/i;

/** A title from the job description: a "Job title:" line, else its first short line. */
export const deriveTitle = (jobDescription: string): string | null => {
  const lines = jobDescription
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, 30)) {
    const m = TITLE_LINE.exec(line);
    if (m?.[1]) return tidyTitle(m[1]);
  }
  const first = lines[0];
  if (first && first.length <= 80 && !/[.!?]$/.test(first))
    return tidyTitle(first.replace(/^#+\s*/, ''));
  return null;
};

/**
 * Validates the text fields in the documented order. `hasResume` says whether a resume file
 * came with the request. Throws the documented AppErrors.
 */
export const parseInterviewInput = (
  raw: Record<string, unknown>,
  hasResume: boolean,
): CreateInterviewInput => {
  const jobDescription = asText(raw.jobDescription);
  if (!jobDescription) throw new AppError('JOB_DESCRIPTION_REQUIRED');
  const selfDescription = asText(raw.selfDescription);
  if (!hasResume && !selfDescription) throw new AppError('RESUME_OR_SELF_DESCRIPTION_REQUIRED');
  if (jobDescription.length > JOB_DESCRIPTION_MAX_CHARS) {
    throw new AppError('VALIDATION_ERROR', {
      message: `'jobDescription' must be at most ${JOB_DESCRIPTION_MAX_CHARS} characters.`,
    });
  }
  if (selfDescription.length > SELF_DESCRIPTION_MAX_CHARS) {
    throw new AppError('VALIDATION_ERROR', {
      message: `'selfDescription' must be at most ${SELF_DESCRIPTION_MAX_CHARS} characters.`,
    });
  }
  const given = asText(raw.title) || asText(raw.jobTitle);
  const title = (given || deriveTitle(jobDescription) || UNTITLED_POSITION).slice(
    0,
    TITLE_MAX_CHARS,
  );
  return { jobDescription, title, selfDescription };
};
