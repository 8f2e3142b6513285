import { ERRORS, isRunnableStatus, RUNNABLE_JOB_STATUSES } from '@prepkit/shared';
import { isValidObjectId, Types } from 'mongoose';
import { bufferOf, toBinary } from '../binary-field.ts';
import {
  createJobTransitions,
  type FinishWrite,
  finishUpdate,
  listRunnableIds,
} from '../job-state.ts';
import { NEWEST_FIRST, ownerPageFilter, toPage } from '../pagination.ts';
import type { InterviewJobModel } from './interview-job.model.ts';
import type { InterviewJobRepository, RunnableJob, StoredJob } from './interview-job.types.ts';
import type { InterviewJobInputModel } from './interview-job-input.model.ts';

const CLEARED_LEASE = { leaseOwner: null, leaseUntil: null } as const;

/** A live job's long texts and file bytes: what a status read leaves out and a finish drops. */
const HEAVY_FIELDS = ['input.jobDescription', 'input.selfDescription', 'upload.data'] as const;

/** A status read never needs a live job's long texts or file bytes. */
const STATUS_FIELDS = Object.fromEntries(HEAVY_FIELDS.map((f) => [f, 0]));

/**
 * What every write that ends a job (failed, cancelled) also does: its lease is cleared and its
 * file's bytes removed, so that the document left in the history is small.
 */
const FINISH: FinishWrite = { set: CLEARED_LEASE, unset: { 'upload.data': '' } };

/** Completion also removes the long texts: the report keeps them from then on. */
const COMPLETED: FinishWrite = {
  set: CLEARED_LEASE,
  unset: Object.fromEntries(HEAVY_FIELDS.map((f) => [f, ''])),
};

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

export const createInterviewJobRepository = (
  model: InterviewJobModel,
  legacyInputs: InterviewJobInputModel,
): InterviewJobRepository => {
  const findById = async (id: string) => {
    if (!isValidObjectId(id)) return null;
    const doc = await model.findById(id).select(STATUS_FIELDS).lean();
    return doc ? toStored(doc) : null;
  };
  /** Jobs written before the texts came back into the job kept them in interview_job_inputs. */
  const legacyInput = async (id: string) => {
    const stored = await legacyInputs.findById(id).lean();
    return stored
      ? { jobDescription: stored.jobDescription, selfDescription: stored.selfDescription ?? '' }
      : null;
  };
  const transitions = createJobTransitions(model, FINISH);
  return {
    ...transitions,
    async create(job) {
      const _id = job.id ? new Types.ObjectId(job.id) : new Types.ObjectId();
      const now = new Date();
      const file = job.upload;
      // One document: the job, its texts and its file's bytes (one round trip). It is written
      // through the driver after the schema has validated its fields: mongoose's casting would
      // copy the bytes on the way to BSON (a 5 MiB upload held 2-3 times). startedAt is left
      // out until the first attempt sets it ($min sets a missing field, and only that one).
      const doc = {
        _id,
        owner: new Types.ObjectId(job.owner),
        status: 'queued',
        stage: null,
        progress: 0,
        attempts: 0,
        input: {
          title: job.input.title,
          jobDescription: job.input.jobDescription,
          selfDescription: job.input.selfDescription,
        },
        upload: file
          ? {
              id: null,
              kind: file.kind,
              filename: file.filename,
              mimeType: file.mimeType,
              size: file.data.byteLength,
            }
          : { id: null, kind: null, filename: '' },
        reportId: null,
        error: null,
        lastErrorCode: null,
        warnings: [],
        cancelRequested: false,
        leaseOwner: null,
        leaseUntil: null,
        finishedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await model.validate(doc);
      await model.collection.insertOne(
        file ? { ...doc, upload: { ...doc.upload, data: toBinary(file.data) } } : doc,
      );
      return toStored(doc);
    },
    findById,
    async findOwned(id, owner) {
      const job = await findById(id);
      return job && job.owner === owner ? job : null;
    },
    async startAttempt(id, lease) {
      // One guarded write that returns the job as it now is, texts and file included: a queued
      // job, or a processing one whose lease has expired (its holder died), becomes this
      // attempt's. Only a refused start reads the job again, to say why.
      const notRunnable = { outcome: 'not-runnable' } as const;
      if (!isValidObjectId(id)) return notRunnable;
      const now = new Date();
      const leaseUntil = new Date(now.getTime() + lease.ms);
      const doc = await model
        .findOneAndUpdate(
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
              stage: 'extracting',
              progress: 5,
              leaseOwner: lease.owner,
              leaseUntil,
            },
            $inc: { attempts: 1 },
            $min: { startedAt: now },
          },
          { returnDocument: 'after' },
        )
        .lean();
      if (!doc) {
        const again = await findById(id);
        return again?.status === 'processing' && again.leaseUntil && again.leaseUntil > now
          ? { outcome: 'leased', until: again.leaseUntil }
          : notRunnable;
      }
      const job = toStored(doc);
      if (!job.startedAt) {
        // Written by an earlier version with startedAt: null, which $min keeps.
        await model.updateOne({ _id: id, startedAt: null }, { $set: { startedAt: now } });
        job.startedAt = now;
      }
      const own = doc.input as { jobDescription?: string; selfDescription?: string };
      const input =
        typeof own.jobDescription === 'string'
          ? { jobDescription: own.jobDescription, selfDescription: own.selfDescription ?? '' }
          : await legacyInput(id);
      if (!input) {
        // Nothing to work on (its texts were lost): end it rather than retry it forever.
        await transitions.fail(
          id,
          { code: 'INTERNAL', message: ERRORS.INTERNAL.message },
          'JOB_INPUT_MISSING',
        );
        return notRunnable;
      }
      const started: RunnableJob = {
        ...job,
        input: { title: job.input.title, ...input },
        file: bufferOf((doc.upload as { data?: unknown } | undefined)?.data),
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
        finishUpdate(COMPLETED, {
          status: 'completed',
          stage: null,
          progress: 100,
          reportId: new Types.ObjectId(reportId),
          warnings,
          error: null,
          finishedAt: new Date(),
        }),
      );
    },
    async delete(id) {
      if (!isValidObjectId(id)) return;
      await model.deleteOne({ _id: id });
    },
    countStoredFiles: () => model.countDocuments({ 'upload.data': { $exists: true } }),
    async markCancelled(id) {
      const job = await findById(id);
      if (!job || !isRunnableStatus(job.status) || !job.cancelRequested) return null;
      const res = await model.updateOne(
        { _id: id, status: { $in: RUNNABLE_JOB_STATUSES }, cancelRequested: true },
        finishUpdate(FINISH, { status: 'cancelled', stage: null, finishedAt: new Date() }),
      );
      return res.matchedCount > 0 ? job : null;
    },
    listRunnableIds: (createdBefore, limit) => listRunnableIds(model, createdBefore, limit),
    async listOwned(owner, { limit, after }) {
      const docs = await model
        .find(ownerPageFilter('owner', owner, after))
        .select(STATUS_FIELDS)
        .sort(NEWEST_FIRST)
        .limit(limit + 1)
        .lean();
      return toPage(docs, limit, toStored);
    },
  };
};
