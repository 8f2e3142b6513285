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

/**
 * The state transitions both job collections (reports, tailored resumes) share, each a single
 * conditional update by `_id` so that two workers or a worker and a cancel never both win.
 * `onFinish` is merged into every update that ends a job (the report job clears its lease).
 */
export const createJobTransitions = (
  model: StateModel,
  onFinish: Record<string, unknown> = {},
) => ({
  /** queued/processing -> failed, with the documented error and the detail code for operators. */
  async fail(id: string, error: StoredJobError, detailCode?: string): Promise<void> {
    await model.updateOne(
      { _id: id, status: { $in: RUNNABLE_JOB_STATUSES } },
      {
        $set: {
          status: 'failed',
          stage: null,
          error,
          lastErrorCode: detailCode ?? error.code,
          finishedAt: new Date(),
          ...onFinish,
        },
      },
    );
  },
  /** Atomically queued -> cancelled; false when it was no longer queued. */
  async cancelQueued(id: string): Promise<boolean> {
    if (!isValidObjectId(id)) return false;
    const res = await model.updateOne(
      { _id: id, status: 'queued' },
      { $set: { status: 'cancelled', stage: null, finishedAt: new Date(), ...onFinish } },
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
