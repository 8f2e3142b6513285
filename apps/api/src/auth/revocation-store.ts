import type { RevokedTokenRepository } from '@prepkit/db';
import type { Redis } from 'ioredis';

export interface RevocationStoreOptions {
  /** The record of revocations: they survive anything that happens to Redis. */
  revokedTokens: RevokedTokenRepository;
  /** Caches each token's verdict, so most requests do not ask MongoDB. */
  redis: Redis;
  /** Namespace of the cache keys, e.g. `{prepkit}:auth:`. */
  keyPrefix: string;
  /** How long a "not revoked" verdict is cached (a revocation replaces it at once). */
  notRevokedTtlSeconds?: number;
}

/** A token as far as revocation cares: its `jti`, its subject and its expiry (epoch seconds). */
export interface RevocableToken {
  tokenId: string;
  userId: string;
  expiresAt: number;
}

export interface RevocationStore {
  isRevoked(token: RevocableToken): Promise<boolean>;
  /** Refuses the token until it expires; throws if the revocation could not be recorded. */
  revoke(token: RevocableToken): Promise<void>;
}

const secondsLeft = (token: RevocableToken) => token.expiresAt - Math.floor(Date.now() / 1000);

/**
 * Revocations kept in MongoDB, with Redis as a cache of the verdict per token
 * (`<prefix>revoked-token:<jti>`: `1` revoked, until the token expires; `0` not revoked, briefly).
 * A missing cache entry (flushed, restarted, evicted) or an unreachable Redis means "ask MongoDB".
 * A "not revoked" entry is only written if none exists (NX) and a revocation overwrites it, so a
 * cached verdict never outlives a logout that finished.
 */
export const createRevocationStore = (options: RevocationStoreOptions): RevocationStore => {
  const cacheKey = (tokenId: string) => `${options.keyPrefix}revoked-token:${tokenId}`;
  const notRevokedTtl = options.notRevokedTtlSeconds ?? 60;
  /** Cache misses being answered from MongoDB: a burst on one token asks MongoDB once. */
  const lookups = new Map<string, Promise<boolean>>();

  const lookUp = async (token: RevocableToken): Promise<boolean> => {
    const revoked = await options.revokedTokens.isRevoked(token.tokenId);
    const ttl = secondsLeft(token);
    if (ttl > 0) {
      const key = cacheKey(token.tokenId);
      const write = revoked
        ? options.redis.set(key, '1', 'EX', ttl)
        : options.redis.set(key, '0', 'EX', Math.min(ttl, notRevokedTtl), 'NX');
      await write.catch(() => undefined);
    }
    return revoked;
  };

  return {
    async isRevoked(token) {
      const cached = await options.redis.get(cacheKey(token.tokenId)).catch(() => null);
      if (cached === '1') return true;
      if (cached === '0') return false;
      const pending = lookups.get(token.tokenId);
      if (pending) return pending;
      const lookup = lookUp(token).finally(() => {
        if (lookups.get(token.tokenId) === lookup) lookups.delete(token.tokenId);
      });
      lookups.set(token.tokenId, lookup);
      return lookup;
    },
    async revoke(token) {
      const ttl = secondsLeft(token);
      if (ttl <= 0) return;
      await options.revokedTokens.revoke({
        tokenId: token.tokenId,
        userId: token.userId,
        expiresAt: new Date(token.expiresAt * 1000),
      });
      // Replaces a cached "not revoked" at once; if Redis is down this fails the logout rather
      // than leave that verdict standing.
      await options.redis.set(cacheKey(token.tokenId), '1', 'EX', ttl);
      // Requests from now on must not join a lookup that began before the revocation.
      lookups.delete(token.tokenId);
    },
  };
};
