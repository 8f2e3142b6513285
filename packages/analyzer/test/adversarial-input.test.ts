import { tailoredResumeContentSchema } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_SHAPES } from '../scripts/adversarial-shapes.ts';
import { analyze, groundResume, tailorResume } from '../src/index.ts';
import { blankLinks } from '../src/text/blank-links.ts';
import { sentenceAround } from '../src/text/sentences.ts';

/** Only "did not hang": the speed claim is the benchmark's (`pnpm bench --only adversarial`). */
const DID_NOT_HANG_MS = 20_000;

describe('the analyzer on adversarial input', () => {
  for (const shape of ADVERSARIAL_SHAPES) {
    it(
      `when the input is ${shape.name}, then the analysis finishes with a report`,
      () => {
        const { report, analysis } = analyze(shape.input(1));
        expect(report.matchScore).toBeGreaterThanOrEqual(0);
        expect(report.matchScore).toBeLessThanOrEqual(100);
        expect(analysis.rulesVersion).toBeTruthy();
      },
      DID_NOT_HANG_MS,
    );
    it(
      `when the input is ${shape.name}, then the tailored resume is built and grounded`,
      () => {
        const input = shape.input(1);
        const grounded = groundResume(tailorResume(input), input);
        const parsed = tailoredResumeContentSchema.safeParse(grounded.resume);
        expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
      },
      DID_NOT_HANG_MS,
    );
  }

  it('when links are blanked, then addresses, URLs and domains go and their lengths stay', () => {
    const text =
      'Mail jane@x.io, see https://github.com/jane or www.jane.dev and acme.com/jobs; Node.js stays.';
    const blanked = blankLinks(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toMatch(/jane|github|acme/);
    expect(blanked).toContain('Node.js stays.');
  });

  it('when a sentence has no end for 300,000 characters, then its evidence is cut around the match', () => {
    const text = `${'word '.repeat(60_000)}Kubernetes ${'word '.repeat(60_000)}`;
    const at = text.indexOf('Kubernetes');
    const evidence = sentenceAround(text, at, at + 10);
    expect(evidence).toContain('Kubernetes');
    expect(evidence.length).toBeLessThanOrEqual(250);
  });
});
