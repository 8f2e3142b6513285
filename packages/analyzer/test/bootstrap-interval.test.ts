import { describe, expect, it } from 'vitest';
import { bootstrapInterval, type Unit } from '../eval/bootstrap-interval.ts';

describe('the bootstrap interval of an eval figure', () => {
  it('when every document has the same share, then the interval is that share', () => {
    const units: Unit[] = Array.from({ length: 30 }, () => [3, 4]);
    expect(bootstrapInterval(units)).toEqual({ low: 0.75, high: 0.75 });
  });

  it('when documents differ, then the interval holds the figure and narrows as documents grow', () => {
    const few: Unit[] = Array.from({ length: 28 }, (_, i): Unit => [i % 14 === 0 ? 0 : 1, 1]);
    const many: Unit[] = Array.from({ length: 560 }, (_, i): Unit => [i % 14 === 0 ? 0 : 1, 1]);
    const figure = 26 / 28;
    const small = bootstrapInterval(few);
    const large = bootstrapInterval(many);
    expect(small.low).toBeLessThan(figure);
    expect(small.high).toBeGreaterThanOrEqual(figure);
    expect(large.low).toBeLessThan(figure);
    expect(large.high).toBeGreaterThan(figure);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });

  it('when it is drawn twice with the same seed, then it is the same; another seed may differ', () => {
    const units: Unit[] = Array.from({ length: 40 }, (_, i): Unit => [i % 5, 4]);
    expect(bootstrapInterval(units)).toEqual(bootstrapInterval(units));
    expect(bootstrapInterval(units, { seed: 7 })).toEqual(bootstrapInterval(units, { seed: 7 }));
  });

  it('when a document has no denominator, then it adds nothing and no units give 0 to 0', () => {
    expect(bootstrapInterval([])).toEqual({ low: 0, high: 0 });
    const units: Unit[] = [
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ];
    const { low, high } = bootstrapInterval(units);
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(1);
  });
});
