import { randomUUID } from 'node:crypto';
import { AppError } from '@prepkit/shared';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { RevocationStore } from './revocation-store.ts';

export interface TokenServiceOptions {
  secret: string;
  expiresInSeconds: number;
  /** Revoked token ids until the tokens expire (MongoDB, cached in Redis). */
  revocations: RevocationStore;
}

export interface VerifiedToken {
  userId: string;
  tokenId: string;
  expiresAt: number;
}

export interface TokenService {
  issue(userId: string): Promise<{ token: string; expiresAt: number }>;
  /** Throws UNAUTHORIZED for a malformed, tampered, expired, wrong-algorithm or revoked token. */
  verify(token: string): Promise<VerifiedToken>;
  /** Refuses the token until it expires; the revocation expires with it. */
  revoke(token: VerifiedToken): Promise<void>;
}

const unauthorized = (message = 'Invalid or expired token. Please log in again.') =>
  new AppError('UNAUTHORIZED', { message });

export const createTokenService = (options: TokenServiceOptions): TokenService => {
  const key = new TextEncoder().encode(options.secret);
  return {
    async issue(userId) {
      const now = Math.floor(Date.now() / 1000);
      const expiresAt = now + options.expiresInSeconds;
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(expiresAt)
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      let payload: { sub?: string; jti?: string; exp?: number };
      try {
        ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'] }));
      } catch (error) {
        if (error instanceof errors.JWTExpired)
          throw unauthorized('Token expired. Please log in again.');
        throw unauthorized();
      }
      if (!payload.sub || !payload.jti || !payload.exp) throw unauthorized();
      const verified = { userId: payload.sub, tokenId: payload.jti, expiresAt: payload.exp };
      if (await options.revocations.isRevoked(verified)) {
        throw unauthorized('Token revoked. Please log in again.');
      }
      return verified;
    },
    revoke: (token) => options.revocations.revoke(token),
  };
};
