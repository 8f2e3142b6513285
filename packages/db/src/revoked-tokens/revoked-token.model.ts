import { type Connection, Schema } from 'mongoose';

/**
 * A token logged out before it expired: `tokenId` is its `jti`. The record of revocations (Redis
 * only caches them), so a Redis flush or restart never brings a logged-out token back. Expired
 * records are deleted when tokens are revoked (`deleteMany` on `expiresAt`): FerretDB v1 has no
 * TTL indexes, so the index on `expiresAt` is a plain one.
 */
export const revokedTokenSchema = new Schema(
  {
    tokenId: { type: String, required: true, unique: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    /** When the token itself expires; the revocation is useless after it. */
    expiresAt: { type: Date, required: true, index: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

export const createRevokedTokenModel = (connection: Connection) =>
  connection.model('RevokedToken', revokedTokenSchema, 'revoked_tokens');

export type RevokedTokenModel = ReturnType<typeof createRevokedTokenModel>;
