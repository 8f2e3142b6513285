import { beforeAll, describe, expect, it } from 'vitest';
import { readEvalLabels } from '../eval/eval-labels.ts';
import { measureEval, type SplitResult } from '../eval/eval-metrics.ts';

/**
 * Floors a little under what `pnpm eval` measured (rules 1.2.0: context, qualifiers, evidence
 * strength and hidden text, 2026-12-02; raised with rules 1.3.1 and 1.4.0, 2026-12-03: job-family titles,
 * tool vocabulary, platform names as metrics or contact labels): a regression below them fails.
 * Raise them when the rules improve; never lower them to let a change through. Gains are ceilings.
 */
const FLOORS: Record<'tune' | 'test', Record<string, number>> = {
  tune: {
    jdPrecision: 0.856,
    // 8 postings of new fields joined the tune split on 2026-12-03 (0.945 -> 0.873 before the
    // rules learned from them), and 19 more later that day, in legal, HR, sales, support,
    // healthcare, operations and four languages (0.904 -> 0.815 before the rules learned from
    // them), and 17 more in academia, public sector, IT operations, security, finance,
    // operations and product (0.889 -> 0.813): the floor follows the larger, harder split,
    // not a weaker rule.
    jdCoreRecall: 0.78,
    resumePrecision: 0.895,
    // 6 resumes of new layouts joined on 2026-12-03 (two-column, sidebar, margin headings, DOCX
    // tables, non-software people): 0.958 -> 0.874 before any rule learned from them.
    resumeCoreRecall: 0.844,
    // 25 groups since the 10 harder ones (a nearby field as the unfit resume) joined: 24 of 25.
    fitFirst: 0.93,
    titles: 0.97,
  },
  test: {
    jdPrecision: 0.866,
    jdCoreRecall: 0.745,
    resumePrecision: 0.822,
    resumeCoreRecall: 0.821,
    // 7 groups: one group is 0.143; the floor is one group under the 6 of 7 measured (rules 1.6.0).
    fitFirst: 0.71,
    // 15 postings: one title is 0.067; 13 of 15 measured with rules 1.5.0.
    titles: 0.83,
  },
};
/**
 * Mean score points a weak resume may gain from a visible list of the posting's skills (measured
 * 15.5 tune / 9.1 test; the target is 15 on the test split), and from the same list as
 * hidden text (measured 0: hidden text is left out).
 */
const GAIN_CEILINGS = {
  stuffing: { tune: 18.5, test: 12 },
  hidden: { tune: 0, test: 0 },
} as const;

describe('analyzer figures on the evaluation set (eval/labels.json)', () => {
  let result: { tune: SplitResult; test: SplitResult };
  beforeAll(async () => {
    result = await measureEval();
  }, 120_000);

  it('when the labels are read, then they validate and hold at least 40 postings and 30 resumes', async () => {
    const labels = await readEvalLabels();
    expect(labels.postings.length).toBeGreaterThanOrEqual(40);
    expect(labels.resumes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(labels.postings.map((p) => p.field)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(labels.postings.map((p) => p.language)).size).toBeGreaterThanOrEqual(2);
    expect(labels.postings.filter((p) => p.split === 'test').length).toBeGreaterThanOrEqual(13);
  });

  for (const split of ['tune', 'test'] as const) {
    it(`when the ${split} split is measured, then no figure falls under its floor`, () => {
      const s = result[split];
      const floor = FLOORS[split];
      expect(s.jd.precision).toBeGreaterThanOrEqual(floor.jdPrecision ?? 1);
      expect(s.jd.coreRecall).toBeGreaterThanOrEqual(floor.jdCoreRecall ?? 1);
      expect(s.resume.precision).toBeGreaterThanOrEqual(floor.resumePrecision ?? 1);
      expect(s.resume.coreRecall).toBeGreaterThanOrEqual(floor.resumeCoreRecall ?? 1);
      expect(s.ranking.rate).toBeGreaterThanOrEqual(floor.fitFirst ?? 1);
      expect(s.titles.accuracy).toBeGreaterThanOrEqual(floor.titles ?? 1);
      expect(s.stuffing.meanGain).toBeLessThanOrEqual(GAIN_CEILINGS.stuffing[split]);
      expect(s.hidden.meanGain).toBeLessThanOrEqual(GAIN_CEILINGS.hidden[split]);
    });
  }

  it('when the set is measured twice, then the figures are identical', async () => {
    expect(await measureEval()).toEqual(result);
  }, 120_000);
});
