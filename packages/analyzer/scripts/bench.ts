import { readdir } from 'node:fs/promises';
import { CORPUS_DIR, extractResumes, readCorpusText } from './corpus.ts';

/**
 * Times the analyzer over the corpus: every resume against every job description. Resume text
 * is extracted first (extraction is not timed). Prints the first report's time (cold: includes
 * loading the analyzer and building its index) and the median and p95 per report after warm-up.
 * Run: node packages/analyzer/scripts/bench.ts
 */
const resumeFiles = [
  ...(await readdir(`${CORPUS_DIR}resumes/pdf`)).map((f) => `resumes/pdf/${f}`),
  ...(await readdir(`${CORPUS_DIR}resumes/docx`)).map((f) => `resumes/docx/${f}`),
].sort();
const jobFiles = (await readdir(`${CORPUS_DIR}jobs`)).map((f) => `jobs/${f}`).sort();
const resumes = await extractResumes(resumeFiles);
const jobs = await Promise.all(jobFiles.map(readCorpusText));

const t0 = performance.now();
const { analyze } = await import('../src/index.ts');
const first = analyze({
  title: '',
  jobDescription: jobs[0] ?? '',
  resumeText: resumes[0] ?? '',
  selfDescription: '',
});
const firstMs = performance.now() - t0;

const run = (): number[] => {
  const times: number[] = [];
  for (const jobDescription of jobs) {
    for (const resumeText of resumes) {
      const start = performance.now();
      analyze({ title: '', jobDescription, resumeText, selfDescription: '' });
      times.push(performance.now() - start);
    }
  }
  return times;
};
run(); // warm-up
const times = run().sort((a, b) => a - b);
const at = (q: number): number =>
  times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
console.log(
  `reports: ${times.length} (${jobs.length} job descriptions x ${resumes.length} resumes), first score ${first.report.matchScore}`,
);
console.log(`first report (cold, incl. module load): ${firstMs.toFixed(1)} ms (target < 150 ms)`);
console.log(`median per report after warm-up: ${at(0.5).toFixed(2)} ms (target < 20 ms)`);
console.log(`p95: ${at(0.95).toFixed(2)} ms, max: ${(times.at(-1) ?? 0).toFixed(2)} ms`);
process.exit(firstMs < 150 && at(0.5) < 20 ? 0 : 1);
