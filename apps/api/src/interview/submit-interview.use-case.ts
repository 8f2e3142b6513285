import type { Database, StoredJob } from '@prepkit/db';
import { detectResumeType } from '@prepkit/extraction';
import type { InterviewQueue } from '@prepkit/queue';
import { AppError, parseInterviewInput } from '@prepkit/shared';
import { reserveIdempotentJob } from './idempotency.ts';
import { fingerprintSubmission } from './idempotency-fingerprint.ts';
import { parseIdempotencyKey } from './idempotency-key.ts';
import type { InterviewRequestBody } from './interview-request.ts';

export interface SubmitInterviewDeps {
  db: Pick<Database, 'jobs' | 'idempotencyKeys'>;
  queue: Pick<InterviewQueue, 'enqueue'>;
  /** Called when a repeated Idempotency-Key is answered with the earlier job (metrics). */
  onReplay?: () => void;
}

/** Per-request options of a submission. */
export interface SubmitOptions {
  /** The raw `Idempotency-Key` header; undefined when the request sent none. */
  idempotencyKey?: string | undefined;
}

export type SubmitInterview = (
  owner: string,
  body: InterviewRequestBody,
  options?: SubmitOptions,
) => Promise<StoredJob>;

/**
 * Validates in the documented order (job description, resume-or-self-description, file type by
 * magic bytes), writes the InterviewJob (queued), with its texts and the resume's bytes in the
 * same document, and enqueues its id.
 * With an Idempotency-Key the key is claimed first (atomically, see reserveIdempotentJob): a
 * repeat of the same request within the window returns the first request's job, untouched.
 * Should a write or Redis fail, what was just written (key, job) is removed.
 */
export const createSubmitInterview =
  (deps: SubmitInterviewDeps): SubmitInterview =>
  async (owner, { fields, file }, options = {}) => {
    const key =
      options.idempotencyKey === undefined ? null : parseIdempotencyKey(options.idempotencyKey);
    const input = parseInterviewInput(fields, file !== null);
    let kind: 'pdf' | 'docx' | null = null;
    if (file) {
      kind = await detectResumeType(file.data, {
        mimeType: file.mimeType,
        filename: file.filename,
      });
      if (!kind) throw new AppError('UNSUPPORTED_FILE_TYPE');
    }
    let claim: { keyId: string; jobId: string } | null = null;
    if (key) {
      const fingerprint = fingerprintSubmission(
        fields,
        file && kind ? { kind, data: file.data } : null,
      );
      const reservation = await reserveIdempotentJob(deps.db, { owner, key, fingerprint });
      if (reservation.kind === 'existing') {
        deps.onReplay?.();
        return reservation.job;
      }
      claim = reservation;
    }
    const upload =
      file && kind
        ? { kind, filename: file.filename, mimeType: file.mimeType, data: file.data }
        : null;
    let job: StoredJob | null = null;
    try {
      job = await deps.db.jobs.create({ id: claim?.jobId, owner, input, upload });
      await deps.queue.enqueue(job.id);
      return job;
    } catch (error) {
      // Best effort; a job left behind is still found by the worker's reconciler.
      if (job) await deps.db.jobs.delete(job.id).catch(() => undefined);
      if (claim) {
        await deps.db.idempotencyKeys.release(claim.keyId, claim.jobId).catch(() => undefined);
      }
      throw error;
    }
  };
