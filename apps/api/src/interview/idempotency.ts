import type { IdempotencyKeyRepository, InterviewJobRepository, StoredJob } from '@prepkit/db';
import { AppError } from '@prepkit/shared';
import { idempotencyKeyId } from './idempotency-key.ts';

/** How long a key names its job: the same key within this window gets the same job back. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1_000;

export interface IdempotencyDeps {
  idempotencyKeys: IdempotencyKeyRepository;
  jobs: Pick<InterviewJobRepository, 'findById'>;
}

/** Tuning of the wait for a racing request's job (defaults suit production). */
export interface ReserveOptions {
  /** How long a loser of a race waits for the winner to write its job. Default 5 s. */
  waitMs?: number;
  /** Re-read interval while waiting. Default 100 ms. */
  pollMs?: number;
  /** A claim this old whose job never appeared is abandoned (its request died). Default 60 s. */
  staleMs?: number;
}

/**
 * `new`: this request owns the key; it must create job `jobId` (and `release` the key if that
 * fails). `existing`: the key was already used with the same body within the window: its job.
 */
export type Reservation =
  | { kind: 'new'; keyId: string; jobId: string }
  | { kind: 'existing'; job: StoredJob };

const MAX_CLAIMS = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Claims `key` for `owner` atomically by inserting its document (the `_id` is derived from user
 * and key; the unique `_id` decides races, never a read-then-write). A loser reads the winner's
 * document by `_id`: a different fingerprint is 422, the same one returns the winner's job,
 * waiting briefly (bounded) while the winner has not written it yet. An expired key counts as
 * absent: it is removed and claimed anew.
 */
export const reserveIdempotentJob = async (
  deps: IdempotencyDeps,
  request: { owner: string; key: string; fingerprint: string },
  options: ReserveOptions = {},
): Promise<Reservation> => {
  const { waitMs = 5_000, pollMs = 100, staleMs = 60_000 } = options;
  const keyId = idempotencyKeyId(request.owner, request.key);
  for (let claims = 0; claims < MAX_CLAIMS; claims += 1) {
    const now = new Date();
    const claim = await deps.idempotencyKeys.claim({
      id: keyId,
      owner: request.owner,
      fingerprint: request.fingerprint,
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS),
    });
    if (claim.claimed) return { kind: 'new', keyId, jobId: claim.key.jobId };
    const held = claim.key;
    if (!held) continue; // released between our insert and our read: claim again
    if (held.expiresAt <= now) {
      await deps.idempotencyKeys.releaseIfExpired(keyId, now);
      continue;
    }
    if (held.fingerprint !== request.fingerprint) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    const deadline = Date.now() + waitMs;
    let current: typeof held | null = held;
    while (current?.jobId === held.jobId) {
      const job = await deps.jobs.findById(held.jobId);
      if (job) return { kind: 'existing', job };
      if (Date.now() >= deadline) break;
      await sleep(pollMs);
      current = await deps.idempotencyKeys.findById(keyId);
    }
    if (current?.jobId !== held.jobId) continue; // the winner failed and gave the key back
    if (Date.now() - held.createdAt.getTime() > staleMs) {
      await deps.idempotencyKeys.release(keyId, held.jobId);
      continue;
    }
    throw new AppError('CONFLICT', {
      message: 'A request with this Idempotency-Key is still being processed. Retry shortly.',
      headers: { 'Retry-After': '1' },
    });
  }
  throw new AppError('CONFLICT', {
    message: 'This Idempotency-Key is contended by concurrent requests. Retry shortly.',
    headers: { 'Retry-After': '1' },
  });
};
