import { appendTo } from '../text/append-to.ts';

/**
 * Searches over the candidate's material that stay linear in its size however many items a
 * tailored resume checks: a phrase is looked for only where its rarest word stands, and a
 * bullet only in the passages that hold one of its rarest words. Reading the whole text for
 * each of 10,000 items (`includes`, every passage in turn) was quadratic.
 */

/**
 * Finds phrases in a text normalised for matching (`normalizeForMatch`: words one space
 * apart, a space at each end). `has(needle)` equals `text.includes(needle)` for a needle so
 * normalised: its spaces must sit on the text's, so it is found where its rarest word is.
 */
export const phraseFinder = (text: string): { has: (needle: string) => boolean } => {
  // Where each word starts: the offset of the space before it.
  const starts = new Map<string, number[]>();
  for (let at = 0; at < text.length - 1; ) {
    const end = text.indexOf(' ', at + 1);
    if (end === -1) break;
    appendTo(starts, text.slice(at + 1, end), at);
    at = end;
  }
  const known = new Map<string, boolean>();
  const has = (needle: string): boolean => {
    const words = needle.slice(1, -1).split(' ');
    let rarest: number[] | undefined;
    let offset = 0;
    let wordAt = 0;
    for (const word of words) {
      const list = starts.get(word);
      if (list === undefined) return false;
      if (rarest === undefined || list.length < rarest.length) {
        rarest = list;
        offset = wordAt;
      }
      wordAt += word.length + 1;
    }
    return (rarest ?? []).some((at) => at >= offset && text.startsWith(needle, at - offset));
  };
  return {
    has: (needle) => {
      let result = known.get(needle);
      if (result === undefined) {
        result = has(needle);
        known.set(needle, result);
      }
      return result;
    },
  };
};

/**
 * Tells whether some passage holds at least `need` of a list of words (each counted as often
 * as the list has it). Passages are read only when they hold one of the list's rarest words:
 * the words left out could not reach `need` on their own.
 */
export const passageFinder = (
  passages: readonly ReadonlySet<string>[],
): { holds: (words: readonly string[], need: number) => boolean } => {
  const where = new Map<string, number[]>();
  passages.forEach((passage, i) => {
    for (const word of passage) appendTo(where, word, i);
  });
  const holds = (words: readonly string[], need: number): boolean => {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const rarestFirst = [...counts.keys()].sort(
      (a, b) => (where.get(a)?.length ?? 0) - (where.get(b)?.length ?? 0),
    );
    const holdsEnough = (i: number): boolean => {
      const passage = passages[i] as ReadonlySet<string>;
      let held = 0;
      for (const w of words) if (passage.has(w)) held++;
      return held >= need;
    };
    // The passages of the rarest words, until the others together count fewer than `need`;
    // the first that holds enough ends the search.
    let rest = words.length;
    for (const word of rarestFirst) {
      if (rest < need) break;
      rest -= counts.get(word) ?? 0;
      if ((where.get(word) ?? []).some(holdsEnough)) return true;
    }
    return false;
  };
  return { holds };
};
