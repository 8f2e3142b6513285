import { readFile } from 'node:fs/promises';
import { renderMarkdown } from '@prepkit/render';
import { AppError, ERRORS } from '@prepkit/shared';
import { buildCliReport } from './build-report.ts';
import { USAGE, UsageError } from './cli-usage.ts';
import { readResumeText } from './read-resume.ts';
import { parseReportOptions } from './report-options.ts';

/** Where the command writes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * `prepkit report`: reads the resume (and/or --self) and the job description, runs the local
 * analyzer and prints the report. Returns the exit code: 0, or 2 for usage errors and the
 * documented resume errors (their exact messages on stderr).
 */
export const runReportCommand = async (args: readonly string[], io: CliIo): Promise<number> => {
  try {
    const options = parseReportOptions(args);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const jobDescription = options.jdText ?? (await readJd(options.jd ?? ''));
    if (jobDescription.trim() === '') throw new AppError('JOB_DESCRIPTION_REQUIRED');
    let resumeText = '';
    if (options.resume !== null) {
      try {
        resumeText = await readResumeText(options.resume);
      } catch (error) {
        // Like the worker: an unusable file falls back to the self-description when there is one.
        if (!(error instanceof AppError) || options.self.trim() === '') throw error;
        io.stderr(`warning: ${error.message} Using --self only.\n`);
      }
    }
    const report = buildCliReport({
      title: options.title,
      jobDescription,
      resumeText,
      selfDescription: options.self,
    });
    io.stdout(
      options.format === 'md' ? renderMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    io.stderr(`${ERRORS.INTERNAL.message} ${(error as Error).message ?? ''}\n`);
    return 1;
  }
};

const readJd = async (path: string): Promise<string> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read the job description file "${path}": ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
    );
  }
};
