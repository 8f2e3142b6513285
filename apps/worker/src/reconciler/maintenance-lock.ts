import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Takes the lock if it is free (`SET NX PX`), or renews it if this holder already has it, so the
 * holder's own next round is not shut out by its previous lock. 1 = held, 0 = someone else's.
 */
const ACQUIRE = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

/** A fleet-wide lock in Redis: at most one worker holds it, for `ttlMs` at a time. */
export interface MaintenanceLock {
  /** True when this process holds the lock now (for the next `ttlMs`). */
  acquire(): Promise<boolean>;
}

export const createMaintenanceLock = (
  redis: Redis,
  key: string,
  ttlMs: number,
): MaintenanceLock => {
  const token = randomUUID();
  return {
    async acquire() {
      return (await redis.eval(ACQUIRE, 1, key, token, String(ttlMs))) === 1;
    },
  };
};
