import type { ExtractResult, TextExtractor } from '@prepkit/extraction';
import type { JobStage, ReportGenerator } from '@prepkit/shared';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AiQuota } from '../interview/ai-quota.ts';

/** How one attempt at a job ended. */
export type AttemptOutcome = 'completed' | 'failed' | 'retried' | 'cancelled' | 'skipped';

/** Times one attempt: each stage it goes through, labelled with how the attempt ended. */
export interface AttemptTimer {
  /** The attempt moved on to `stage` (the previous stage's time is taken now). */
  stage(stage: JobStage): void;
  /** The attempt ended: every stage it went through is observed with this outcome. */
  end(outcome: AttemptOutcome): void;
}

/** What the interview processor reports (one call per event, nothing else). */
export interface AttemptMetrics {
  /** An attempt starts in `stage` (extracting, or generating for a job without a file). */
  start(stage: JobStage): AttemptTimer;
}

/** The queue's job counts by BullMQ state. */
export type QueueCounts = Record<string, number>;

export interface WorkerMetricsDeps {
  /**
   * The queue counts, or null when this process is not the one exporting them: only the worker
   * holding the maintenance lock does, so a fleet's sum is not multiplied by its size.
   */
  queueCounts(): Promise<QueueCounts | null>;
}

/** The AI call outcomes counted: the labels an operator alerts on. */
const aiOutcome = (error: unknown): string => {
  const e = error as { name?: unknown; code?: unknown; retryable?: unknown } | null;
  if (e?.name !== 'GenerationError') return 'failed';
  if (e.code === 'AI_RATE_LIMITED') return 'rate_limited';
  if (e.code === 'AI_INVALID_OUTPUT') return 'invalid_output';
  return e.retryable === true ? 'retryable_error' : 'failed';
};

const seconds = (startedAt: bigint) => Number(process.hrtime.bigint() - startedAt) / 1e9;

