/**
 * The forms "of" takes between a name's head and its object in French, Spanish, Portuguese and
 * Italian, each with the forms a text may use instead: "gestion de projets" is written "gestion
 * des projets" or "gestion du projet", "gestão de projetos" "gestão dos projetos", "analisi dei
 * dati" "analisi di dati". A preposition with its article is two words ("de la").
 */
const FRENCH = ['de', 'des', 'du', 'd', 'de la', 'de l'];
const SPANISH = ['de', 'del', 'de la', 'de los', 'de las'];
const PORTUGUESE = ['de', 'do', 'da', 'dos', 'das'];
const ITALIAN = ['di', 'del', 'dei', 'della', 'delle', 'degli', 'dello', 'dell'];
const FAMILIES = [FRENCH, SPANISH, PORTUGUESE, ITALIAN];

/** For each form, every form a text may write in its place (in any language that uses it). */
const SWAPS: ReadonlyMap<string, readonly string[]> = (() => {
  const swaps = new Map<string, Set<string>>();
  for (const family of FAMILIES)
    for (const form of family) {
      const set = swaps.get(form) ?? new Set<string>();
      for (const other of family) if (other !== form) set.add(other);
      swaps.set(form, set);
    }
  return new Map([...swaps].map(([form, set]) => [form, [...set]]));
})();

/** The object's other number: "projets" <-> "projet", "datos" <-> "dato" (one word, lowercase). */
const otherNumber = (word: string): string | undefined => {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return undefined;
  if (word.endsWith('ss')) return undefined;
  return word.endsWith('s') ? word.slice(0, -1) : `${word}s`;
};

/**
 * The other ways of writing a Romance name of the form head, "of", object: the preposition in
 * each of its forms, and the object's first word in the other number. `tokens` are lowercase;
 * the name itself is not among the results. A name of another shape gives none.
 */
export const romanceVariants = (tokens: readonly string[]): string[][] => {
  if (tokens.length < 3) return [];
  const two = `${tokens[1]} ${tokens[2]}`;
  const prepositionWords = SWAPS.has(two) && tokens.length > 3 ? 2 : 1;
  const preposition = prepositionWords === 2 ? two : (tokens[1] as string);
  const swaps = SWAPS.get(preposition);
  if (swaps === undefined) return [];
  const head = tokens[0] as string;
  const object = tokens.slice(1 + prepositionWords);
  const first = object[0] as string;
  const other = otherNumber(first);
  const objects = other === undefined ? [object] : [object, [other, ...object.slice(1)]];
  const out: string[][] = [];
  for (const form of [preposition, ...swaps])
    for (const o of objects) {
      if (form === preposition && o === object) continue;
      out.push([head, ...form.split(' '), ...o]);
    }
  return out;
};
