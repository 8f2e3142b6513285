/**
 * Benchmark of the offline tailored resume on every corpus resume with a text layer: what the
 * grounding check removed (it should be nothing: the offline generator only reuses the resume's
 * own lines), the PDF's size and render time, and whether the name, every employer and every
 * listed skill come back as text when the PDF is read by prepkit's own extractor.
 *
 *   node packages/render/scripts/bench-tailored-resume.ts [--runs 5]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groundResume, tailorResume } from '@prepkit/analyzer';
import { createTextExtractor } from '@prepkit/extraction';
import { renderResumePdf } from '../src/index.ts';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const POSTINGS = ['jobs/resumematcher__backend-eng.txt', 'jobs/resumematcher__product-manager.txt'];
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Case, accents, punctuation and line breaks aside: what "comes back as text" means here. */
const flat = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

const extractor = createTextExtractor({ maxThreads: 1 });
const rows: string[] = [];
let totalChecked = 0;
let totalRemoved = 0;
let missingBack = 0;
const sizes: number[] = [];
const times: number[] = [];
try {
  const files = ['resumes/pdf', 'resumes/docx'].flatMap((dir) =>
    readdirSync(join(CORPUS, dir))
      .sort()
      .map((f) => join(dir, f)),
  );
  for (const file of files) {
    const kind = extname(file) === '.pdf' ? 'pdf' : 'docx';
    const { text } = await extractor.extract(readFileSync(join(CORPUS, file)), kind);
    if (text.trim().length < 50) {
      rows.push(`| ${file} | no text layer | | | | | |`);
      continue;
    }
    for (const posting of POSTINGS) {
      const jobDescription = readFileSync(join(CORPUS, posting), 'utf8');
      const input = { title: '', jobDescription, resumeText: text, selfDescription: '' };
      const grounded = groundResume(tailorResume(input), { ...input });
      totalChecked += grounded.checked;
      totalRemoved += grounded.removed;
      const resume = grounded.resume;
      const ms: number[] = [];
      let pdf = Buffer.alloc(0);
      for (let i = 0; i <= RUNS; i++) {
        const t0 = performance.now();
        pdf = await renderResumePdf(resume);
        if (i > 0) ms.push(performance.now() - t0); // the first run warms fonts up
      }
      const back = flat((await extractor.extract(pdf, 'pdf')).text);
      const expected = [
        resume.name,
        ...resume.experience.map((e) => e.organization),
        ...resume.skills.flatMap((g) => g.items),
      ].filter((v) => flat(v).length > 0);
      const missing = expected.filter((v) => !back.includes(flat(v)));
      missingBack += missing.length;
      sizes.push(pdf.length);
      times.push(median(ms));
      rows.push(
        `| ${file} | ${posting.replace('jobs/', '')} | ${grounded.checked} | ${grounded.removed} | ${(pdf.length / 1024).toFixed(1)} | ${median(ms).toFixed(1)} | ${expected.length - missing.length}/${expected.length}${missing.length ? ` (missing: ${missing.join('; ')})` : ''} |`,
      );
    }
  }
} finally {
  await extractor.close();
}
console.log(
  '| resume | posting | facts and bullets checked | removed by grounding | PDF KB | render ms (median) | name, employers, skills back from the PDF |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('');
console.log(`grounding: ${totalRemoved} removed of ${totalChecked} checked (offline generator)`);
console.log(
  `PDF: median ${(median(sizes) / 1024).toFixed(1)} KB, max ${(Math.max(...sizes) / 1024).toFixed(1)} KB; render median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${RUNS} runs each)`,
);
console.log(`round trip: ${missingBack} expected strings missing from the extracted PDF text`);
