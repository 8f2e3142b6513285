import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureDebianCommand } from '../../scripts/lib/services.ts';
import type { BenchContext, ScenarioResult } from '../lib/scenario.ts';

const SCRIPT = fileURLToPath(
  new URL('../../packages/extraction/scripts/bench-extraction.ts', import.meta.url),
);

/** Benchmark 6: pdf-parse against pdftotext, by packages/extraction/scripts/bench-extraction.ts. */
export const extractionBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const runs = ctx.quick ? 2 : 5;
  // The comparison needs poppler's pdftotext (Debian's poppler-utils).
  ensureDebianCommand('pdftotext', 'poppler-utils', ctx.log);
  let stdout = '';
  let code = 0;
  try {
    stdout = (
      await promisify(execFile)(process.execPath, [SCRIPT, '--runs', String(runs)], {
        maxBuffer: 16 * 1024 * 1024,
      })
    ).stdout;
  } catch (error) {
    const e = error as { stdout?: string; code?: number };
    stdout = e.stdout ?? '';
    code = e.code ?? 1;
  }
  const ratio = (label: RegExp) => stdout.split('\n').find((l) => label.test(l)) ?? 'n/a';
  return {
    title: '6. Extraction: pdf-parse (worker threads) against pdftotext',
    method: `node packages/extraction/scripts/bench-extraction.ts --runs ${runs} (every corpus PDF that parses; median of ${runs} runs per file after a warm-up; pdftotext from poppler-utils, its process start included).`,
    lines: ['```', ...stdout.trim().split('\n'), '```'],
    targets: [
      {
        name: 'pdf-parse / pdftotext (median ratio, all files)',
        value: ratio(/median ratio .*all/).replace(/.*: /, ''),
        target: 'reported (no target)',
        met: null,
      },
    ],
    ...(code
      ? { notes: [`bench-extraction exited with code ${code} (2 = pdftotext missing).`] }
      : {}),
  };
};
