import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '@prepkit/db';
import type { TextExtractor } from '@prepkit/extraction';
import {
  type Analysis,
  DONE_PROGRESS,
  deriveTitle,
  GENERATE_REPORT_JOB,
  type InterviewJobPayload,
  type JobStage,
  parseJobPayload,
  type ReportGenerator,
  stageProgress,
  UNTITLED_POSITION,
  WARNINGS,
  type Warning,
} from '@prepkit/shared';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import type { AttemptMetrics } from '../metrics/worker-metrics.ts';
import { finishCancelled } from '../reconciler/finish-cancelled.ts';
import type { AiQuota } from './ai-quota.ts';
import { decideFailure } from './job-failure.ts';
import { retryWhileMongoDown } from './mongo-retry.ts';
import { generateWithinQuota } from './quota-generation.ts';
import { loadResumeInput } from './resume-input.ts';

export interface InterviewProcessorDeps {
  db: Database;
  extractor: TextExtractor;
  generator: ReportGenerator;
  /**
   * The analyzer's findings for a job, used to ground an AI generator (null: no grounding). Runs
   * off the event loop; rejects with AppError('ANALYSIS_TIMEOUT') past its budget.
   */
  ground:
    | ((input: {
        title: string;
        jobDescription: string;
        resumeText: string;
        selfDescription: string;
        hiddenResumeChars?: number;
      }) => Promise<Analysis>)
    | null;
  logger: Logger;
  /** The AI quota shared by every worker (null or absent: calls go out unthrottled). */
  quota?: AiQuota | null;
  /** AI_BACKOFF_MS: the queue pause after a 429 that named no retry delay. */
  aiBackoffMs?: number;
  /** Stage timings and outcomes of each attempt (absent: not measured). */
  metrics?: AttemptMetrics;
  /**
   * How long an attempt's processing lease lasts (renewed every half of it while the attempt
   * runs). Another attempt, or the reconciler, takes a job over only once its lease expired.
   */
  leaseMs: number;
}

export type InterviewJobResult =
  | { outcome: 'completed'; reportId: string }
  | { outcome: 'skipped'; reason: string };

/**
 * One attempt at one report: load the job and its upload, extract, generate, validate, save.
 * Mongo's InterviewJob document is kept current at every stage; the report is upserted by job
 * id, so a redelivered job never makes a second one.
 */
