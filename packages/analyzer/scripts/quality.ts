import { measureQuality, type SetScore, THRESHOLDS } from './quality-metrics.ts';

/**
 * Prints precision and recall of skill extraction on the labelled dev set and exits 1 when a
 * set is below precision 0.85 or recall 0.80. `--details` lists misses and extras per file.
 * Run: node packages/analyzer/scripts/quality.ts [--details]
 */
const verbose = process.argv.includes('--details');
const result = await measureQuality();
let ok = true;
const report = (name: string, s: SetScore): void => {
  const pass = s.precision >= THRESHOLDS.precision && s.recall >= THRESHOLDS.recall;
  ok &&= pass;
  console.log(
    `${name.padEnd(8)} documents=${s.documents} precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)} (tp=${s.truePositives} predicted=${s.predicted} labelled=${s.labelled}) ${pass ? 'PASS' : 'FAIL'}`,
  );
  if (verbose) {
    for (const d of s.details) {
      console.log(
        `  ${d.file}\n    missed: ${d.missed.join(', ') || '-'}\n    extra:  ${d.extra.join(', ') || '-'}`,
      );
    }
  }
};
report('jobs', result.jobs);
report('resumes', result.resumes);
console.log(`thresholds: precision >= ${THRESHOLDS.precision}, recall >= ${THRESHOLDS.recall}`);
process.exit(ok ? 0 : 1);
