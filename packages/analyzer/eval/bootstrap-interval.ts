/**
 * How far a figure measured on a few dozen documents can be trusted: a percentile bootstrap
 * over documents. Each document is one unit with its numerator and denominator (a posting's
 * correct and predicted skills, a ranking group's 1 or 0 out of 1); a resample draws as many
 * units as there are, with replacement, and its figure is the sum of numerators over the sum of
 * denominators, as the figure itself is. Skills of one document are not independent, so the
 * document, not the skill, is what is drawn.
 */

/** One document's share of a figure: `[numerator, denominator]`. */
export type Unit = readonly [number, number];

export interface IntervalOptions {
  /** Resamples drawn; more make the bounds steadier. */
  resamples?: number;
  /** Share of resampled figures left outside, half on each side (0.05: a 95% interval). */
  alpha?: number;
  /** Seed of the generator: the same seed and units always give the same interval. */
  seed?: number;
}

/** A figure's interval, rounded to three decimals as the figures are. */
export interface Interval {
  low: number;
  high: number;
}

/** mulberry32: a small 32-bit generator, enough for resampling and the same on every machine. */
const generator = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * The percentile bootstrap interval of `sum(numerators) / sum(denominators)` over `units`.
 * Resamples whose denominators sum to 0 count as 0, as the figure does. No units: `[0, 0]`.
 */
export const bootstrapInterval = (
  units: readonly Unit[],
  { resamples = 2000, alpha = 0.05, seed = 20261206 }: IntervalOptions = {},
): Interval => {
  if (units.length === 0) return { low: 0, high: 0 };
  const next = generator(seed);
  const figures = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let num = 0;
    let den = 0;
    for (let i = 0; i < units.length; i++) {
      const unit = units[Math.floor(next() * units.length)] as Unit;
      num += unit[0];
      den += unit[1];
    }
    figures[r] = den === 0 ? 0 : num / den;
  }
  figures.sort();
  const at = (q: number): number =>
    figures[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))] as number;
  return { low: round3(at(alpha / 2)), high: round3(at(1 - alpha / 2)) };
};
