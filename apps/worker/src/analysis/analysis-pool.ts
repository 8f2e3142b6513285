import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import {
  type AnalyzeInput,
  type AnalyzeResult,
  analyze,
  type GroundingResult,
  type GroundingSource,
  type TailorInput,
} from '@prepkit/analyzer';
import { AppError, type TailoredResumeContent } from '@prepkit/shared';
import { Piscina } from 'piscina';
import type { AnalysisTask, GroundTask, TailorTask } from './analysis-task.ts';

/** Runs the deterministic analyzer. */
export interface Analyzer {
  /** Rejects with AppError('ANALYSIS_TIMEOUT') when the analysis overruns its budget. */
  analyze(input: AnalyzeInput): Promise<AnalyzeResult>;
}

/** Makes and checks tailored resumes with the analyzer package (the offline tailoring, the grounding check). */
export interface Tailoring {
  /** The offline tailored resume; rejects with AppError('ANALYSIS_TIMEOUT') past the budget. */
  tailor(input: TailorInput): Promise<TailoredResumeContent>;
  /** The grounding check of a tailored resume; rejects with AppError('ANALYSIS_TIMEOUT') past the budget. */
  ground(content: TailoredResumeContent, source: GroundingSource): Promise<GroundingResult>;
}

/**
 * An {@link Analyzer} and a {@link Tailoring} on worker threads, so no analysis, tailoring or
 * grounding check can block the caller's event loop.
 */
export interface AnalysisPool extends Analyzer, Tailoring {
  /** Stops the threads; later calls reject. */
  close(): Promise<void>;
}

/** Options of {@link createAnalysisPool}. */
export interface AnalysisPoolOptions {
  /** Wall-clock budget per task (default 10000 ms), counted from when a thread starts on it (queue wait and thread start-up excluded): past it the thread is terminated (piscina replaces it) and the task rejects with ANALYSIS_TIMEOUT. */
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
 * A piscina pool of analysis threads (plain Node type stripping, also under vitest). Each task
 * (an analysis, a tailoring, a grounding check) runs under `budgetMs`, timed from when its
 * thread starts on it, so a task queued behind a slow one is not failed for the wait.
 */
export const createAnalysisPool = (options: AnalysisPoolOptions = {}): AnalysisPool => {
  const budgetMs = options.budgetMs ?? DEFAULT_ANALYSIS_BUDGET_MS;
  const pool = new Piscina<AnalysisTask | TailorTask | GroundTask, unknown>({
    filename: WORKER_FILE,
    name: 'runAnalysisTask',
    minThreads: 1,
    maxThreads: options.maxThreads ?? Math.max(1, Math.min(2, availableParallelism() - 1)),
    concurrentTasksPerWorker: 1,
    resourceLimits: RESOURCE_LIMITS,
  });
  /** Runs one task by its export's name under the budget, timed from when a thread starts it. */
  const run = async <T>(
    name: 'runAnalysisTask' | 'runTailorTask' | 'runGroundTask',
    task: Omit<AnalysisTask, 'started'> | Omit<TailorTask, 'started'> | Omit<GroundTask, 'started'>,
  ): Promise<T> => {
    const controller = new AbortController();
    const { port1, port2 } = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    port1.once('message', () => {
      timer = setTimeout(() => controller.abort(), budgetMs);
    });
    try {
      return (await pool.run(
        { ...task, started: port2 },
        { name, transferList: [port2], signal: controller.signal },
      )) as T;
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
  };
  return {
    analyze: (input) => run<AnalyzeResult>('runAnalysisTask', { input }),
    tailor: (input) => run<TailoredResumeContent>('runTailorTask', { input }),
    ground: (content, source) => run<GroundingResult>('runGroundTask', { content, source }),
    close: () => pool.destroy(),
  };
};

/** The analyzer on the caller's own thread: for one-shot tools (the CLI), never for a worker. */
export const inProcessAnalyzer: Analyzer = {
  analyze: async (input) => analyze(input),
};
