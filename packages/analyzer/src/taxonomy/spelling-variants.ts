/**
 * American and British spellings of the same English word. Each rule rewrites a word's ending
 * (or, for the listed words, the whole word) both ways; a rewrite that is no word at all
 * ("expertize") costs nothing, since no text writes it.
 */

/** `-ize` words and their family ("organization", "prioritizing") <-> `-ise`. */
const IZE = /^([a-z]{3,})i([zs])(e|es|ed|ing|er|ers|ation|ations|ational)$/;
/** `analyze` <-> `analyse` and its family. */
const YZE = /^([a-z]{3,})y([zs])(e|es|ed|ing|er|ers)$/;
/** An `-l` doubled before an ending in British writing: "modeling" <-> "modelling". */
const L_ENDING = /^([a-z]*[^aeiou][ea])(ll?)(ing|ed|er|ers)$/;
/** `-or` <-> `-our` in the words that take it ("behavior", "behavioural", "labor"). */
const OR_ENDING =
  /^(behavi|col|fav|lab|hon|hum|neighb|flav|endeav|harb|rum|vap|sav|arm|rig|vig|clam|glam|od)o(u?)r(|s|al|ally|ed|ing|ful|ite|ites|able|ism)$/;

/** Whole words spelt differently, American first. */
const WORDS: readonly (readonly [string, string])[] = [
  ['center', 'centre'],
  ['centers', 'centres'],
  ['centered', 'centred'],
  ['centering', 'centring'],
  ['fiber', 'fibre'],
  ['theater', 'theatre'],
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['catalog', 'catalogue'],
  ['catalogs', 'catalogues'],
  ['license', 'licence'],
  ['licenses', 'licences'],
  ['defense', 'defence'],
  ['offense', 'offence'],
  ['judgment', 'judgement'],
  ['enrollment', 'enrolment'],
  ['fulfillment', 'fulfilment'],
  ['skillful', 'skilful'],
  ['aging', 'ageing'],
  ['gray', 'grey'],
  ['math', 'maths'],
  ['analog', 'analogue'],
  ['dialog', 'dialogue'],
  ['jewelry', 'jewellery'],
  ['pediatric', 'paediatric'],
  ['pediatrics', 'paediatrics'],
  ['anesthesia', 'anaesthesia'],
  ['anesthesiology', 'anaesthesiology'],
  ['orthopedic', 'orthopaedic'],
  ['orthopedics', 'orthopaedics'],
  ['gynecology', 'gynaecology'],
  ['hematology', 'haematology'],
  ['esthetics', 'aesthetics'],
  ['toward', 'towards'],
];
const OTHER_WORD: ReadonlyMap<string, string> = new Map([
  ...WORDS,
  ...WORDS.map(([us, uk]) => [uk, us] as const),
]);

/** The word in the other spelling, or undefined when English spells it one way only. */
export const otherSpelling = (word: string): string | undefined => {
  const listed = OTHER_WORD.get(word);
  if (listed !== undefined) return listed;
  const ize = IZE.exec(word);
  if (ize !== null) return `${ize[1]}i${ize[2] === 'z' ? 's' : 'z'}${ize[3]}`;
  const yze = YZE.exec(word);
  if (yze !== null) return `${yze[1]}y${yze[2] === 'z' ? 's' : 'z'}${yze[3]}`;
  const l = L_ENDING.exec(word);
  if (l !== null) return `${l[1]}${l[2] === 'l' ? 'll' : 'l'}${l[3]}`;
  const or = OR_ENDING.exec(word);
  if (or !== null) return `${or[1]}${or[2] === '' ? 'our' : 'or'}${or[3]}`;
  return undefined;
};

/**
 * A name in the other English spelling ("data visualization" -> "data visualisation", "user
 * centred design" -> "user centered design"): every word that has one rewritten, or undefined
 * when no word has one. `tokens` are lowercase.
 */
export const spellingVariant = (tokens: readonly string[]): string[] | undefined => {
  let changed = false;
  const out = tokens.map((t) => {
    const other = otherSpelling(t);
    if (other === undefined) return t;
    changed = true;
    return other;
  });
  return changed ? out : undefined;
};
