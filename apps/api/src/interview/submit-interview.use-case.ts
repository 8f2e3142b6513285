import type { Database, StoredJob } from '@prepkit/db';
import { detectResumeType } from '@prepkit/extraction';
import type { InterviewQueue } from '@prepkit/queue';
import { AppError, parseInterviewInput } from '@prepkit/shared';
import type { InterviewRequestBody } from './interview-request.ts';

export interface SubmitInterviewDeps {
  db: Pick<Database, 'uploads' | 'jobs'>;
  queue: Pick<InterviewQueue, 'enqueue'>;
}

/** Options of one submission. */
export interface SubmitOptions {
  /** The raw `Idempotency-Key` header, when the request carried one. */
  idempotencyKey?: string | undefined;
}

export type SubmitInterview = (
  owner: string,
  body: InterviewRequestBody,
  options?: SubmitOptions,
) => Promise<StoredJob>;

/**
 * Validates in the documented order (job description, resume-or-self-description, file type by
 * magic bytes), stores the resume bytes, writes the InterviewJob (queued) and enqueues its id.
 * Should Redis refuse the job, the documents just written are removed: nothing half-written stays.
 */
export const createSubmitInterview =
  (deps: SubmitInterviewDeps): SubmitInterview =>
  async (owner, { fields, file }) => {
    const input = parseInterviewInput(fields, file !== null);
    let upload: { id: string; kind: 'pdf' | 'docx'; filename: string } | null = null;
    if (file) {
      const kind = await detectResumeType(file.data, {
        mimeType: file.mimeType,
        filename: file.filename,
      });
      if (!kind) throw new AppError('UNSUPPORTED_FILE_TYPE');
      const id = await deps.db.uploads.create({
        owner,
        filename: file.filename,
        mimeType: file.mimeType,
        kind,
        data: file.data,
      });
      upload = { id, kind, filename: file.filename };
    }
    let job: StoredJob | null = null;
    try {
      job = await deps.db.jobs.create({ owner, input, upload });
      await deps.queue.enqueue(job.id);
      return job;
    } catch (error) {
      // Best effort; a job left behind is still found by the worker's reconciler.
      if (job) await deps.db.jobs.delete(job.id).catch(() => undefined);
      if (upload) await deps.db.uploads.delete(upload.id).catch(() => undefined);
      throw error;
    }
  };
