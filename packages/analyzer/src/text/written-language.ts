/** Frequent function words that tell one written language from another (lowercase, folded). */
const MARKERS: Readonly<Record<string, readonly string[]>> = {
  English: ['the', 'and', 'of', 'with', 'for', 'to', 'in', 'on'],
  Spanish: ['el', 'y', 'los', 'las', 'del', 'con', 'una', 'por'],
  French: ['le', 'les', 'et', 'des', 'avec', 'pour', 'une', 'du'],
  German: ['der', 'die', 'und', 'mit', 'fur', 'das', 'ein', 'eine'],
  // Italian and Dutch by words none of the others writes (not "il", which French writes, nor
  // "en", which Spanish and French write); Portuguese without "e", which Italian writes too.
  Portuguese: ['os', 'uma', 'com', 'nao', 'em', 'do', 'da', 'ao', 'pela', 'pelo', 'sua', 'seu'],
  Italian: ['di', 'che', 'della', 'per', 'gli', 'nel', 'delle', 'sono', 'alla'],
  Dutch: ['het', 'een', 'van', 'voor', 'zijn', 'wij', 'niet', 'ook', 'bij', 'naar'],
};

const LOOKUP = new Map<string, string[]>();
for (const [language, words] of Object.entries(MARKERS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** Words read at most: the language shows long before, and the cost stays bounded. */
const MAX_WORDS = 5_000;
const MIN_HITS = 8;

/**
 * The spoken language a text is written in (a skill name of the taxonomy: `English`,
 * `Spanish`...), or null when the text is too short or mixed to tell: the most frequent
 * function words, with at least {@link MIN_HITS} and twice the runner-up.
 */
export const writtenLanguage = (text: string): string | null => {
  const counts = new Map<string, number>();
  let seen = 0;
  // Each word is lowercased as it is read (only the first words are): a dotted capital I
  // lowercases to a letter and a mark, which splits words, so such a text is lowercased whole.
  const whole = text.includes('\u0130');
  for (const m of (whole ? text.toLowerCase() : text).matchAll(/\p{L}+/gu)) {
    if (++seen > MAX_WORDS) break;
    const word = whole ? m[0] : m[0].toLowerCase();
    for (const language of LOOKUP.get(word.normalize('NFD').replace(/\p{M}/gu, '')) ?? []) {
      counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (first === undefined || first[1] < MIN_HITS) return null;
  return second === undefined || first[1] >= 2 * second[1] ? first[0] : null;
};
