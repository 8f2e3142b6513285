import {
  type GeneratorInfo,
  isRunnableStatus,
  type JobStage,
  type JobStatus,
  RUNNABLE_JOB_STATUSES,
  type TailoredResumeContent,
  tailoredResumeContentSchema,
} from '@prepkit/shared';
import { isValidObjectId, Types } from 'mongoose';
import { createJobTransitions, listRunnableIds } from '../job-state.ts';
import type { TailoredResumeModel } from './tailored-resume.model.ts';

export interface TailoringError {
  code: string;
  message: string;
}

/** A tailoring job and, once completed, its resume. */
export interface StoredTailoring {
  id: string;
  owner: string;
  reportId: string;
  status: JobStatus;
  stage: JobStage | null;
  progress: number;
  attempts: number;
  error: TailoringError | null;
  cancelRequested: boolean;
  content: TailoredResumeContent | null;
  generator: GeneratorInfo | null;
  warnings: string[];
  createdAt: Date;
  finishedAt: Date | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a lean mongoose document, mapped field by field
const toStored = (d: any): StoredTailoring => ({
  id: d._id.toString(),
  owner: d.owner.toString(),
  reportId: d.reportId.toString(),
  status: d.status,
  stage: d.stage ?? null,
  progress: d.progress ?? 0,
  attempts: d.attempts ?? 0,
  error: d.error?.code ? { code: d.error.code, message: d.error.message } : null,
  cancelRequested: Boolean(d.cancelRequested),
  content: d.content ?? null,
  generator: d.generator?.name ? { name: d.generator.name, model: d.generator.model } : null,
  warnings: d.warnings ?? [],
  createdAt: d.createdAt,
  finishedAt: d.finishedAt ?? null,
});

export interface TailoredResumeRepository {
  create(job: { owner: string; reportId: string }): Promise<StoredTailoring>;
  findById(id: string): Promise<StoredTailoring | null>;
  /** The job when it exists and belongs to owner; null otherwise (indistinguishable). */
  findOwned(id: string, owner: string): Promise<StoredTailoring | null>;
  /** The report's newest tailoring, optionally only among those with one of `statuses`. */
  latestForReport(
    reportId: string,
    statuses?: readonly JobStatus[],
  ): Promise<StoredTailoring | null>;
  /** queued/processing -> processing (stage generating) for a new attempt; null if not runnable. */
  startAttempt(id: string): Promise<StoredTailoring | null>;
  /** Moves a processing job to a stage; false when a cancel was requested or it is done. */
  setStage(id: string, stage: JobStage, progress: number): Promise<boolean>;
  requeue(id: string, lastErrorCode: string): Promise<void>;
  complete(
    id: string,
    result: { content: TailoredResumeContent; generator: GeneratorInfo; warnings: string[] },
  ): Promise<void>;
  fail(id: string, error: TailoringError, detailCode?: string): Promise<void>;
  /** queued -> cancelled; false when it was not queued. */
  cancelQueued(id: string): Promise<boolean>;
  /** Flags a processing job to stop at its next stage boundary; false when not processing. */
  requestCancel(id: string): Promise<boolean>;
  /** A runnable job with a cancel requested -> cancelled; false when it was not such a job. */
  markCancelled(id: string): Promise<boolean>;
  /** Ids of queued/processing tailorings created before `createdBefore` (the reconciler only). */
  listRunnableIds(createdBefore: Date, limit: number): Promise<string[]>;
  /** Deletes every tailoring of a report (the report is being deleted). */
  deleteForReport(reportId: string): Promise<number>;
}

/** Every state read and update goes by `_id`; only the per-report lookups use the reportId index. */
export const createTailoredResumeRepository = (
  model: TailoredResumeModel,
): TailoredResumeRepository => {
  const findById = async (id: string) => {
    if (!isValidObjectId(id)) return null;
    const doc = await model.findById(id).lean();
    return doc ? toStored(doc) : null;
  };
  const finalSet = (status: JobStatus) => ({
    $set: { status, stage: null, finishedAt: new Date() },
  });
  return {
    ...createJobTransitions(model),
    async create(job) {
      const doc = await model.create({
        owner: new Types.ObjectId(job.owner),
        reportId: new Types.ObjectId(job.reportId),
      });
      return toStored(doc.toObject());
    },
    findById,
    async findOwned(id, owner) {
      const job = await findById(id);
      return job && job.owner === owner ? job : null;
    },
    async latestForReport(reportId, statuses) {
      if (!isValidObjectId(reportId)) return null;
      const doc = await model
        .findOne({
          reportId: new Types.ObjectId(reportId),
          ...(statuses ? { status: { $in: statuses } } : {}),
        })
        .sort({ createdAt: -1, _id: -1 })
        .lean();
      return doc ? toStored(doc) : null;
    },
    async startAttempt(id) {
      const job = await findById(id);
      if (!job || !isRunnableStatus(job.status) || job.cancelRequested) return null;
      const res = await model.updateOne(
        { _id: id, status: { $in: RUNNABLE_JOB_STATUSES }, cancelRequested: { $ne: true } },
        {
          $set: { status: 'processing', stage: 'generating', progress: 10, startedAt: new Date() },
          $inc: { attempts: 1 },
        },
      );
      if (res.matchedCount === 0) return null;
      return {
        ...job,
        status: 'processing',
        stage: 'generating',
        progress: 10,
        attempts: job.attempts + 1,
      };
    },
    async setStage(id, stage, progress) {
      const res = await model.updateOne(
        { _id: id, status: 'processing', cancelRequested: { $ne: true } },
        { $set: { stage, progress } },
      );
      return res.matchedCount > 0;
    },
    async requeue(id, lastErrorCode) {
      await model.updateOne(
        { _id: id, status: 'processing' },
        { $set: { status: 'queued', stage: null, progress: 0, lastErrorCode } },
      );
    },
    async complete(id, result) {
      const content = tailoredResumeContentSchema.parse(result.content);
      await model.updateOne(
        { _id: id },
        {
          $set: {
            status: 'completed',
            stage: null,
            progress: 100,
            error: null,
            content,
            generator: result.generator,
            warnings: result.warnings,
            finishedAt: new Date(),
          },
        },
      );
    },
    async markCancelled(id) {
      const res = await model.updateOne(
        { _id: id, status: { $in: RUNNABLE_JOB_STATUSES }, cancelRequested: true },
        finalSet('cancelled'),
      );
      return res.matchedCount > 0;
    },
    listRunnableIds: (createdBefore, limit) => listRunnableIds(model, createdBefore, limit),
    async deleteForReport(reportId) {
      if (!isValidObjectId(reportId)) return 0;
      const res = await model.deleteMany({ reportId: new Types.ObjectId(reportId) });
      return res.deletedCount;
    },
  };
};
