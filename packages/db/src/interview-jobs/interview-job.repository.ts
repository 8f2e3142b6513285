import {
  isRunnableStatus,
  type JobStage,
  type JobStatus,
  RUNNABLE_JOB_STATUSES,
} from '@prepkit/shared';
import { isValidObjectId, Types } from 'mongoose';
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
   * Marks a queued/processing job as processing for a new attempt (stage `extracting`, or
   * `generating` when it has no file) and returns it with its whole input; null if it is no
   * longer runnable.
   */
  startAttempt(id: string): Promise<RunnableJob | null>;
  /** Moves a processing job to a stage; false if it is no longer processing or a cancel was requested. */
  setStage(id: string, stage: JobStage, progress: number): Promise<boolean>;
  setProgress(id: string, progress: number): Promise<void>;
  /** An attempt failed and will be retried: back to queued, remembering the error code. */
  requeue(id: string, lastErrorCode: string): Promise<void>;
  complete(id: string, reportId: string): Promise<void>;
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
    async startAttempt(id) {
      // One read by _id and one guarded write: updates are the costly operation on FerretDB v1
      // (each one scans the collection), so startedAt is set in the same write.
      if (!isValidObjectId(id)) return null;
      const [doc, stored] = await Promise.all([
        model.findById(id).lean(),
        inputs.findById(id).lean(),
      ]);
      if (!doc) return null;
      const job = toStored(doc);
      // Jobs written before the inputs moved out still carry them in their own document.
      const legacy = (doc as { input?: { jobDescription?: string; selfDescription?: string } })
        .input;
      const input =
        stored ??
        (legacy?.jobDescription
          ? { jobDescription: legacy.jobDescription, selfDescription: legacy.selfDescription }
          : null);
      if (!input || !isRunnableStatus(job.status) || job.cancelRequested) return null;
      const startedAt = job.startedAt ?? new Date();
      // Without a file there is nothing to extract: such a job starts at its generating stage,
      // which saves it a write (FerretDB scans its collection for every update).
      const [stage, progress] = job.upload.id
        ? (['extracting', 5] as const)
        : (['generating', 30] as const);
      const res = await model.updateOne(
        { _id: id, status: { $in: RUNNABLE_JOB_STATUSES }, cancelRequested: { $ne: true } },
        {
          $set: { status: 'processing', stage, progress, startedAt },
          $inc: { attempts: 1 },
        },
      );
      if (res.matchedCount === 0) return null;
      return {
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
      };
    },
    async setStage(id, stage, progress) {
      const res = await model.updateOne(
        { _id: id, status: 'processing', cancelRequested: { $ne: true } },
        { $set: { stage, progress } },
      );
      return res.matchedCount > 0;
    },
    async setProgress(id, progress) {
      await model.updateOne({ _id: id, status: 'processing' }, { $set: { progress } });
    },
    async requeue(id, lastErrorCode) {
      await model.updateOne(
        { _id: id, status: 'processing' },
        { $set: { status: 'queued', stage: null, progress: 0, lastErrorCode } },
      );
    },
    async complete(id, reportId) {
      await model.updateOne(
        { _id: id },
        {
          $set: {
            status: 'completed',
            stage: null,
            progress: 100,
            reportId: new Types.ObjectId(reportId),
            error: null,
            finishedAt: new Date(),
          },
        },
      );
    },
    async fail(id, error, detailCode) {
      await model.updateOne(
        { _id: id, status: { $in: RUNNABLE_JOB_STATUSES } },
        {
          $set: {
            status: 'failed',
            stage: null,
            error,
            lastErrorCode: detailCode ?? error.code,
            finishedAt: new Date(),
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
        { $set: { status: 'cancelled', stage: null, finishedAt: new Date() } },
      );
      return res.matchedCount > 0 ? job : null;
    },
    async listRunnableIds(createdBefore, limit) {
      const docs = await model
        .find({ status: { $in: RUNNABLE_JOB_STATUSES }, createdAt: { $lt: createdBefore } })
        .select({ _id: 1 })
        .sort({ createdAt: 1 })
        .limit(limit)
        .lean();
      return docs.map((d) => d._id.toString());
    },
    async listOwned(owner, { limit, after }) {
      const docs = await model
        .find(ownerPageFilter('owner', owner, after))
        .sort(NEWEST_FIRST)
        .limit(limit + 1)
        .lean();
      return toPage(docs, limit, toStored);
    },
    async cancelQueued(id) {
      if (!isValidObjectId(id)) return false;
      const res = await model.updateOne(
        { _id: id, status: 'queued' },
        { $set: { status: 'cancelled', stage: null, finishedAt: new Date() } },
      );
      return res.matchedCount > 0;
    },
    async requestCancel(id) {
      if (!isValidObjectId(id)) return false;
      const res = await model.updateOne(
        { _id: id, status: 'processing' },
        { $set: { cancelRequested: true } },
      );
      return res.matchedCount > 0;
    },
  };
};
