/** Median of a list (0 for an empty one). */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Nearest-rank percentile (p in 0..100). */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank]!;
};

/** Runs `fn` with at most `limit` calls in flight; results in input order. */
export const pool = async <T>(
  count: number,
  limit: number,
  fn: (index: number) => Promise<T>,
): Promise<T[]> => {
  const out: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      out[i] = await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
  return out;
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));
