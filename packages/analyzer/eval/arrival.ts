import { readEvalLabels } from './eval-labels.ts';
import { measureEval } from './eval-metrics.ts';

/**
 * Measures some postings of the evaluation set on their own: a batch on its arrival, before any
 * rule learns from it, or the postings a split had before documents joined it. Prints JD
 * precision, core recall, its ceiling and titles per split; for tune postings also each
 * document's missed core and wrong skills and wrong titles. For test postings only the totals:
 * never tune rules on the frozen split.
 * Run: node packages/analyzer/eval/arrival.ts <posting file as in labels.json> ...
 */
const labels = await readEvalLabels();
const files = new Set(process.argv.slice(2));
const subset = {
  ...labels,
  postings: labels.postings.filter((p) => files.has(p.file)),
  resumes: [],
  groups: [],
};
const { tune, test } = await measureEval(subset);
for (const s of [tune, test]) {
  if (s.jd.documents === 0) continue;
  console.log(
    `${s.split}: ${s.jd.documents} postings, JD precision ${s.jd.precision} (${s.jd.correct}/${s.jd.predicted}), core recall ${s.jd.coreRecall} (${s.jd.coreFound}/${s.jd.core}), ceiling ${s.jd.recallCeiling}, titles ${s.titles.correct}/${s.titles.total}`,
  );
  if (s.split !== 'tune') continue;
  for (const t of s.details.titles.filter((t) => !t.correct))
    console.log(
      `  title ${JSON.stringify(t.derived)}, labelled ${JSON.stringify(t.expected)}: ${t.file}`,
    );
  for (const e of s.details.postings)
    console.log(
      `  ${e.file}: missed ${e.missedCore.join(', ') || '-'}; wrong ${e.wrong.join(', ') || '-'}`,
    );
}
