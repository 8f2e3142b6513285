import { type Connection, Schema } from 'mongoose';

/**
 * One Idempotency-Key a user sent: `_id` is derived from user and key (so inserting it is the
 * atomic claim), `fingerprint` identifies the request body, `jobId` the job it reserved.
 * Expired documents are deleted by the worker's maintenance loop (`deleteMany` on `expiresAt`):
 * FerretDB v1 has no TTL indexes, so the index on `expiresAt` is a plain one.
 */
export const idempotencyKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: Schema.Types.ObjectId, required: true },
    fingerprint: { type: String, required: true },
    jobId: { type: Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true, index: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

export const createIdempotencyKeyModel = (connection: Connection) =>
  connection.model('IdempotencyKey', idempotencyKeySchema, 'idempotency_keys');

export type IdempotencyKeyModel = ReturnType<typeof createIdempotencyKeyModel>;
