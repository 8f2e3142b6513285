import type { PageCursor } from '@prepkit/shared';
import { Types } from 'mongoose';

/** One page of a list, newest first, and where the next one starts (null: this is the last). */
export interface Page<T> {
  items: T[];
  next: PageCursor | null;
}

/** Which page to read: at most `limit` items, after `after` (null: from the newest). */
export interface PageRequest {
  limit: number;
  after: PageCursor | null;
}

/** Newest first, ties on createdAt broken by _id: a total order, so no page skips or repeats. */
export const NEWEST_FIRST = { createdAt: -1, _id: -1 } as const;

/**
 * The filter for one owner's page: `ownerField` equals `owner` and, after a cursor, only items
 * strictly older in (createdAt, _id) order. Served by the plain { owner, createdAt } index.
 */
export const ownerPageFilter = (ownerField: string, owner: string, after: PageCursor | null) => {
  const base = { [ownerField]: new Types.ObjectId(owner) };
  if (!after) return base;
  return {
    ...base,
    $or: [
      { createdAt: { $lt: after.createdAt } },
      { createdAt: after.createdAt, _id: { $lt: new Types.ObjectId(after.id) } },
    ],
  };
};

/** Cuts a read of `limit + 1` documents into a page: the extra one only says a next page exists. */
export const toPage = <D extends { _id: unknown; createdAt: Date }, T>(
  docs: D[],
  limit: number,
  map: (doc: D) => T,
): Page<T> => {
  const items = docs.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    next:
      docs.length > limit && last
        ? { createdAt: new Date(last.createdAt), id: String(last._id) }
        : null,
  };
};
