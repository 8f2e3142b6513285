import { isValidObjectId } from 'mongoose';
import type { RevokedTokenModel } from './revoked-token.model.ts';

export interface RevokedTokenRepository {
  /**
   * Records that the token is revoked until `expiresAt` (idempotent), and deletes revocations
   * whose tokens have expired by `now`.
   */
  revoke(input: { tokenId: string; userId: string; expiresAt: Date }, now?: Date): Promise<void>;
  /** True when the token was revoked and has not expired yet. */
  isRevoked(tokenId: string, now?: Date): Promise<boolean>;
}

export const createRevokedTokenRepository = (model: RevokedTokenModel): RevokedTokenRepository => ({
  async revoke(input, now = new Date()) {
    if (!isValidObjectId(input.userId)) throw new Error('revoke: userId is not an ObjectId');
    await model.updateOne(
      { tokenId: input.tokenId },
      { $setOnInsert: { userId: input.userId, expiresAt: input.expiresAt } },
      { upsert: true },
    );
    await model.deleteMany({ expiresAt: { $lte: now } });
  },
  async isRevoked(tokenId, now = new Date()) {
    const found = await model.exists({ tokenId, expiresAt: { $gt: now } });
    return found !== null;
  },
});
