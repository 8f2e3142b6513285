import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a caller's id may be: short, and nothing that means something in HTML, JSON or logs. */
const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the caller's `x-request-id` when it matches `[A-Za-z0-9._:-]{1,128}`, else a
 * new UUID; echoed back in the `x-request-id` response header.
 */
export const genRequestId = (req: IncomingMessage, res: ServerResponse): string => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && VALID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
};