/** The worker's metrics (one registry per runtime) and the wrappers that feed them. */
export const createWorkerMetrics = (deps: WorkerMetricsDeps) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const slow = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120];
  const stageDuration = new Histogram({
    name: 'prepkit_job_stage_duration_seconds',
    help: 'Time an attempt spent in each stage, by how the attempt ended.',
    labelNames: ['stage', 'outcome'] as const,
    buckets: slow,
    registers,
  });
  const attemptDuration = new Histogram({
    name: 'prepkit_job_attempt_duration_seconds',
    help: 'Time of one attempt from its start to its end, by outcome.',
    labelNames: ['outcome'] as const,
    buckets: slow,
    registers,
  });
  const active = new Gauge({
    name: 'prepkit_jobs_active',
    help: 'Attempts running in this worker now.',
    registers,
  });
  const attempts = new Counter({
    name: 'prepkit_job_attempts_total',
    help: 'Attempts started (a retried job counts once per attempt).',
    registers,
  });
  const aiCalls = new Counter({
    name: 'prepkit_ai_calls_total',
    help: 'AI provider calls by outcome: ok, retryable_error, rate_limited, invalid_output, failed.',
    labelNames: ['outcome'] as const,
    registers,
  });
  const aiLatency = new Histogram({
    name: 'prepkit_ai_call_duration_seconds',
    help: 'AI provider call latency by outcome.',
    labelNames: ['outcome'] as const,
    buckets: slow,
    registers,
  });
  const quotaWait = new Histogram({
    name: 'prepkit_ai_quota_wait_seconds',
    help: 'Time a call waited for the shared AI quota (window or a 429 pause).',
    buckets: [0.001, 0.01, 0.1, 0.5, 1, 5, 10, 30, 60, 120],
    registers,
  });
  const extraction = new Histogram({
    name: 'prepkit_extraction_duration_seconds',
    help: 'Resume text extraction time by file kind and outcome (ok, unreadable).',
    labelNames: ['kind', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers,
  });
  const pages = new Counter({
    name: 'prepkit_extraction_pages_total',
    help: 'PDF pages read by extraction (DOCX has no pages).',
    labelNames: ['kind'] as const,
    registers,
  });
  const analyzer = new Histogram({
    name: 'prepkit_analyzer_duration_seconds',
    help: 'Time of one deterministic analysis (the local generator, or grounding for Gemini).',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers,
  });
  const requeued = new Counter({
    name: 'prepkit_reconciler_requeued_total',
    help: 'Jobs the reconciler added to the queue again because Redis had lost them.',
    registers,
  });
  new Gauge({
    name: 'prepkit_queue_jobs',
    help: 'Jobs in the queue by state; exported by one worker of the fleet (the lock holder).',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      this.reset();
      const counts = await deps.queueCounts().catch(() => null);
      for (const [state, n] of Object.entries(counts ?? {})) this.set({ state }, n);
    },
  });

  /** Times `run`, until its promise settles when it returns one (the analysis pool does). */
  const timeAnalysis = <T>(run: () => T): T => {
    const end = analyzer.startTimer();
    let result: T;
    try {
      result = run();
    } catch (error) {
      end();
      throw error;
    }
    if (result instanceof Promise) return result.finally(end) as T;
    end();
    return result;
  };

  const attemptMetrics: AttemptMetrics = {
    start(first) {
      attempts.inc();
      active.inc();
      const startedAt = process.hrtime.bigint();
      const spent: Array<[JobStage, number]> = [];
      let current = first;
      let since = startedAt;
      const close = () => spent.push([current, seconds(since)]);
      let ended = false;
      return {
        stage(next) {
          if (next === current) return;
          close();
          current = next;
          since = process.hrtime.bigint();
        },
        end(outcome) {
          if (ended) return;
          ended = true;
          close();
          active.dec();
          for (const [stage, s] of spent) stageDuration.observe({ stage, outcome }, s);
          attemptDuration.observe({ outcome }, seconds(startedAt));
        },
      };
    },
  };

  return {
    registry,
    attempts: attemptMetrics,
    /** Times the deterministic analyzer (grounding). */
    timeAnalysis,
    /** Counts reconciler re-enqueues. */
    requeued: (n: number) => requeued.inc(n),
    /** The generator, timed: AI calls by outcome for Gemini, analyzer time for the local one. */
    generator(generator: ReportGenerator): ReportGenerator {
      const generate: ReportGenerator['generate'] = async (input, options) => {
        if (generator.name === 'local')
          return timeAnalysis(() => generator.generate(input, options));
        const startedAt = process.hrtime.bigint();
        let outcome = 'ok';
        try {
          return await generator.generate(input, options);
        } catch (error) {
          outcome = aiOutcome(error);
          throw error;
        } finally {
          aiCalls.inc({ outcome });
          aiLatency.observe({ outcome }, seconds(startedAt));
        }
      };
      const { name, model, acceptsFiles } = generator;
      return { name, model, acceptsFiles, generate };
    },
    /** The quota, with the time each call waited for it. */
    quota(quota: AiQuota): AiQuota {
      return {
        pause: (ms) => quota.pause(ms),
        async acquire(signal) {
          const end = quotaWait.startTimer();
          try {
            await quota.acquire(signal);
          } finally {
            end();
          }
        },
      };
    },
    /** The extractor, with its time and pages by file kind. */
    extractor(extractor: TextExtractor): TextExtractor {
      return {
        close: () => extractor.close(),
        async extract(bytes, kind): Promise<ExtractResult> {
          const end = extraction.startTimer({ kind });
          try {
            const result = await extractor.extract(bytes, kind);
            end({ outcome: 'ok' });
            if (result.pages) pages.inc({ kind }, result.pages);
            return result;
          } catch (error) {
            end({ outcome: 'unreadable' });
            throw error;
          }
        },
      };
    },
  };
};

export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;
