import {
  isRunnableStatus,
  type JobStage,
  type JobStatus,
  RUNNABLE_JOB_STATUSES,
  type Warning,
} from '@prepkit/shared';
import { isValidObjectId, Types } from 'mongoose';
import { createJobTransitions, listRunnableIds } from '../job-state.ts';
import {
  NEWEST_FIRST,
  ownerPageFilter,
  type Page,
  type PageRequest,
  toPage,
} from '../pagination.ts';
import type { InterviewJobModel } from './interview-job.model.ts';
import type { InterviewJobInputModel } from './interview-job-input.model.ts';

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

export type { Page, PageRequest } from '../pagination.ts';

/** What a job works on. */
export interface JobInput {
  title: string;
  jobDescription: string;
  selfDescription: string;
}

/** A job as an attempt runs it: its state and its whole input. */
export type RunnableJob = Omit<StoredJob, 'input'> & { input: JobInput };

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

const CLEARED_LEASE = { leaseOwner: null, leaseUntil: null } as const;

export interface NewJob {
  /** A pre-generated ObjectId (an Idempotency-Key claim names its job before it is written). */
  id?: string | undefined;
  owner: string;
  input: JobInput;
  upload: { id: string; kind: 'pdf' | 'docx'; filename: string } | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a lean mongoose document, mapped field by field
const toStored = (d: any): StoredJob => ({
  id: d._id.toString(),
  owner: d.owner.toString(),
  status: d.status,
  stage: d.stage ?? null,
  progress: d.progress ?? 0,
  attempts: d.attempts ?? 0,
  input: { title: d.input.title },
  upload: {
    id: d.upload?.id ? d.upload.id.toString() : null,
    kind: d.upload?.kind ?? null,
    filename: d.upload?.filename ?? '',
  },
  reportId: d.reportId ? d.reportId.toString() : null,
  error: d.error?.code ? { code: d.error.code, message: d.error.message } : null,
  lastErrorCode: d.lastErrorCode ?? null,
  cancelRequested: Boolean(d.cancelRequested),
  leaseUntil: d.leaseUntil ?? null,
  // biome-ignore lint/suspicious/noExplicitAny: lean subdocuments
  warnings: (d.warnings ?? []).map((w: any) => ({ code: w.code, message: w.message })),
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  startedAt: d.startedAt ?? null,
  finishedAt: d.finishedAt ?? null,
});

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

export const createInterviewJobRepository = (
  model: InterviewJobModel,
  inputs: InterviewJobInputModel,
): InterviewJobRepository => {
  const findById = async (id: string) => {
    if (!isValidObjectId(id)) return null;
    const doc = await model.findById(id).lean();
    return doc ? toStored(doc) : null;
  };
  return {
    ...createJobTransitions(model, CLEARED_LEASE),
    async create(job) {
      const _id = job.id ? new Types.ObjectId(job.id) : new Types.ObjectId();
      const { title, jobDescription, selfDescription } = job.input;
      // The input first: a job document never exists without what it works on.
      await inputs.create({ _id, jobDescription, selfDescription });
      try {
        const doc = await model.create({
          _id,
          owner: new Types.ObjectId(job.owner),
          status: 'queued',
          input: { title },
          upload: job.upload
            ? {
                id: new Types.ObjectId(job.upload.id),
                kind: job.upload.kind,
                filename: job.upload.filename,
              }
            : { id: null, kind: null, filename: '' },
        });
        return toStored(doc.toObject());
      } catch (error) {
        await inputs.deleteOne({ _id }).catch(() => undefined);
        throw error;
      }
    },
    findById,
    async findOwned(id, owner) {
      const job = await findById(id);
      return job && job.owner === owner ? job : null;
    },
    async startAttempt(id, lease) {
      // One read by _id and one guarded write: updates are the costly operation on FerretDB v1
      // (each one scans the collection), so startedAt is set in the same write.
      const notRunnable = { outcome: 'not-runnable' } as const;
      if (!isValidObjectId(id)) return notRunnable;
      const [doc, stored] = await Promise.all([
        model.findById(id).lean(),
        inputs.findById(id).lean(),
      ]);
      if (!doc) return notRunnable;
      const job = toStored(doc);
      // Jobs written before the inputs moved out still carry them in their own document.
      const legacy = (doc as { input?: { jobDescription?: string; selfDescription?: string } })
        .input;
      const input =
        stored ??
        (legacy?.jobDescription
          ? { jobDescription: legacy.jobDescription, selfDescription: legacy.selfDescription }
          : null);
      if (!input || !isRunnableStatus(job.status) || job.cancelRequested) return notRunnable;
      const now = new Date();
      if (job.status === 'processing' && job.leaseUntil && job.leaseUntil > now)
        return { outcome: 'leased', until: job.leaseUntil };
      const startedAt = job.startedAt ?? now;
      const leaseUntil = new Date(now.getTime() + lease.ms);
      // Without a file there is nothing to extract: such a job starts at its generating stage,
      // which saves it a write (FerretDB scans its collection for every update).
      const [stage, progress] = job.upload.id
        ? (['extracting', 5] as const)
        : (['generating', 30] as const);
      // Guarded: queued, or processing with no live lease (another attempt may have taken it
      // between the read and this write).
      const res = await model.updateOne(
        {
          _id: id,
          cancelRequested: { $ne: true },
          $or: [
            { status: 'queued' },
            { status: 'processing', leaseUntil: null },
            { status: 'processing', leaseUntil: { $lte: now } },
          ],
        },
        {
          $set: {
            status: 'processing',
            stage,
            progress,
            startedAt,
            leaseOwner: lease.owner,
            leaseUntil,
          },
          $inc: { attempts: 1 },
        },
      );
      if (res.matchedCount === 0) {
        const again = await findById(id);
        return again?.status === 'processing' && again.leaseUntil && again.leaseUntil > now
          ? { outcome: 'leased', until: again.leaseUntil }
          : notRunnable;
      }
      const started: RunnableJob = {
        ...job,
        input: {
          title: job.input.title,
          jobDescription: input.jobDescription,
          selfDescription: input.selfDescription ?? '',
        },
        status: 'processing',
        stage,
        progress,
        attempts: job.attempts + 1,
        startedAt,
        leaseUntil,
      };
      return { outcome: 'started', job: started };
    },
    async setStage(id, stage, progress, leaseUntil) {
      const res = await model.updateOne(
        { _id: id, status: 'processing', cancelRequested: { $ne: true } },
        { $set: { stage, progress, ...(leaseUntil ? { leaseUntil } : {}) } },
      );
      return res.matchedCount > 0;
    },
    async renewLease(id, owner, until) {
      const res = await model.updateOne(
        { _id: id, status: 'processing', leaseOwner: owner },
        { $set: { leaseUntil: until } },
      );
      return res.matchedCount > 0;
    },
    async setProgress(id, progress) {
      await model.updateOne({ _id: id, status: 'processing' }, { $set: { progress } });
    },
    async requeue(id, lastErrorCode) {
      await model.updateOne(
        { _id: id, status: 'processing' },
        { $set: { status: 'queued', stage: null, progress: 0, lastErrorCode, ...CLEARED_LEASE } },
      );
    },
    async complete(id, reportId, warnings = []) {
      await model.updateOne(
        { _id: id },
        {
          $set: {
            status: 'completed',
            stage: null,
            progress: 100,
            reportId: new Types.ObjectId(reportId),
            warnings,
            error: null,
            finishedAt: new Date(),
            ...CLEARED_LEASE,
          },
        },
      );
    },
    async delete(id) {
      if (!isValidObjectId(id)) return;
      await model.deleteOne({ _id: id });
      await inputs.deleteOne({ _id: id });
    },
    async markCancelled(id) {
      const job = await findById(id);
      if (!job || !isRunnableStatus(job.status) || !job.cancelRequested) return null;
      const res = await model.updateOne(
        { _id: id, status: { $in: RUNNABLE_JOB_STATUSES }, cancelRequested: true },
        { $set: { status: 'cancelled', stage: null, finishedAt: new Date(), ...CLEARED_LEASE } },
      );
      return res.matchedCount > 0 ? job : null;
    },
    listRunnableIds: (createdBefore, limit) => listRunnableIds(model, createdBefore, limit),
    async listOwned(owner, { limit, after }) {
      const docs = await model
        .find(ownerPageFilter('owner', owner, after))
        .sort(NEWEST_FIRST)
        .limit(limit + 1)
        .lean();
      return toPage(docs, limit, toStored);
    },
  };
};
