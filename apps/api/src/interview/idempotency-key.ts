import { createHash } from 'node:crypto';
import { AppError } from '@prepkit/shared';
import { z } from 'zod';

/** The request header that makes a submission idempotent. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** 1-255 visible ASCII characters (0x21-0x7E): no spaces, no control or non-ASCII bytes. */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7E]{1,255}$/);

/** The header's value, validated; a malformed one is a 400 naming the header. */
export const parseIdempotencyKey = (value: string): string => {
  const parsed = idempotencyKeySchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION_ERROR', {
      message: `The '${IDEMPOTENCY_HEADER}' header must be 1-255 visible ASCII characters.`,
    });
  }
  return parsed.data;
};

/**
 * The `_id` of a key's document: sha256 hex of user and key. Inserting it is the atomic claim
 * (two racing requests cannot both insert it), and another user's identical key is another id.
 */
export const idempotencyKeyId = (owner: string, key: string): string =>
  createHash('sha256').update(`${owner}\n${key}`).digest('hex');
