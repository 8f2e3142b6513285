/** The usage text of `prepkit`. */
export const USAGE = `Usage: ./scripts/prepkit report --resume FILE [--jd FILE | --jd-text TEXT] [--self TEXT] [--title TEXT] [--format json|md|pdf] [--out FILE]
       ./scripts/prepkit resume --resume FILE [--jd FILE | --jd-text TEXT] [--self TEXT] [--title TEXT] [--format html|pdf|json] [--out FILE]

report: builds an interview-preparation report with the offline analyzer.
resume: tailors the resume to the job, offline, inventing nothing (removals listed on stderr).
Both run in-process: no server, no key, no network.

  --resume FILE    the resume, PDF or DOCX (optional when --self is given)
  --jd FILE        the job description, a text file
  --jd-text TEXT   the job description as text (instead of --jd)
  --self TEXT      the candidate's own description (used with or instead of the resume)
  --title TEXT     the role title (default: read from the job description)
  --format FMT     report: json (default), md or pdf; resume: html (default), pdf or json
  --out FILE       write to FILE instead of stdout (required for pdf)
  -h, --help       this text

Exit codes: 0 report printed; 2 usage error or unusable resume (message on stderr).`;

/** A usage error: the CLI prints the message and the usage text, and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
