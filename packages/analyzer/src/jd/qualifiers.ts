/**
 * Markers that lower a requirement to "preferred", English and Spanish, and their German, French,
 * Portuguese and Italian words ("wünschenswert", "un atout", "desejável", "gradita"), folded.
 * Each qualifies a phrase, not its whole line; see {@link preferredRanges}.
 */
const MARKER =
  /\b(?:is a plus|are a plus|a plus|plus\b|nice to have|nice-to-have|preferred|preferably|preferentemente|de preferencia|bonus(?: if)?|desirable|desired|ideally|idealmente|appreciated|advantageous|deseables?|valorables?|se valorara|is an asset|an advantage|it would be great if|wunschenswert|von vorteil|idealerweise|vorzugsweise|gerne? gesehen|un atout|apprecie(?:e|s|es)?|souhaite(?:e|s|es)?|souhaitable|idealement|desejave(?:l|is)|diferencial|preferencialmente|gradit[aoie]|preferibile|preferibilmente|titolo preferenziale)\b/gi;

/** Markers that qualify what follows them ("idealmente Terraform", "se valorara X"). */
const FORWARD =
  /^(?:preferably|preferentemente|de preferencia|bonus if|ideally|idealmente|se valorara|it would be great if|idealerweise|vorzugsweise|idealement|preferencialmente|preferibilmente)$/i;

/** Characters read back from a parenthesised marker to find its item. */
const ITEM_WINDOW = 120;

/** What ends an item of a list, looking back from a parenthesised marker. */
const ITEM_START = /[,;:•\n]|\s(?:and|y|or|o)\s/g;

/**
 * The parts of a sentence (offsets `from..to` in `text`) a preference marker qualifies:
 * - a marker alone in parentheses ("Docker (deseable)") qualifies the list item before it;
 * - a marker followed by a colon ("Nice to have: X, Y") or that leads a phrase ("idealmente
 *   Terraform", "preferably Go") qualifies what follows, to the end of the sentence;
 * - any other marker ("Kubernetes is a plus", "Java, Docker nice to have") qualifies what
 *   precedes it in the sentence.
 * Returns `[start, end)` ranges; a skill inside one is preferred.
 */
export const preferredRanges = (text: string, from: number, to: number): [number, number][] => {
  const sentence = text.slice(from, to);
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(MARKER)) {
    const at = m.index;
    const end = at + m[0].length;
    const paren = /\(\s*$/.exec(sentence.slice(Math.max(0, at - 4), at));
    if (paren !== null && /^\s*\)/.test(sentence.slice(end, end + 4))) {
      const open = at - (Math.min(at, 4) - paren.index);
      // The item before "(": back to the previous separator, reading a bounded stretch.
      const lookFrom = Math.max(0, open - ITEM_WINDOW);
      let itemStart = lookFrom;
      for (const sep of sentence.slice(lookFrom, open).matchAll(ITEM_START)) {
        itemStart = lookFrom + sep.index + sep[0].length;
      }
      out.push([from + itemStart, from + open]);
      continue;
    }
    const leads = /^[\s•▪●*-]*$/.test(sentence.slice(Math.max(0, at - 8), at)) && at < 8;
    if (leads || FORWARD.test(m[0]) || /^\s*[:\-–]/.test(sentence.slice(end, end + 3))) {
      out.push([from + end, to]);
      continue;
    }
    out.push([from, from + at]);
  }
  return out;
};

/** Whether an offset falls in one of the ranges. */
export const inRanges = (ranges: readonly [number, number][], at: number): boolean =>
  ranges.some(([a, b]) => at >= a && at < b);
