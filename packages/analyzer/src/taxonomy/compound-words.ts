import type { Token } from '../text/tokenize.ts';
import type { SkillMatch } from './match-skills.ts';
import {
  type AliasEntry,
  aliasWritten,
  SKILL_INDEX,
  type SkillIndex,
  wordsOnce,
} from './skill-index.ts';

/** A noun as German writes it: a capital, then lower-case letters only (folded). */
const NOUN = /^[A-Z][a-z]+$/;
/** Compounds read at most this long: a longer word is no compound of names. */
const MAX_COMPOUND = 40;
/**
 * A name found at the end of a compound has at least this many letters ("dokumentation"): a
 * shorter one is too often the end of another word ("Projektevaluation" is no valuation).
 */
const MIN_TAIL = 10;
/** What a compound adds before a name it ends with, at least ("Teil" of "Teilprojektsteuerung"). */
const MIN_PREFIX = 3;
/**
 * Words that end a compound whose first part is the name itself: "Projektmanagementerfahrung",
 * "Datenbankkenntnisse", "Pythonkenntnisse" (folded, lower case).
 */
const HEADS = [
  'erfahrungen',
  'erfahrung',
  'kenntnissen',
  'kenntnisse',
  'fahigkeiten',
  'fahigkeit',
  'kompetenzen',
  'kompetenz',
  'methoden',
  'entwicklung',
  'wissen',
] as const;

/** Function words of German and of English (folded, lower case). */
const GERMAN_WORDS = new Set([
  'der',
  'die',
  'das',
  'und',
  'mit',
  'fur',
  'ein',
  'eine',
  'wir',
  'sie',
]);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'with', 'for', 'to', 'we', 'you']);
/** Words read at most to tell the language, and German words needed at least. */
const LANGUAGE_WORDS = 5_000;
const MIN_GERMAN = 8;

/**
 * Whether a text is written mostly in German, by its first words: English compounds a capital
 * word differently ("Paleontology", "Microeconomics"). Unlike `writtenLanguage`, a posting half
 * in English (a German one quoting its English tools and duties) still counts as German when
 * more of its function words are.
 */
const writtenInGerman = (tokens: readonly Token[]): boolean => {
  let german = 0;
  let english = 0;
  const n = Math.min(tokens.length, LANGUAGE_WORDS);
  for (let i = 0; i < n; i++) {
    const word = (tokens[i] as Token).norm;
    if (GERMAN_WORDS.has(word)) german++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  return german >= MIN_GERMAN && german > english;
};

/** The index's one-word names of letters only, of {@link MIN_TAIL} letters or more. */
const longNamesOf = wordsOnce((e) => {
  const word = e.tokens[0] as string;
  return e.tokens.length === 1 && word.length >= MIN_TAIL && /^[a-z]+$/.test(word)
    ? word
    : undefined;
});

/** The name a compound noun ends with or begins with, when it is no name itself. */
const nameInCompound = (word: string, index: SkillIndex): AliasEntry | undefined => {
  const tails = longNamesOf(index);
  // The longest name at the end: "Softwareprojektmanagement" is project management.
  for (let p = MIN_PREFIX; p <= word.length - MIN_TAIL; p++) {
    const tail = word.slice(p);
    if (tails.has(tail)) return aliasWritten(index, [tail]);
  }
  for (const head of HEADS) {
    if (!word.endsWith(head)) continue;
    const name = word.slice(0, word.length - head.length);
    if (name.length < MIN_PREFIX) return undefined;
    return aliasWritten(index, [name]);
  }
  return undefined;
};

/**
 * Finds names inside German compound nouns: a name at the end of the compound
 * ("Teilprojektsteuerung", "Projektdokumentation", "Verkehrsdatenanalyse") or a name before a
 * word of knowing or doing ("Projektmanagementerfahrung", "Datenbankkenntnisse"). Only a
 * capitalised word of letters that is no name itself is read, a bounded number of slices each:
 * linear.
 */
export const matchCompoundWords = (
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  if (!writtenInGerman(tokens)) return out;
  for (const token of tokens) {
    const length = token.raw.length;
    if (length < MIN_PREFIX + MIN_TAIL || length > MAX_COMPOUND || !NOUN.test(token.raw)) continue;
    if (index.has(token.norm)) continue;
    const entry = nameInCompound(token.norm, index);
    if (entry !== undefined)
      out.push({ skill: entry.skill.name, start: token.start, end: token.end });
  }
  return out;
};
