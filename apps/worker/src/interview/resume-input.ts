import type { RunnableJob, UploadRepository } from '@prepkit/db';
import { ExtractionError, hasUsableText, type TextExtractor } from '@prepkit/extraction';
import { AppError } from '@prepkit/shared';

export interface ResumeInput {
  /** Extracted text; '' when the file was unreadable or there was none. */
  text: string;
  /** The raw PDF, when the text could not be used and the generator reads files itself. */
  pdf?: Uint8Array;
  /** True when the document was longer than the extractor reads (pages or characters cut). */
  truncated?: boolean;
  /** Characters the extractor found hidden in the file (white, tiny, invisible...) and left out. */
  hiddenChars?: number;
}

/** The job's file: its bytes from the job document, or from `uploads` for an older job. */
const readFile = async (
  job: RunnableJob,
  uploads: UploadRepository,
): Promise<{ kind: 'pdf' | 'docx'; data: Buffer } | null> => {
  if (!job.upload.kind) return null;
  if (job.file) return { kind: job.upload.kind, data: job.file };
  if (!job.upload.id) return null;
  return uploads.findById(job.upload.id);
};

/**
 * Reads the job's resume into what a generator takes. An unreadable (thrown) or empty
 * (no usable text) file falls back, in order, to: the raw PDF for a generator that accepts
 * files; the self-description alone; else the documented 400 (RESUME_UNREADABLE / RESUME_EMPTY).
 */
export const loadResumeInput = async (
  job: RunnableJob,
  deps: { uploads: UploadRepository; extractor: TextExtractor; acceptsFiles: boolean },
): Promise<ResumeInput> => {
  if (!job.upload.kind) return { text: '' };
  const upload = await readFile(job, deps.uploads);
  if (!upload) {
    if (job.input.selfDescription) return { text: '' };
    throw new AppError('RESUME_UNREADABLE');
  }
  let failure: 'RESUME_UNREADABLE' | 'RESUME_EMPTY';
  try {
    const { text, truncated, hiddenChars } = await deps.extractor.extract(upload.data, upload.kind);
    if (hasUsableText(text)) return { text, truncated, ...(hiddenChars > 0 && { hiddenChars }) };
    failure = 'RESUME_EMPTY';
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    failure = error.code;
  }
  if (upload.kind === 'pdf' && deps.acceptsFiles)
    return { text: '', pdf: new Uint8Array(upload.data) };
  if (job.input.selfDescription) return { text: '' };
  throw new AppError(failure);
};
