import { parseArgs } from 'node:util';
import { UsageError } from './cli-usage.ts';

/** The options of `prepkit report`. */
export interface ReportOptions {
  resume: string | null;
  jd: string | null;
  jdText: string | null;
  self: string;
  title: string;
  format: 'json' | 'md' | 'pdf' | 'html';
  /** Where to write (stdout when null); required for pdf. */
  out: string | null;
  help: boolean;
}

/** Parses `report` arguments; throws UsageError on anything unknown or missing. */
export const parseReportOptions = (
  args: readonly string[],
  formats: readonly ReportOptions['format'][] = ['json', 'md', 'pdf'],
): ReportOptions => {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        resume: { type: 'string' },
        jd: { type: 'string' },
        'jd-text': { type: 'string' },
        self: { type: 'string' },
        title: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const str = (key: string): string | null => {
    const v = values[key];
    return typeof v === 'string' ? v : null;
  };
  const format = str('format') ?? 'json';
  const options: ReportOptions = {
    resume: str('resume'),
    jd: str('jd'),
    jdText: str('jd-text'),
    self: str('self') ?? '',
    title: str('title') ?? '',
    format: (formats as readonly string[]).includes(format)
      ? (format as ReportOptions['format'])
      : 'json',
    out: str('out'),
    help: values.help === true,
  };
  if (options.help) return options;
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(`--format must be ${formats.join(', ')}, not "${format}".`);
  if (format === 'pdf' && options.out === null)
    throw new UsageError('--format pdf needs --out FILE.');
  if (options.jd !== null && options.jdText !== null)
    throw new UsageError('Give either --jd or --jd-text, not both.');
  if (options.jd === null && options.jdText === null)
    throw new UsageError('A job description is required: --jd FILE or --jd-text TEXT.');
  if (options.resume === null && options.self.trim() === '')
    throw new UsageError('Give --resume FILE, --self TEXT, or both.');
  return options;
};
