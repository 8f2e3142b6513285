import { describe, expect, it } from 'vitest';
import { measureQuality, THRESHOLDS } from '../scripts/quality-metrics.ts';

describe('skill extraction quality on the labelled dev set', () => {
  it('when the dev set is measured, then job descriptions and resumes reach precision 0.85 and recall 0.80', async () => {
    const { jobs, resumes } = await measureQuality();
    expect(jobs.documents).toBeGreaterThanOrEqual(15);
    expect(resumes.documents).toBeGreaterThanOrEqual(10);
    for (const set of [jobs, resumes]) {
      expect(set.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
      expect(set.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    }
  });
});
