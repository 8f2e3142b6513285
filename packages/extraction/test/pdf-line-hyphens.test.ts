import { describe, expect, it } from 'vitest';
import { joinLineHyphens } from '../src/pdf-line-hyphens.ts';

describe('words a justified PDF breaks at the end of a line', () => {
  it('when a word is broken with a hyphen at a line end, then it is whole again and the rest of the next line stays on its line', () => {
    expect(joinLineHyphens('Led project manage-\nment for three clients\nNext')).toBe(
      'Led project management\nfor three clients\nNext',
    );
    expect(joinLineHyphens('Deployed on Kuber-\r\nnetes clusters')).toBe(
      'Deployed on Kubernetes\nclusters',
    );
  });

  it('when the hyphen belongs to a compound ("self-" / "motivated", "cross-" / "functional"), then it stays', () => {
    expect(joinLineHyphens('Highly self-\nmotivated and cross-\nfunctional')).toBe(
      'Highly self-\nmotivated and cross-\nfunctional',
    );
  });

  it('when the next line starts with a capital, a digit or a bullet, then nothing is joined', () => {
    const text = 'Front-\nEnd work\nPages 10-\n12\nTools -\n- Python';
    expect(joinLineHyphens(text)).toBe(text);
  });

  it('when a page holds one run of 300,000 letters and no line break, then it comes back as it was (each letter read once, not once per start)', () => {
    const run = 'a'.repeat(300_000);
    expect(joinLineHyphens(`${run}-\nx`)).toBe(`${run}x\n`);
    expect(joinLineHyphens(run)).toBe(run);
  });
});
