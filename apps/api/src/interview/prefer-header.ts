import { z } from 'zod';

/** The `Prefer` request header (RFC 7240) as express gives it: absent, or the values joined. */
const preferHeaderSchema = z.string().max(4_096).optional().catch(undefined);

/**
 * The preferences a `Prefer` header carries, by lower-cased name, with their value (unquoted) or
 * undefined: `respond-async, wait=10;x=y` gives respond-async -> undefined and wait -> "10".
 * Several Prefer headers arrive joined by commas (RFC 9110); the first of a name wins (RFC 7240).
 */
export const readPreferences = (header: unknown): Map<string, string | undefined> => {
  const value = preferHeaderSchema.parse(header);
  const preferences = new Map<string, string | undefined>();
  for (const preference of value?.split(',') ?? []) {
    const [nameValue = ''] = preference.split(';', 1);
    const eq = nameValue.indexOf('=');
    const name = (eq === -1 ? nameValue : nameValue.slice(0, eq)).trim().toLowerCase();
    if (!name || preferences.has(name)) continue;
    const raw = eq === -1 ? undefined : nameValue.slice(eq + 1).trim();
    preferences.set(name, raw?.replace(/^"(.*)"$/, '$1'));
  }
  return preferences;
};

/** True when the client asked for an asynchronous answer (`Prefer: respond-async`). */
export const prefersRespondAsync = (header: unknown): boolean =>
  readPreferences(header).has('respond-async');

/** How long the synchronous route waits for a report, as the client's preferences decide. */
export interface SyncWait {
  /** `respond-async` was asked for: answer 202 at once (a `wait` beside it is not applied). */
  respondAsync: boolean;
  /** How long to wait for the job before answering 202 (0 with respondAsync). */
  waitMs: number;
  /** The `wait` honoured, in seconds (capped), or undefined when none is applied. */
  waitSeconds: number | undefined;
}

/**
 * Reads `Prefer: respond-async` and `Prefer: wait=N` (seconds, RFC 7240 section 4.3, capped at
 * `maxMs`). `respond-async` wins: the route answers 202 at once, as it always has. Otherwise a
 * `wait` sets how long the route waits (a client that cannot follow a 202 asks for longer; one
 * in a hurry for less), and without one it waits `defaultMs` (SYNC_TIMEOUT_MS). A `wait` that is
 * not a whole number of seconds is ignored.
 */
export const syncWaitFrom = (
  header: unknown,
  limits: { defaultMs: number; maxMs: number },
): SyncWait => {
  const preferences = readPreferences(header);
  if (preferences.has('respond-async')) {
    return { respondAsync: true, waitMs: 0, waitSeconds: undefined };
  }
  const wait = preferences.get('wait');
  if (wait === undefined || !/^\d{1,9}$/.test(wait)) {
    return { respondAsync: false, waitMs: limits.defaultMs, waitSeconds: undefined };
  }
  const waitMs = Math.min(Number(wait) * 1_000, limits.maxMs);
  return { respondAsync: false, waitMs, waitSeconds: Math.floor(waitMs / 1_000) };
};
