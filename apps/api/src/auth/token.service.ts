import { randomUUID } from 'node:crypto';
import { AppError } from '@prepkit/shared';
import type { Redis } from 'ioredis';
import { errors, jwtVerify, SignJWT } from 'jose';

export interface TokenServiceOptions {
  secret: string;
  expiresInSeconds: number;
  /** Holds revoked token ids until the tokens expire. */
  redis: Redis;
  keyPrefix: string;
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
  const revokedKey = (id: string) => `${options.keyPrefix}revoked-token:${id}`;
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
      if ((await options.redis.exists(revokedKey(payload.jti))) === 1) {
        throw unauthorized('Token revoked. Please log in again.');
      }
      return { userId: payload.sub, tokenId: payload.jti, expiresAt: payload.exp };
    },
    async revoke(token) {
      const ttl = token.expiresAt - Math.floor(Date.now() / 1000);
      if (ttl > 0) await options.redis.set(revokedKey(token.tokenId), '1', 'EX', ttl);
    },
  };
};
