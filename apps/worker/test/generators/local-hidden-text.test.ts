import { describe, expect, it } from 'vitest';
import { inProcessAnalyzer } from '../../src/analysis/analysis-pool.ts';
import { createLocalGenerator } from '../../src/generators/local.generator.ts';

const RESUME = 'Experience\n2019 - 2023 Built Python services on SQL databases.';
const INPUT = { title: '', jobDescription: 'Needs Python, SQL, Docker.', resumeText: RESUME };

describe('the local generator and hidden resume text', () => {
  it('when the extractor left hidden text out of the resume, then the analysis warns HIDDEN_TEXT', async () => {
    const { analysis } = await createLocalGenerator(inProcessAnalyzer).generate({
      ...INPUT,
      selfDescription: '',
      hiddenResumeChars: 120,
    });
    expect(analysis?.warnings?.map((w) => w.code)).toEqual(['HIDDEN_TEXT']);
  });

  it('when nothing was hidden, then there is no such warning', async () => {
    const { analysis } = await createLocalGenerator(inProcessAnalyzer).generate({
      ...INPUT,
      selfDescription: '',
    });
    expect(analysis?.warnings).toEqual([]);
  });
});
