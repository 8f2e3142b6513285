import { analyze, groundResume, tailorResume } from '@prepkit/analyzer';
import { AppError } from '@prepkit/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL_SHAPES } from '../../../packages/analyzer/scripts/adversarial-shapes.ts';
import { type AnalysisPool, createAnalysisPool } from '../src/analysis/analysis-pool.ts';
import { decideFailure } from '../src/interview/job-failure.ts';

const INPUT = {
  title: 'Backend Engineer',
  jobDescription: 'Requirements: Node.js, TypeScript, PostgreSQL. Nice to have: Kubernetes.',
  resumeText: 'Experience\nBuilt APIs with Node.js and PostgreSQL.',
  selfDescription: '',
};

const pools: AnalysisPool[] = [];
const pool = (options: Parameters<typeof createAnalysisPool>[0] = {}) => {
  const p = createAnalysisPool({ maxThreads: 1, ...options });
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('the analysis pool', () => {
  it('when an analysis runs on the pool, then it is byte-identical to the analysis in process', async () => {
    const result = await pool().analyze(INPUT);
    expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(INPUT)));
  });

  it('when an analysis overruns its budget, then it fails with ANALYSIS_TIMEOUT (final, not retried) and the pool goes on', async () => {
    const tight = pool({ budgetMs: 1 });
    const heavy = (ADVERSARIAL_SHAPES[0] as (typeof ADVERSARIAL_SHAPES)[number]).input(1);
    const error = await tight.analyze(heavy).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('ANALYSIS_TIMEOUT');
    expect(decideFailure(error, false)).toMatchObject({
      retry: false,
      error: { code: 'ANALYSIS_TIMEOUT' },
    });
    // The terminated thread was replaced: the next analysis runs (and is timed) again.
    await expect(tight.analyze(heavy)).rejects.toMatchObject({ code: 'ANALYSIS_TIMEOUT' });
  });

  it('when a resume is tailored and grounded on the pool, then both are byte-identical to the same work in process', async () => {
    const p = pool();
    const content = await p.tailor(INPUT);
    expect(JSON.stringify(content)).toBe(JSON.stringify(tailorResume(INPUT)));
    const grounded = await p.ground(content, INPUT);
    expect(JSON.stringify(grounded)).toBe(JSON.stringify(groundResume(content, INPUT)));
  });

  it('when a tailoring or a grounding check overruns its budget, then each fails with ANALYSIS_TIMEOUT (the thread is replaced between them)', async () => {
    const tight = pool({ budgetMs: 1 });
    const heavy = (ADVERSARIAL_SHAPES[0] as (typeof ADVERSARIAL_SHAPES)[number]).input(1);
    await expect(tight.tailor(heavy)).rejects.toMatchObject({ code: 'ANALYSIS_TIMEOUT' });
    await expect(tight.ground(tailorResume(heavy), heavy)).rejects.toMatchObject({
      code: 'ANALYSIS_TIMEOUT',
    });
  });
});
