import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ExtractionTask, ExtractionTaskResult } from './extraction-task.ts';

/** Heap of one worker thread: a hostile file runs out of it, not the machine out of memory. */
export const WORKER_RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 48,
  stackSizeMb: 4,
} as const;

const WORKER_FILE = new URL('./extraction.worker.ts', import.meta.url).href;

/** How a pooled task ended when it did not answer. */
export type PoolFailure = 'timeout' | 'out-of-memory';

/** A task abandoned by the pool: past its timeout, or its worker ran out of heap. */
export class PoolTaskFailure extends Error {
  readonly failure: PoolFailure;

  constructor(failure: PoolFailure, cause: unknown) {
    super(`extraction task failed: ${failure}`, { cause });
    this.name = 'PoolTaskFailure';
    this.failure = failure;
  }
}

/** Worker threads running {@link ExtractionTask}s, each under a wall-clock cap. */
export interface ExtractionPool {
  /** Rejects with {@link PoolTaskFailure} on timeout or OOM, with piscina's error otherwise. */
  run(task: ExtractionTask, timeoutMs: number): Promise<ExtractionTaskResult>;
  destroy(): Promise<void>;
}

const isOutOfMemory = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A piscina pool of `maxThreads` threads loading extraction.worker.ts (plain Node type
 * stripping, also under vitest). The task's bytes are transferred. The timeout starts when a
 * worker picks the task up (a cold thread start is not counted); past it the worker is
 * terminated (piscina replaces it) and the task rejects with an AbortError.
 */
export function createExtractionPool(maxThreads: number): ExtractionPool {
  const pool = new Piscina<ExtractionTask, ExtractionTaskResult>({
    filename: WORKER_FILE,
    name: 'runExtractionTask',
    minThreads: 1,
    maxThreads,
    concurrentTasksPerWorker: 1,
    resourceLimits: WORKER_RESOURCE_LIMITS,
  });
  return {
    async run(task, timeoutMs) {
      const controller = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      port1.once('message', () => {
        timer = setTimeout(() => controller.abort(), timeoutMs);
      });
      try {
        return await pool.run(
          { ...task, started: port2 },
          { transferList: [task.bytes.buffer, port2], signal: controller.signal },
        );
      } catch (error) {
        if (controller.signal.aborted) throw new PoolTaskFailure('timeout', error);
        if (isOutOfMemory(error)) throw new PoolTaskFailure('out-of-memory', error);
        throw error;
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    destroy: () => pool.destroy(),
  };
}
