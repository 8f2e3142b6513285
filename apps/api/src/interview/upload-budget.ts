/**
 * A cap on the resume bytes one API process holds in memory at once. A file that has arrived on
 * disk reserves its size before it is read into memory and gives it back once the use-case has
 * stored it; one that does not fit waits on disk, first come first served. Without it, 50
 * concurrent 5 MiB uploads held 50 buffers (and their copies on the way to MongoDB) together.
 */
export interface UploadBudget {
  /**
   * Waits until `bytes` (at most the whole budget) are free and takes them. Resolves with the
   * function that gives them back (safe to call more than once).
   */
  reserve(bytes: number): Promise<() => void>;
  /** Bytes reserved right now (for tests and metrics). */
  inUse(): number;
  /** Requests waiting for room (for tests and metrics). */
  waiting(): number;
}

interface Waiter {
  bytes: number;
  grant: (release: () => void) => void;
}

/** A budget of `capacityBytes` (UPLOAD_MEMORY_BUDGET_BYTES). */
export const createUploadBudget = (capacityBytes: number): UploadBudget => {
  let used = 0;
  const queue: Waiter[] = [];

  const take = (bytes: number): (() => void) => {
    used += bytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      used -= bytes;
      drain();
    };
  };
  const drain = () => {
    while (queue.length > 0 && used + queue[0]!.bytes <= capacityBytes) {
      const next = queue.shift()!;
      next.grant(take(next.bytes));
    }
  };

  return {
    inUse: () => used,
    waiting: () => queue.length,
    reserve(bytes) {
      const want = Math.max(1, Math.min(Math.ceil(bytes), capacityBytes));
      if (queue.length === 0 && used + want <= capacityBytes) return Promise.resolve(take(want));
      return new Promise((grant) => {
        queue.push({ bytes: want, grant });
      });
    },
  };
};

/**
 * Wraps a submit use-case so that the upload's share of the budget is given back as soon as the
 * use-case has stored the file (or failed), whatever route called it.
 */
export const releasingUpload =
  <Body extends { release: () => void }, Rest extends unknown[], R>(
    submit: (owner: string, body: Body, ...rest: Rest) => Promise<R>,
  ) =>
  async (owner: string, body: Body, ...rest: Rest): Promise<R> => {
    try {
      return await submit(owner, body, ...rest);
    } finally {
      body.release();
    }
  };
