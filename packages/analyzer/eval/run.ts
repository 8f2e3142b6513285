import type { Interval } from './bootstrap-interval.ts';
import { type DocumentErrors, measureEval, type SplitResult } from './eval-metrics.ts';

/**
 * Prints the analyzer's figures on the evaluation set, for the tuning split and the frozen test
 * split side by side. `--details` adds the worst errors per document of the tuning split: the
 * one to work against. `--test-details` prints the frozen split's too, for reporting its worst
 * errors once a change is done; never tune rules on what it prints.
 * Run: pnpm eval [--details] [--test-details]
 */
const details = process.argv.includes('--details');
const testDetails = process.argv.includes('--test-details');
const { tune, test } = await measureEval();

const f3 = (n: number): string => n.toFixed(3);
const rows: [string, (s: SplitResult) => string][] = [
  ['postings / resumes', (s) => `${s.jd.documents} / ${s.resume.documents}`],
  ['JD skills precision', (s) => `${f3(s.jd.precision)} (${s.jd.correct}/${s.jd.predicted})`],
  ['JD skills core recall', (s) => `${f3(s.jd.coreRecall)} (${s.jd.coreFound}/${s.jd.core})`],
  [
    '  its ceiling (core in taxonomy)',
    (s) => `${f3(s.jd.recallCeiling)} (${s.jd.coreNamed}/${s.jd.core})`,
  ],
  [
    'resume skills precision',
    (s) => `${f3(s.resume.precision)} (${s.resume.correct}/${s.resume.predicted})`,
  ],
  [
    'resume skills core recall',
    (s) => `${f3(s.resume.coreRecall)} (${s.resume.coreFound}/${s.resume.core})`,
  ],
  [
    '  its ceiling (core in taxonomy)',
    (s) => `${f3(s.resume.recallCeiling)} (${s.resume.coreNamed}/${s.resume.core})`,
  ],
  [
    'fitting resume ranked first',
    (s) => `${f3(s.ranking.rate)} (${s.ranking.fitFirst}/${s.ranking.groups})`,
  ],
  [
    'title derived correctly',
    (s) => `${f3(s.titles.accuracy)} (${s.titles.correct}/${s.titles.total})`,
  ],
  ['stuffing gain (visible list)', (s) => `${s.stuffing.meanGain} mean, ${s.stuffing.maxGain} max`],
  ['hidden-text gain (PDF)', (s) => `${s.hidden.meanGain} mean, ${s.hidden.maxGain} max`],
];
const width = Math.max(...rows.map(([name]) => name.length));
const col = 28;
console.log(`${'figure'.padEnd(width)}  ${'tune'.padEnd(col)}  test (frozen)`);
for (const [name, cell] of rows)
  console.log(`${name.padEnd(width)}  ${cell(tune).padEnd(col)}  ${cell(test)}`);

// How much each figure could move on another sample of documents like these: the frozen split
// is small, so its figures are read with these intervals beside the targets.
const span = (i: Interval): string => `${f3(i.low)} to ${f3(i.high)}`;
const intervals: [string, (s: SplitResult) => Interval][] = [
  ['JD skills precision', (s) => s.jd.precisionInterval],
  ['JD skills core recall', (s) => s.jd.coreRecallInterval],
  ['resume skills precision', (s) => s.resume.precisionInterval],
  ['resume skills core recall', (s) => s.resume.coreRecallInterval],
  ['fitting resume ranked first', (s) => s.ranking.interval],
  ['title derived correctly', (s) => s.titles.interval],
];
console.log('\n95% interval, documents resampled (bootstrap, 2000 draws, fixed seed)');
for (const [name, interval] of intervals)
  console.log(
    `${name.padEnd(width)}  ${span(interval(tune)).padEnd(col)}  ${span(interval(test))}`,
  );

const worst = (errors: DocumentErrors[], n: number): DocumentErrors[] =>
  [...errors]
    .filter((e) => e.missedCore.length + e.wrong.length > 0)
    .sort((a, b) => b.missedCore.length + b.wrong.length - (a.missedCore.length + a.wrong.length))
    .slice(0, n);

const printDetails = (s: SplitResult): void => {
  console.log(`\n=== ${s.split} split: worst errors per document`);
  for (const [kind, errors] of [
    ['posting', s.details.postings],
    ['resume', s.details.resumes],
  ] as const) {
    for (const e of worst(errors, 100)) {
      console.log(`${kind} ${e.file}`);
      if (e.missedCore.length) console.log(`  missed core: ${e.missedCore.join(', ')}`);
      if (e.wrong.length) console.log(`  wrong:       ${e.wrong.join(', ')}`);
    }
  }
  for (const t of s.details.titles.filter((x) => !x.correct))
    console.log(`title ${t.file}\n  expected "${t.expected}", derived "${t.derived}"`);
  for (const g of s.details.groups) {
    const scores = g.scores.map((x) => `${x.fit ? 'fit' : 'unfit'} ${x.score} ${x.file}`);
    console.log(`group ${g.posting}${g.fitFirst ? '' : '  <- FIT NOT FIRST'}`);
    for (const line of scores) console.log(`  ${line}`);
    console.log(
      `  weak ${g.weak}: as is ${g.asIs}, + visible list ${g.visible}, rendered PDF ${g.renderedPdf}, + hidden list ${g.hiddenPdf}`,
    );
  }
};
if (details) printDetails(tune);
if (testDetails) printDetails(test);
