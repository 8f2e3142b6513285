import type { Page } from '@prepkit/db';
import { encodeCursor, type PageQuery, pageQuerySchema } from '@prepkit/shared';

/** `limit` and `cursor` of a list request, validated (a bad one is a 400 naming it). */
export const readPageQuery = (query: unknown): PageQuery => pageQuerySchema.parse(query ?? {});

/** The paging part of a list response: the opaque `nextCursor` and the URL of the next page. */
export const pageLinks = (
  path: string,
  limit: number,
  page: Pick<Page<unknown>, 'next'>,
): { nextCursor: string | null; nextUrl: string | null } => {
  if (!page.next) return { nextCursor: null, nextUrl: null };
  const nextCursor = encodeCursor(page.next);
  return { nextCursor, nextUrl: `${path}?limit=${limit}&cursor=${nextCursor}` };
};
