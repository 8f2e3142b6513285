import { RUNNABLE_JOB_STATUSES } from '@prepkit/shared';
import { isValidObjectId, type Model } from 'mongoose';

/** The one method of a mongoose model the shared transitions use. */
export interface StateModel {
  updateOne(
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
  ): PromiseLike<{ matchedCount: number }>;
}

/** A job's failure as stored: the documented code and message. */
export interface StoredJobError {
  code: string;
  message: string;
}

/** What every update that ends a job also does, besides setting its final state. */
export interface FinishWrite {
  /** Fields set (the report job clears its lease). */
  set?: Record<string, unknown>;
  /** Fields removed (the report job drops its file's bytes). */
  unset?: Record<string, ''>;
}

/** The update of a write that ends a job: `fields` and the collection's own finishing ones. */
export const finishUpdate = (
  finish: FinishWrite,
  fields: Record<string, unknown>,
): Record<string, unknown> => ({
  $set: { ...fields, ...finish.set },
  ...(finish.unset && Object.keys(finish.unset).length > 0 ? { $unset: finish.unset } : {}),
});

/**
 * The state transitions both job collections (reports, tailored resumes) share, each a single
 * conditional update by `_id` so that two workers or a worker and a cancel never both win.
 * `finish` is merged into every update that ends a job.
 */
export const createJobTransitions = (model: StateModel, finish: FinishWrite = {}) => ({
  /** queued/processing -> failed, with the documented error and the detail code for operators. */
  async fail(id: string, error: StoredJobError, detailCode?: string): Promise<void> {
    await model.updateOne(
      { _id: id, status: { $in: RUNNABLE_JOB_STATUSES } },
      finishUpdate(finish, {
        status: 'failed',
        stage: null,
        error,
        lastErrorCode: detailCode ?? error.code,
        finishedAt: new Date(),
      }),
    );
  },
  /** Atomically queued -> cancelled; false when it was no longer queued. */
  async cancelQueued(id: string): Promise<boolean> {
    if (!isValidObjectId(id)) return false;
    const res = await model.updateOne(
      { _id: id, status: 'queued' },
      finishUpdate(finish, { status: 'cancelled', stage: null, finishedAt: new Date() }),
    );
    return res.matchedCount > 0;
  },
  /** Flags a processing job to stop at its next stage boundary; false when not processing. */
  async requestCancel(id: string): Promise<boolean> {
    if (!isValidObjectId(id)) return false;
    const res = await model.updateOne(
      { _id: id, status: 'processing' },
      { $set: { cancelRequested: true } },
    );
    return res.matchedCount > 0;
  },
});

/**
 * Ids of queued/processing jobs created before `createdBefore`, oldest first: a scan, for the
 * reconciler only (either job collection).
 */
export const listRunnableIds = async (
  // biome-ignore lint/suspicious/noExplicitAny: any job model; only status and createdAt are read
  model: Model<any>,
  createdBefore: Date,
  limit: number,
): Promise<string[]> => {
  const docs = await model
    .find({ status: { $in: RUNNABLE_JOB_STATUSES }, createdAt: { $lt: createdBefore } })
    .select({ _id: 1 })
    .sort({ createdAt: 1 })
    .limit(limit)
    .lean<{ _id: { toString(): string } }[]>();
  return docs.map((d) => d._id.toString());
};
