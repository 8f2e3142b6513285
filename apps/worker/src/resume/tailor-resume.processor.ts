import { failsBadly } from '@prepkit/analyzer';
import type { Database } from '@prepkit/db';
import { hasUsableText } from '@prepkit/extraction';
import {
  AppError,
  type TailorResumeJobPayload,
  tailorResumeJobPayloadSchema,
} from '@prepkit/shared';
import { type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import type { Tailoring } from '../analysis/analysis-pool.ts';
import { GenerationError } from '../generators/generation-error.ts';
import type { AiQuota } from '../interview/ai-quota.ts';
import { decideFailure } from '../interview/job-failure.ts';
import { callWithinQuota } from '../interview/quota-generation.ts';
import type { ResumeGenerator } from './resume-generator.ts';

/** The RESUME_EMPTY message of a tailoring: the report has no resume text to work from. */
export const NOTHING_TO_TAILOR_MESSAGE =
  "Could not tailor a resume: the report has no resume text (the file had no extractable text). Please submit a text-based PDF/DOCX or provide 'selfDescription'.";

export interface TailorResumeProcessorDeps {
  db: Pick<Database, 'tailoredResumes' | 'reports'>;
  generator: ResumeGenerator;
  /** The grounding check (a worker's analysis pool runs it on a thread). */
  ground: Tailoring['ground'];
  logger: Logger;
  /** The AI quota shared by every worker (null: the offline generator makes no AI call). */
  quota: AiQuota | null;
  /** AI_BACKOFF_MS: the queue pause after a 429 that named no retry delay. */
  aiBackoffMs: number;
}

export type TailorResumeResult = { outcome: 'completed' | 'skipped' };

/**
 * One attempt at one tailored resume: read the report, generate, ground, save onto the job's
 * own document (keyed by job id, so a redelivered job writes the same one result). AI output that
 * the grounding check guts is treated as invalid output and retried; what fails the check is
 * removed and recorded as a warning.
 */
export const createTailorResumeProcessor =
  (deps: TailorResumeProcessorDeps) =>
  async (job: Job<TailorResumeJobPayload>): Promise<TailorResumeResult> => {
    const { jobId } = tailorResumeJobPayloadSchema.parse(job.data);
    const repo = deps.db.tailoredResumes;
    const log = deps.logger.child({ jobId, kind: 'tailor-resume', attempt: job.attemptsMade + 1 });
    const doc = await repo.startAttempt(jobId);
    if (!doc) {
      if (await repo.markCancelled(jobId)) log.info('tailoring cancelled before its attempt');
      return { outcome: 'skipped' };
    }
    try {
      await job.updateProgress({ stage: 'generating', progress: 10 }).catch(() => undefined);
      const report = await deps.db.reports.findByJob(doc.reportId);
      if (!report) throw new AppError('NOT_FOUND', { message: 'Interview report not found.' });
      if (!hasUsableText(report.resume) && !hasUsableText(report.selfDescription)) {
        throw new AppError('RESUME_EMPTY', { message: NOTHING_TO_TAILOR_MESSAGE });
      }
      const input = {
        title: report.title,
        jobDescription: report.jobDescription,
        resumeText: report.resume,
        selfDescription: report.selfDescription,
      };
      const content = await callWithinQuota(
        { quota: deps.quota, backoffMs: deps.aiBackoffMs, log },
        () => deps.generator.generate(input),
      );
      const grounded = await deps.ground(content, input);
      if (deps.generator.name !== 'local' && failsBadly(grounded)) {
        throw new GenerationError(
          'AI_INVALID_OUTPUT',
          `The tailored resume failed the grounding check (${grounded.removed} of ${grounded.checked} items not in the resume).`,
        );
      }
      if (grounded.warnings.length > 0) {
        log.warn(
          { removed: grounded.removed, checked: grounded.checked },
          'grounding removed items',
        );
      }
      if (!(await repo.setStage(jobId, 'saving', 90))) {
        if (await repo.markCancelled(jobId)) log.info('tailoring cancelled at a stage boundary');
        return { outcome: 'skipped' };
      }
      await repo.complete(jobId, {
        content: grounded.resume,
        generator: { name: deps.generator.name, model: deps.generator.model },
        warnings: grounded.warnings,
      });
      await job.updateProgress({ stage: null, progress: 100 }).catch(() => undefined);
      log.info({ generator: deps.generator.name }, 'tailored resume completed');
      return { outcome: 'completed' };
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const decision = decideFailure(error, lastAttempt);
      if (decision.retry) {
        log.warn(
          { code: decision.code, err: (error as Error).message },
          'attempt failed; will retry',
        );
        await repo.requeue(jobId, decision.code).catch(() => undefined);
        throw error;
      }
      log.warn({ code: decision.error.code, detail: decision.detailCode }, 'tailoring failed');
      await repo.fail(jobId, decision.error, decision.detailCode);
      throw new UnrecoverableError(`${decision.error.code}: ${decision.error.message}`);
    }
  };
