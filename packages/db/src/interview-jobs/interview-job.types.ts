import type { JobStage, JobStatus, Warning } from '@prepkit/shared';
import type { Page, PageRequest } from '../pagination.ts';

export type { Page, PageRequest } from '../pagination.ts';

/**
 * The interview job as the rest of prepkit sees it: its stored state, what an attempt works on,
 * and the repository's contract. The documents behind it: interview-job.model.ts.
 */
export interface JobError {
  code: string;
  message: string;
}

export interface StoredJob {
  id: string;
  owner: string;
  status: JobStatus;
  stage: JobStage | null;
  progress: number;
  attempts: number;
  /** The title; the long texts are read with the attempt ({@link RunnableJob}). */
  input: { title: string };
  /**
   * The resume file's kind and name (kind null: none was sent). `id` names a file kept apart in
   * `uploads`, as jobs written before the bytes moved into the job document did; null otherwise.
   */
  upload: { id: string | null; kind: 'pdf' | 'docx' | null; filename: string };
  reportId: string | null;
  error: JobError | null;
  lastErrorCode: string | null;
  cancelRequested: boolean;
  /** What its report was made despite (set when it completes). */
  warnings: Warning[];
  /** While processing: the end of the running attempt's lease (null when none is held). */
  leaseUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** What a job works on. */
export interface JobInput {
  title: string;
  jobDescription: string;
  selfDescription: string;
}

/** A job as an attempt runs it: its state, its whole input and its file's bytes. */
export type RunnableJob = Omit<StoredJob, 'input'> & {
  input: JobInput;
  /** The resume file's bytes when they are kept in the job (null: no file, or one in `uploads`). */
  file: Buffer | null;
};

/** The lease an attempt asks for: who it is, and for how long at a time. */
export interface LeaseRequest {
  /** Unique per attempt (host, pid and a random part). */
  owner: string;
  ms: number;
}

/** What startAttempt found. */
export type AttemptStart =
  | { outcome: 'started'; job: RunnableJob }
  /** Another attempt holds a live lease: its worker is alive; try again after `until`. */
  | { outcome: 'leased'; until: Date }
  /** Finished, cancelled, gone or without its input. */
  | { outcome: 'not-runnable' };

/** A resume file sent with a submission. */
export interface NewJobFile {
  kind: 'pdf' | 'docx';
  filename: string;
  mimeType: string;
  data: Uint8Array;
}

export interface NewJob {
  /** A pre-generated ObjectId (an Idempotency-Key claim names its job before it is written). */
  id?: string | undefined;
  owner: string;
  input: JobInput;
  /** The resume file, written into the job document (null: none was sent). */
  upload: NewJobFile | null;
}

export interface InterviewJobRepository {
  create(job: NewJob): Promise<StoredJob>;
  findById(id: string): Promise<StoredJob | null>;
  /** The job when it exists and belongs to owner; null otherwise (indistinguishable). */
  findOwned(id: string, owner: string): Promise<StoredJob | null>;
  /**
   * Marks a queued job, or a processing one whose lease has expired, as processing for a new
   * attempt (stage `extracting`, or `generating` when it has no file) under the lease asked
   * for, and returns it with its whole input. A live lease of another attempt is `leased`.
   */
  startAttempt(id: string, lease: LeaseRequest): Promise<AttemptStart>;
  /**
   * Moves a processing job to a stage (and extends the lease to `leaseUntil`, in the same
   * write, when given); false if it is no longer processing or a cancel was requested.
   */
  setStage(id: string, stage: JobStage, progress: number, leaseUntil?: Date): Promise<boolean>;
  /** Extends the lease `owner` holds; false when it no longer holds it. */
  renewLease(id: string, owner: string, until: Date): Promise<boolean>;
  setProgress(id: string, progress: number): Promise<void>;
  /** An attempt failed and will be retried: back to queued, remembering the error code. */
  requeue(id: string, lastErrorCode: string): Promise<void>;
  complete(id: string, reportId: string, warnings?: Warning[]): Promise<void>;
  /** Final failure: `error` is what clients see; `detailCode` the precise cause (e.g. AI_TIMEOUT). */
  fail(id: string, error: JobError, detailCode?: string): Promise<void>;
  /** Jobs that still hold their file's bytes (only those that can still run do). */
  countStoredFiles(): Promise<number>;
  delete(id: string): Promise<void>;
  /**
   * A job whose cancel was requested (processing or queued + cancelRequested) -> cancelled,
   * finishedAt set. The job as it was, or null when it was not such a job (nothing changed).
   */
  markCancelled(id: string): Promise<StoredJob | null>;
  /** Ids of queued/processing jobs created before `createdBefore` (a scan: the reconciler only). */
  listRunnableIds(createdBefore: Date, limit: number): Promise<string[]>;
  /** The owner's jobs, newest first (a scan by owner: lists only). */
  listOwned(owner: string, page: PageRequest): Promise<Page<StoredJob>>;
  /** Atomically queued -> cancelled (finishedAt set, stage null); false if it was no longer queued. */
  cancelQueued(id: string): Promise<boolean>;
  /** Flags a processing job for cancellation at its next stage boundary; false if not processing. */
  requestCancel(id: string): Promise<boolean>;
}
