import { createHash } from 'node:crypto';

/** A text field as parseInterviewInput reads it: strings only, CRLF -> LF, trimmed. */
const fieldText = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';

/** The resume as the fingerprint sees it: its detected type and its bytes. */
export interface FingerprintFile {
  kind: 'pdf' | 'docx';
  data: Uint8Array;
}

/**
 * sha256 over what a submission asks for: the documented text fields (jobDescription, title,
 * jobTitle, selfDescription, normalised as they are read) and the resume's type and bytes.
 * Anything else in the body (unknown fields, the file's name) does not change the report, so
 * it does not change the fingerprint either.
 */
export const fingerprintSubmission = (
  fields: Record<string, unknown>,
  file: FingerprintFile | null,
): string => {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      jobDescription: fieldText(fields.jobDescription),
      title: fieldText(fields.title),
      jobTitle: fieldText(fields.jobTitle),
      selfDescription: fieldText(fields.selfDescription),
      file: file ? { kind: file.kind, size: file.data.byteLength } : null,
    }),
  );
  if (file) hash.update(file.data);
  return hash.digest('hex');
};
