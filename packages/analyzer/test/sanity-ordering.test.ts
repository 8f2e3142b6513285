import { describe, expect, it } from 'vitest';
import { extractResumes, readCorpusText } from '../scripts/corpus.ts';
import { ROLE_PAIRS } from '../scripts/corpus-pairs.ts';
import { analyze } from '../src/index.ts';

const scoreOf = (jobDescription: string, resumeText: string): number =>
  analyze({ title: '', jobDescription, resumeText, selfDescription: '' }).report.matchScore;

describe('sanity ordering on the corpus', () => {
  for (const pair of ROLE_PAIRS) {
    for (const job of pair.jobs) {
      it(`when the ${pair.role} resume and an unrelated one meet ${job}, then the ${pair.role} resume scores higher`, async () => {
        const [fit, other] = await extractResumes([pair.resume, pair.unrelated]);
        const jd = await readCorpusText(job);
        const fitScore = scoreOf(jd, fit ?? '');
        const otherScore = scoreOf(jd, other ?? '');
        expect(fitScore, `${fitScore} vs ${otherScore}`).toBeGreaterThan(otherScore);
      });
    }
  }
});
