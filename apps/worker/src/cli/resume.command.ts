import { groundResume, parseJobDescription, tailorResume } from '@prepkit/analyzer';
import { renderResumeHtml, renderResumePdf } from '@prepkit/render';
import { AppError } from '@prepkit/shared';
import { LOCAL_MODEL } from './build-report.ts';
import { type CliIo, writeOutput } from './cli-output.ts';
import { USAGE } from './cli-usage.ts';
import { readCommandInput, withCliErrors } from './report.command.ts';
import { parseReportOptions } from './report-options.ts';

/**
 * `prepkit resume`: the tailored resume, offline (the deterministic generator and the grounding
 * check), as HTML (default), PDF (`--out FILE` required) or JSON. What the grounding check
 * removed is listed on stderr.
 */
export const runResumeCommand = (args: readonly string[], io: CliIo): Promise<number> =>
  withCliErrors(io, async () => {
    const options = parseReportOptions(
      args.some((a) => a.startsWith('--format')) ? args : [...args, '--format', 'html'],
      ['html', 'pdf', 'json'],
    );
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const { jobDescription, resumeText } = await readCommandInput(options, io);
    if (!resumeText.trim() && !options.self.trim()) throw new AppError('RESUME_EMPTY');
    const title = options.title.trim() || parseJobDescription(jobDescription).title;
    const input = { title, jobDescription, resumeText, selfDescription: options.self };
    const grounded = groundResume(tailorResume(input), input);
    for (const w of grounded.warnings) io.stderr(`grounding: ${w}\n`);
    const output =
      options.format === 'pdf'
        ? await renderResumePdf(grounded.resume)
        : options.format === 'json'
          ? `${JSON.stringify(
              {
                ...grounded.resume,
                generator: { name: 'local', model: LOCAL_MODEL },
                warnings: grounded.warnings,
              },
              null,
              2,
            )}\n`
          : renderResumeHtml(grounded.resume);
    await writeOutput(output, options.out, io);
    return 0;
  });
