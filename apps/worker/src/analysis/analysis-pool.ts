import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { type AnalyzeInput, type AnalyzeResult, analyze } from '@prepkit/analyzer';
import { AppError } from '@prepkit/shared';
import { Piscina } from 'piscina';
import type { AnalysisTask } from './analysis-task.ts';

/** Runs the deterministic analyzer. */
export interface Analyzer {
  /** Rejects with AppError('ANALYSIS_TIMEOUT') when the analysis overruns its budget. */
  analyze(input: AnalyzeInput): Promise<AnalyzeResult>;
}

/** An {@link Analyzer} on worker threads, so no analysis can block the caller's event loop. */
export interface AnalysisPool extends Analyzer {
  /** Stops the threads; later calls reject. */
  close(): Promise<void>;
}

/** Options of {@link createAnalysisPool}. */
export interface AnalysisPoolOptions {
  /** Wall-clock budget per analysis (default 10000 ms), counted from when a thread starts on it (queue wait and thread start-up excluded): past it the thread is terminated (piscina replaces it) and the analysis rejects with ANALYSIS_TIMEOUT. */
  budgetMs?: number;
  /** Threads in the pool (default 1..2: available parallelism - 1, at least 1, at most 2). */
  maxThreads?: number;
}

/** Default of {@link AnalysisPoolOptions.budgetMs}: 50x the slowest adversarial input measured. */
export const DEFAULT_ANALYSIS_BUDGET_MS = 10_000;

/** Heap of one analysis thread: a 300,000-character resume needs a few tens of MB. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 } as const;

const WORKER_FILE = new URL('./analysis.worker.ts', import.meta.url).href;

/**
 * A piscina pool of analysis threads (plain Node type stripping, also under vitest). Each
 * analysis runs under `budgetMs`, timed from when its thread starts on it, so an analysis
 * queued behind a slow one is not failed for the wait.
 */
export const createAnalysisPool = (options: AnalysisPoolOptions = {}): AnalysisPool => {
  const budgetMs = options.budgetMs ?? DEFAULT_ANALYSIS_BUDGET_MS;
  const pool = new Piscina<AnalysisTask, AnalyzeResult>({
    filename: WORKER_FILE,
    name: 'runAnalysisTask',
    minThreads: 1,
    maxThreads: options.maxThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
    concurrentTasksPerWorker: 1,
    resourceLimits: RESOURCE_LIMITS,
  });
  return {
    async analyze(input) {
      const controller = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      port1.once('message', () => {
        timer = setTimeout(() => controller.abort(), budgetMs);
      });
      try {
        return await pool.run(
          { input, started: port2 },
          { transferList: [port2], signal: controller.signal },
        );
      } catch (error) {
        if (!controller.signal.aborted) throw error;
        throw new AppError('ANALYSIS_TIMEOUT', {
          details: { budgetMs },
          cause: error,
        });
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    close: () => pool.destroy(),
  };
};

/** The analyzer on the caller's own thread: for one-shot tools (the CLI), never for a worker. */
export const inProcessAnalyzer: Analyzer = {
  analyze: async (input) => analyze(input),
};
