/**
 * A cap on the resume bytes one API process holds in memory at once. An upload reserves its
 * size before its body is read and gives it back once the bytes are stored; a request that does
 * not fit waits unread (TCP backpressure holds the client), first come first served. Without it,
 * 50 concurrent 5 MiB uploads held 50 buffers (and their copies on the way to MongoDB) together.
 */
export interface UploadBudget {
  /**
   * Waits until `bytes` (at most the whole budget) are free and takes them. Resolves with the
   * function that gives them back (safe to call more than once). Rejects if `signal` aborts first.
   */
  reserve(bytes: number, signal?: AbortSignal): Promise<() => void>;
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
    reserve(bytes, signal) {
      const want = Math.max(1, Math.min(Math.ceil(bytes), capacityBytes));
      if (queue.length === 0 && used + want <= capacityBytes) return Promise.resolve(take(want));
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const waiter: Waiter = {
          bytes: want,
          grant: (release) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(release);
          },
        };
        function onAbort() {
          const i = queue.indexOf(waiter);
          if (i !== -1) queue.splice(i, 1);
          drain();
          reject(signal?.reason);
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
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
