import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const VALID = /^[\x21-\x7e]{1,128}$/;

/** The request id: the caller's `x-request-id` when it is sane, else a new UUID; echoed back. */
export const genRequestId = (req: IncomingMessage, res: ServerResponse): string => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && VALID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
};
