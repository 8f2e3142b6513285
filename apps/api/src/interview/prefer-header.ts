import { z } from 'zod';

/** The `Prefer` request header (RFC 7240) as express gives it: absent, or the values joined. */
const preferHeaderSchema = z.string().max(4_096).optional().catch(undefined);

/**
 * The preference names a `Prefer` header carries, lower-cased: `respond-async, wait=10;x=y`
 * gives `respond-async` and `wait`. Several Prefer headers arrive joined by commas (RFC 9110).
 */
export const preferenceNames = (header: unknown): Set<string> => {
  const value = preferHeaderSchema.parse(header);
  const names = new Set<string>();
  for (const preference of value?.split(',') ?? []) {
    const name = preference.split(/[;=]/, 1)[0]?.trim().toLowerCase();
    if (name) names.add(name);
  }
  return names;
};

/** True when the client asked for an asynchronous answer (`Prefer: respond-async`). */
export const prefersRespondAsync = (header: unknown): boolean =>
  preferenceNames(header).has('respond-async');
