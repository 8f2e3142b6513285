import { readFile } from 'node:fs/promises';
import { renderMarkdown, renderReportPdf } from '@prepkit/render';
import { AppError, ERRORS } from '@prepkit/shared';
import { buildCliReport } from './build-report.ts';
import { type CliIo, writeOutput } from './cli-output.ts';
import { USAGE, UsageError } from './cli-usage.ts';

export type { CliIo } from './cli-output.ts';

import { readResumeText } from './read-resume.ts';
import { parseReportOptions, type ReportOptions } from './report-options.ts';

/**
 * `prepkit report`: reads the resume (and/or --self) and the job description, runs the local
 * analyzer and prints the report. Returns the exit code: 0, or 2 for usage errors and the
 * documented resume errors (their exact messages on stderr).
 */
export const runReportCommand = (args: readonly string[], io: CliIo): Promise<number> =>
  withCliErrors(io, async () => {
    const options = parseReportOptions(args);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const { jobDescription, resumeText, hiddenResumeChars } = await readCommandInput(options, io);
    const report = buildCliReport({
      title: options.title,
      jobDescription,
      resumeText,
      selfDescription: options.self,
      hiddenResumeChars,
    });
    const output =
      options.format === 'pdf'
        ? await renderReportPdf(report)
        : options.format === 'md'
          ? renderMarkdown(report)
          : `${JSON.stringify(report, null, 2)}\n`;
    await writeOutput(output, options.out, io);
    return 0;
  });

/**
 * Runs a command body and turns its errors into exit codes: 2 for usage errors and the
 * documented resume errors (their exact messages on stderr), 1 for anything else.
 */
export const withCliErrors = async (io: CliIo, body: () => Promise<number>): Promise<number> => {
  try {
    return await body();
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

export const readJd = async (path: string): Promise<string> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read the job description file "${path}": ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
    );
  }
};

/** The job description and resume text a command works on (a usable --self stands in for a bad file). */
export const readCommandInput = async (
  options: ReportOptions,
  io: CliIo,
): Promise<{ jobDescription: string; resumeText: string; hiddenResumeChars: number }> => {
  const jobDescription = options.jdText ?? (await readJd(options.jd ?? ''));
  if (jobDescription.trim() === '') throw new AppError('JOB_DESCRIPTION_REQUIRED');
  let resumeText = '';
  let hiddenResumeChars = 0;
  if (options.resume !== null) {
    try {
      ({ text: resumeText, hiddenChars: hiddenResumeChars } = await readResumeText(options.resume));
    } catch (error) {
      // Like the worker: an unusable file falls back to the self-description when there is one.
      if (!(error instanceof AppError) || options.self.trim() === '') throw error;
      io.stderr(`warning: ${error.message} Using --self only.\n`);
    }
  }
  return { jobDescription, resumeText, hiddenResumeChars };
};
