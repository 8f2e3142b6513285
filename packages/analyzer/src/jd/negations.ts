/**
 * "No experience with biology is required", "You don't need experience in biology or our
 * particular technologies, but ...", "keine Vorkenntnisse in Python", "no se requiere
 * experiencia en SQL": the posting names a skill to say it does not ask for it. English,
 * German, Spanish and French (folded text).
 */
const NEED_NOT_FORWARD = new RegExp(
  [
    String.raw`\b(?:no|without)\s+(?:prior\s+|previous\s+|formal\s+|any\s+)?(?:experience|knowledge|background|expertise)\s+(?:with|in|of)\b`,
    String.raw`\b(?:do not|don['’]?t|does not|doesn['’]?t|will not|won['’]t)\s+(?:need|require|have to have|need to have|have to know|need to know)\s+(?:any\s+)?(?:prior\s+|previous\s+)?(?:(?:experience|knowledge|background|expertise)\s+(?:with|in|of)\b)?`,
    String.raw`\bkeine\s+(?:vorkenntnisse|vorerfahrung|erfahrung(?:en)?|kenntnisse)\s+(?:in|im|mit|zu)\b`,
    String.raw`\bno\s+(?:se\s+requiere|es\s+necesari[oa]|hace\s+falta|se\s+necesita)\s+(?:tener\s+)?(?:experiencia|conocimientos?)?\s*(?:en|de|con)?\b`,
    String.raw`\baucune\s+(?:experience|connaissance)\s+(?:en|de|du|des)\b`,
  ].join('|'),
  'gi',
);

/** Where a forward negation stops: the end of the verb it waits for, or the clause's end. */
const CLAUSE_END =
  /\b(?:is|are)?\s*(?:required|needed|necessary|expected|erforderlich|notwendig|requerid[oa]s?)\b|,\s*but\b|\bbut\b|\baber\b|\bpero\b|\bmais\b|;|:/i;

/** Characters a negation reaches at most: a clause, not a page (and linear time). */
const REACH = 160;

/**
 * The parts of a sentence (offsets `from..to` in `text`) that a "need not" phrase covers: from
 * the phrase's end to the end of its clause, at most {@link REACH} characters. A skill inside
 * one is not asked for. Returns `[start, end)` ranges.
 */
export const negatedRanges = (text: string, from: number, to: number): [number, number][] => {
  const sentence = text.slice(from, to);
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(NEED_NOT_FORWARD)) {
    const start = m.index + m[0].length;
    const reach = sentence.slice(start, start + REACH);
    const end = CLAUSE_END.exec(reach);
    out.push([from + start, from + start + (end === null ? reach.length : end.index)]);
  }
  return out;
};
