import { z } from 'zod';

/** The part of Web Storage the plan needs (localStorage in the browser). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One task of the plan: its day and its place in that day's list. */
export const taskKey = (day: number, taskIndex: number): string => `${day}:${taskIndex}`;

const storageKey = (reportId: string) => `prepkit:plan:${reportId}`;
const storedSchema = z.object({ v: z.literal(1), done: z.array(z.string().regex(/^\d+:\d+$/)) });

/**
 * Which plan tasks the user ticked, per report, in the browser's storage. A missing, corrupt or
 * unavailable store reads as nothing ticked; a failed write (private mode, quota) is ignored.
 */
export const createPlanStore = (storage: KeyValueStorage | null) => ({
  load(reportId: string): Set<string> {
    try {
      const raw = storage?.getItem(storageKey(reportId));
      const parsed = storedSchema.safeParse(raw ? JSON.parse(raw) : null);
      return new Set(parsed.success ? parsed.data.done : []);
    } catch {
      return new Set();
    }
  },
  save(reportId: string, done: ReadonlySet<string>): void {
    try {
      if (done.size === 0) storage?.removeItem(storageKey(reportId));
      else storage?.setItem(storageKey(reportId), JSON.stringify({ v: 1, done: [...done].sort() }));
    } catch {
      // storage full or disabled: ticks last for this page view only
    }
  },
  /** Forgets a deleted report's ticks. */
  forget(reportId: string): void {
    try {
      storage?.removeItem(storageKey(reportId));
    } catch {
      // nothing to do
    }
  },
});
export type PlanStore = ReturnType<typeof createPlanStore>;

/** The browser's localStorage, or null where it is blocked. */
export const browserStorage = (): KeyValueStorage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** Ticks or unticks one task, returning the new set (never mutates its input). */
export const toggleTask = (done: ReadonlySet<string>, key: string): Set<string> => {
  const next = new Set(done);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
};