export const createInterviewProcessor =
  (deps: InterviewProcessorDeps) =>
  async (job: Job<InterviewJobPayload>, token?: string): Promise<InterviewJobResult> => {
    const { jobId } = parseJobPayload(GENERATE_REPORT_JOB, job.data);
    const log = deps.logger.child({ jobId, attempt: job.attemptsMade + 1 });
    const leaseOwner = `${hostname()}:${process.pid}:${randomUUID()}`;
    const start = await deps.db.jobs.startAttempt(jobId, { owner: leaseOwner, ms: deps.leaseMs });
    if (start.outcome === 'leased') {
      // Another attempt holds the job and its worker is alive (BullMQ redelivered it after a
      // stall, or the reconciler re-added it after Redis lost it): never a second AI call.
      // Come back once that lease has ended; by then the job is finished or its holder is gone.
      log.warn({ leaseUntil: start.until }, 'job is held by a live attempt; delaying');
      await job.moveToDelayed(start.until.getTime() + 250, token);
      throw new DelayedError();
    }
    if (start.outcome === 'not-runnable') {
      // A cancel requested while it waited for a retry ends it here.
      if (await finishCancelled(deps.db, jobId)) log.info('job cancelled before its attempt');
      log.info('job is no longer runnable (finished, cancelled or gone); skipping');
      return { outcome: 'skipped', reason: 'not runnable' };
    }
    const doc = start.job;
    // The file's bytes go with the write that ends the job; only an older job's file, kept
    // apart in `uploads`, is deleted on its own.
    const finishUpload = async () => {
      if (doc.upload.id) await deps.db.uploads.delete(doc.upload.id);
    };
    // A retry after the report was already written (its completion write failed, e.g. a MongoDB
    // timeout under load): finish the job from that report, never call the AI again. Only
    // retries pay this read.
    if (doc.attempts > 1 && (await deps.db.reports.findByJob(jobId))) {
      await deps.db.jobs.complete(jobId, jobId);
      await job.updateProgress(DONE_PROGRESS).catch(() => undefined);
      await finishUpload().catch(() => undefined);
      log.info(
        { reportId: jobId },
        'job already had its report; completed without another AI call',
      );
      return { outcome: 'completed', reportId: jobId };
    }
    const leaseUntil = () => new Date(Date.now() + deps.leaseMs);
    // Keeps the lease while the attempt runs (a stage write extends it too).
    const renewal = setInterval(
      () => {
        deps.db.jobs
          .renewLease(jobId, leaseOwner, leaseUntil())
          .catch((err) => log.warn({ err: (err as Error).message }, 'could not renew the lease'));
      },
      Math.max(100, Math.floor(deps.leaseMs / 2)),
    );
    renewal.unref();
    // A job without a file has nothing to extract: its first timed stage is generating.
    const timer = deps.metrics?.start(doc.upload.kind ? 'extracting' : 'generating');
    /** A stage boundary refused (cancel requested, or the job finished elsewhere): stop here. */
    const stopped = async (): Promise<InterviewJobResult> => {
      if (await finishCancelled(deps.db, jobId))
        log.info('job cancelled at a stage boundary; upload deleted, no report written');
      timer?.end('cancelled');
      return { outcome: 'skipped', reason: 'cancelled' };
    };
    const stage = async (name: JobStage, progress: number) => {
      timer?.stage(name);
      const still = await deps.db.jobs.setStage(jobId, name, progress, leaseUntil());
      if (still) await job.updateProgress(stageProgress(name, progress)).catch(() => undefined);
      return still;
    };
    try {
      log.info({ stage: doc.stage }, 'processing');
      const resume = await loadResumeInput(doc, {
        uploads: deps.db.uploads,
        extractor: deps.extractor,
        acceptsFiles: deps.generator.acceptsFiles,
      });
      if (!(await stage('generating', 30))) return stopped();
      // A title the API derived itself is no title the user sent: the generator reads the
      // posting's own (Gemini through its schema, the analyzer through its rules).
      const sentTitle = titleWasSent(doc.input) ? doc.input.title : '';
      const base = {
        title: sentTitle,
        jobDescription: doc.input.jobDescription,
        selfDescription: doc.input.selfDescription,
        resumeText: resume.text,
        ...(resume.hiddenChars ? { hiddenResumeChars: resume.hiddenChars } : {}),
      };
      const grounding = await deps.ground?.(base);
      const result = await generateWithinQuota(
        {
          generator: deps.generator,
          quota: deps.quota ?? null,
          backoffMs: deps.aiBackoffMs ?? 1_000,
          log,
        },
        {
          ...base,
          ...(resume.pdf ? { resumePdf: resume.pdf } : {}),
          ...(grounding ? { grounding } : {}),
        },
        {
          onProgress: (p) =>
            void job
              .updateProgress(stageProgress('generating', 30 + p * 0.55))
              .catch(() => undefined),
        },
      );
      // Said in the report and the job, never silently: a resume cut at the extractor's cap.
      const warnings: Warning[] = resume.truncated ? [WARNINGS.RESUME_TRUNCATED] : [];
      if (resume.truncated) log.info('resume truncated at the extraction cap');
      const onRetry = () => log.warn('MongoDB unreachable; retrying persistence');
      if (!(await retryWhileMongoDown(() => stage('saving', 90), { onRetry }))) return stopped();
      const reportId = await retryWhileMongoDown(
        async () => {
          const id = await deps.db.reports.upsertForJob({
            jobId,
            user: doc.owner,
            ...base,
            // No title sent: the one the generator read from the posting, else the API's.
            title: sentTitle || result.title || doc.input.title,
            resume: resume.text,
            content: result.report,
            generator: result.generator,
            analysis: result.analysis,
            warnings,
          });
          await deps.db.jobs.complete(jobId, id, warnings);
          return id;
        },
        { onRetry },
      );
      // The document says completed: wake the API's waiters now, so that the 201 does not wait
      // for the upload's deletion and BullMQ's own completion.
      await job.updateProgress(DONE_PROGRESS).catch(() => undefined);
      await retryWhileMongoDown(finishUpload, { onRetry });
      log.info({ reportId, generator: result.generator.name }, 'report completed');
      timer?.end('completed');
      return { outcome: 'completed', reportId };
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const decision = decideFailure(error, lastAttempt);
      if (decision.retry) {
        log.warn(
          { code: decision.code, err: (error as Error).message },
          'attempt failed; will retry',
        );
        await deps.db.jobs.requeue(jobId, decision.code).catch(() => undefined);
        timer?.end('retried');
        throw error;
      }
      log.warn({ code: decision.error.code, detail: decision.detailCode }, 'job failed');
      await deps.db.jobs.fail(jobId, decision.error, decision.detailCode);
      await finishUpload().catch(() => undefined);
      timer?.end('failed');
      throw new UnrecoverableError(`${decision.error.code}: ${decision.error.message}`);
    } finally {
      clearInterval(renewal);
    }
  };

/**
 * Whether the user sent the title: the API stores its own derivation (`deriveTitle`) or
 * `Untitled Position` when none was sent, so a title equal to either was not sent.
 */
export const titleWasSent = (input: { title: string; jobDescription: string }): boolean =>
  input.title !== UNTITLED_POSITION && input.title !== deriveTitle(input.jobDescription);
