import { z } from 'zod';

/** Largest page a list endpoint serves. */
export const MAX_PAGE_LIMIT = 100;
/**
 * Page size when `limit` is not given: the whole page maximum, so a client that never follows
 * `nextCursor` still shows a useful history.
 */
export const DEFAULT_PAGE_LIMIT = MAX_PAGE_LIMIT;

/** Where a page ends: the sort key (createdAt, then id) of its last item. */
export interface PageCursor {
  createdAt: Date;
  id: string;
}

const CURSOR_PATTERN = /^(\d{1,15})\.([a-f0-9]{24})$/;

/** The opaque `cursor` a client passes back to get the next page (base64url of createdAt + id). */
export const encodeCursor = (cursor: PageCursor): string =>
  Buffer.from(`${cursor.createdAt.getTime()}.${cursor.id}`).toString('base64url');

/** The cursor behind an opaque string, or null when it is not one prepkit made. */
export const decodeCursor = (value: string): PageCursor | null => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) return null;
  const match = CURSOR_PATTERN.exec(Buffer.from(value, 'base64url').toString('latin1'));
  if (!match) return null;
  return { createdAt: new Date(Number(match[1])), id: match[2]! };
};

const LIMIT_MESSAGE = `'limit' must be an integer from 1 to ${MAX_PAGE_LIMIT}.`;
const CURSOR_MESSAGE = "'cursor' is not a valid cursor. Pass back a 'nextCursor' unchanged.";

/**
 * The query of a list endpoint: `limit` (1..100, default 100) and an opaque `cursor` from the
 * previous page's `nextCursor`. Other query parameters are ignored.
 */
export const pageQuerySchema = z.object({
  limit: z
    .string({ error: LIMIT_MESSAGE })
    .regex(/^\d{1,3}$/, LIMIT_MESSAGE)
    .transform(Number)
    .pipe(z.number().int().min(1, LIMIT_MESSAGE).max(MAX_PAGE_LIMIT, LIMIT_MESSAGE))
    .optional()
    .transform((v) => v ?? DEFAULT_PAGE_LIMIT),
  cursor: z
    .string({ error: CURSOR_MESSAGE })
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return null;
      const cursor = decodeCursor(v);
      if (!cursor) {
        ctx.addIssue({ code: 'custom', message: CURSOR_MESSAGE });
        return z.NEVER;
      }
      return cursor;
    }),
});
export type PageQuery = z.output<typeof pageQuerySchema>;
