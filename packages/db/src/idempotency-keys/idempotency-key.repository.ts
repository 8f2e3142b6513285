import { Types } from 'mongoose';
import { isDuplicateKeyError } from '../connection.ts';
import type { IdempotencyKeyModel } from './idempotency-key.model.ts';

/** A claimed Idempotency-Key as stored. */
export interface StoredIdempotencyKey {
  /** Derived from user and key (see the API's idempotency module). */
  id: string;
  owner: string;
  /** sha256 of the request body the key was first sent with. */
  fingerprint: string;
  /** The job the key reserved; the job document may not be written yet. */
  jobId: string;
  expiresAt: Date;
  createdAt: Date;
}

/** What `claim` needs: everything but the job id, which the claim reserves itself. */
export interface NewIdempotencyKey {
  id: string;
  owner: string;
  fingerprint: string;
  expiresAt: Date;
}

/**
 * `claimed: true`: this caller inserted the key and owns `key.jobId`. `claimed: false`: another
 * request holds it (`key`), or held it and released it in between (`key: null`: try again).
 */
export type IdempotencyClaim =
  | { claimed: true; key: StoredIdempotencyKey }
  | { claimed: false; key: StoredIdempotencyKey | null };

export interface IdempotencyKeyRepository {
  /** Atomic: inserts the key document (unique `_id`) reserving a fresh job id. */
  claim(key: NewIdempotencyKey): Promise<IdempotencyClaim>;
  findById(id: string): Promise<StoredIdempotencyKey | null>;
  /** Removes the key if it still reserves `jobId` (a failed submission gives its key back). */
  release(id: string, jobId: string): Promise<void>;
  /** Removes the key if it expired before `now`; a fresh claim of the same key is left alone. */
  releaseIfExpired(id: string, now: Date): Promise<void>;
  /** Deletes every key that expired before `now`; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

// biome-ignore lint/suspicious/noExplicitAny: a lean mongoose document, mapped field by field
const toStored = (d: any): StoredIdempotencyKey => ({
  id: d._id,
  owner: d.owner.toString(),
  fingerprint: d.fingerprint,
  jobId: d.jobId.toString(),
  expiresAt: d.expiresAt,
  createdAt: d.createdAt,
});

export const createIdempotencyKeyRepository = (
  model: IdempotencyKeyModel,
): IdempotencyKeyRepository => {
  const findById = async (id: string) => {
    const doc = await model.findById(id).lean();
    return doc ? toStored(doc) : null;
  };
  return {
    async claim(key) {
      try {
        const doc = await model.create({
          _id: key.id,
          owner: new Types.ObjectId(key.owner),
          fingerprint: key.fingerprint,
          jobId: new Types.ObjectId(),
          expiresAt: key.expiresAt,
        });
        return { claimed: true, key: toStored(doc.toObject()) };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        return { claimed: false, key: await findById(key.id) };
      }
    },
    findById,
    async release(id, jobId) {
      await model.deleteOne({ _id: id, jobId: new Types.ObjectId(jobId) });
    },
    async releaseIfExpired(id, now) {
      await model.deleteOne({ _id: id, expiresAt: { $lt: now } });
    },
    async deleteExpired(now) {
      const res = await model.deleteMany({ expiresAt: { $lt: now } });
      return res.deletedCount;
    },
  };
};
