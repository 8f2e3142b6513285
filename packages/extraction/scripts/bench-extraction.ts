/**
 * Benchmark: pdf-parse (through createTextExtractor, worker threads) against poppler's pdftotext
 * on every corpus PDF that parses (resumes/pdf and hostile/*.pdf). Each file is warmed up once,
 * then timed `--runs` times (default 5); the table shows medians and their ratio.
 *
 *   node packages/extraction/scripts/bench-extraction.ts [--runs 5]
 *
 * pdftotext comes from poppler-utils (`apt-get install -y poppler-utils`); without it only the
 * pdf-parse column is measured and the script exits with code 2.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTextExtractor, DEFAULT_MAX_PAGES, type TextExtractor } from '../src/index.ts';

const run = promisify(execFile);
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const FOLDERS = ['resumes/pdf', 'hostile'];
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function timeRuns(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function hasPdftotext(): Promise<boolean> {
  try {
    await run('pdftotext', ['-v']);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const pdftotext = (path: string): Promise<unknown> =>
  run('pdftotext', ['-q', '-l', String(DEFAULT_MAX_PAGES), '-enc', 'UTF-8', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });

interface Row {
  file: string;
  pages: number | null;
  pdfParse: number;
  poppler: number | null;
}

async function benchFile(
  extractor: TextExtractor,
  path: string,
  poppler: boolean,
): Promise<Row | string> {
  const bytes = new Uint8Array(readFileSync(path));
  let pages: number | null;
  try {
    pages = (await extractor.extract(bytes, 'pdf')).pages; // warm-up, and "does it parse?"
  } catch (error) {
    return `${(error as { reason?: string }).reason ?? String(error)}`;
  }
  const pdfParse = await timeRuns(() => extractor.extract(bytes, 'pdf'));
  if (!poppler) return { file: path, pages, pdfParse, poppler: null };
  await pdftotext(path).catch(() => undefined);
  const popplerMs = await timeRuns(() => pdftotext(path).catch(() => undefined));
  return { file: path, pages, pdfParse, poppler: popplerMs };
}

async function main(): Promise<number> {
  const poppler = await hasPdftotext();
  if (!poppler) {
    console.error('pdftotext NOT FOUND: install poppler-utils (apt-get install -y poppler-utils).');
    console.error('Only pdf-parse is measured below; no ratio can be given.\n');
  }
  const extractor = createTextExtractor({ maxThreads: 1 });
  const rows: Row[] = [];
  try {
    await extractor.extract(
      readFileSync(`${CORPUS}resumes/pdf/resumematcher__john_doe.pdf`),
      'pdf',
    );
    for (const folder of FOLDERS) {
      for (const name of readdirSync(`${CORPUS}${folder}`)
        .filter((file) => file.endsWith('.pdf'))
        .sort()) {
        const outcome = await benchFile(extractor, `${CORPUS}${folder}/${name}`, poppler);
        if (typeof outcome === 'string')
          console.error(`skipped ${folder}/${name}: does not parse (${outcome})`);
        else rows.push({ ...outcome, file: `${folder}/${name}` });
      }
    }
  } finally {
    await extractor.close();
  }
  printTable(rows, poppler ? await timeRuns(() => run('pdftotext', ['-v'])) : null);
  return poppler ? 0 : 2;
}

function printRatio(label: string, rows: readonly Row[]): void {
  const ratios = rows.flatMap((row) => (row.poppler ? [row.pdfParse / row.poppler] : []));
  if (ratios.length)
    console.log(`median ratio pdf-parse / pdftotext (${label}): ${median(ratios).toFixed(2)}`);
}

function printTable(rows: readonly Row[], spawnMs: number | null): void {
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log(
    `\nmedian of ${RUNS} runs after one warm-up; first ${DEFAULT_MAX_PAGES} pages; pdftotext time includes its process start\n`,
  );
  console.log(`${'file'.padEnd(width)}  pages  pdf-parse ms  pdftotext ms  ratio`);
  for (const row of rows) {
    const ratio = row.poppler ? row.pdfParse / row.poppler : null;
    console.log(
      `${row.file.padEnd(width)}  ${String(row.pages ?? '-').padStart(5)}  ${row.pdfParse.toFixed(1).padStart(12)}  ${(row.poppler?.toFixed(1) ?? 'n/a').padStart(12)}  ${(ratio?.toFixed(2) ?? 'n/a').padStart(5)}`,
    );
  }
  console.log(
    `\nfiles: ${rows.length}; median pdf-parse ms: ${median(rows.map((row) => row.pdfParse)).toFixed(1)}`,
  );
  if (spawnMs !== null)
    console.log(`pdftotext process start alone (pdftotext -v): ${spawnMs.toFixed(1)} ms`);
  printRatio(`all ${rows.length} files`, rows);
  printRatio(
    'resumes only',
    rows.filter((row) => row.file.startsWith('resumes/')),
  );
}

process.exitCode = await main();
