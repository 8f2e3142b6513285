import { gapAfter, isCapitalised, type Token } from '../text/tokenize.ts';
import type { SkillMatch } from './match-skills.ts';
import {
  type AliasEntry,
  aliasWritten,
  lastWordsOfNames,
  SKILL_INDEX,
  type SkillIndex,
} from './skill-index.ts';

/** Words that may stand between "of" and the object: "management of the budget". */
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'your', 'all', 'new']);
/** At most this many words of the object after "of" (and its determiner). */
const MAX_OBJECT_WORDS = 2;
/** Words that may follow a whole object: "management of projects and budgets". */
const AFTER_OBJECT = new Set([
  'and',
  'or',
  'in',
  'for',
  'with',
  'to',
  'on',
  'at',
  'by',
  'from',
  'using',
  'across',
  'within',
  'through',
  'that',
  'which',
  'as',
  'including',
]);

/** A plural noun's singular, as a name writes it before its head: "projects" -> "project". */
const singular = (word: string): string => {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
};

/**
 * Finds names written the other way round, with "of": "management of projects" names what
 * "project management" names, "design of APIs" API Design, "automation of tests" Test
 * Automation. The word before "of" must end some name of several words; the object is one
 * or two words after "of" (a determiner aside), as written or in the singular, and the two
 * together must be a skill's alias. Heads joined before it share the object ("the design and
 * testing of APIs" names API Design too). Reads a bounded number of words per "of": linear.
 */
export const matchInvertedNames = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  const heads = lastWordsOfNames(index);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'of') continue;
    const head = tokens[i - 1] as Token;
    if (!heads.has(head.norm) || gapAfter(text, tokens, i - 1) !== ' ') continue;
    // A head that ends a name of its own names that: "data management of your projects".
    const before = tokens[i - 2];
    if (
      before !== undefined &&
      gapAfter(text, tokens, i - 2) === ' ' &&
      aliasWritten(index, [before.norm, head.norm])
    )
      continue;
    const found = objectOf(text, tokens, i, head.norm, index);
    if (found === undefined) continue;
    out.push({ skill: found.entry.skill.name, start: head.start, end: found.end });
    // Earlier heads share the object only when this head names a skill with it: "the design
    // and testing of APIs", but "development and implementation of a web-scraping package"
    // shares nothing.
    for (const earlier of headsBefore(text, tokens, i)) {
      const shared = objectOf(text, tokens, i, earlier.norm, index);
      if (shared !== undefined)
        out.push({ skill: shared.entry.skill.name, start: earlier.start, end: earlier.end });
    }
  }
  return out;
};

/**
 * The alias that `head` and the object after the "of" at `i` make ("management" and "of
 * projects": project management), and where the object ends.
 */
const objectOf = (
  text: string,
  tokens: readonly Token[],
  i: number,
  head: string,
  index: SkillIndex,
): { entry: AliasEntry; end: number } | undefined => {
  const gap = (k: number): string => gapAfter(text, tokens, k);
  if (gap(i) !== ' ') return undefined;
  let first = i + 1;
  if (DETERMINERS.has((tokens[first] as Token).norm) && first + 1 < tokens.length) {
    if (gap(first) !== ' ') return undefined;
    first++;
  }
  const words: Token[] = [];
  for (let k = first; k < tokens.length && words.length < MAX_OBJECT_WORDS; k++) {
    if (k > first && gap(k - 1) !== ' ') break;
    words.push(tokens[k] as Token);
  }
  // The longest object first: "management of data pipelines" before "of data".
  for (let n = words.length; n >= 1; n--) {
    // The object is all of its noun phrase: "support of our technical infrastructure" is no
    // technical support.
    const next = first + n < tokens.length ? (tokens[first + n] as Token) : undefined;
    if (next !== undefined && gap(first + n - 1) === ' ' && !AFTER_OBJECT.has(next.norm)) continue;
    const object = words.slice(0, n).map((w) => w.norm);
    const last = object.length - 1;
    const singularObject = [...object.slice(0, last), singular(object[last] as string)];
    const entry =
      aliasWritten(index, [...object, head]) ?? aliasWritten(index, [...singularObject, head]);
    if (entry !== undefined) return { entry, end: (words[n - 1] as Token).end };
  }
  return undefined;
};

/**
 * Prepositions that join a head to its complement in French, Spanish, Italian, Portuguese and
 * Catalan names: "gestion de projets", "gestione dei progetti", "gestão de projetos".
 */
const COMPLEMENT_PREPOSITIONS = new Set([
  'de',
  'd',
  'des',
  'du',
  'del',
  'dels',
  'di',
  'dei',
  'della',
  'delle',
  'degli',
  'da',
  'do',
  'dos',
  'das',
]);
/** Words that join two heads: "gestion et suivi", "diseño y desarrollo", "gestão e acompanhamento". */
const HEAD_JOINERS = new Set(['et', 'y', 'e', 'i', 'ou', 'and', 'or']);
/** Articles that may stand before a head: "la conception et la gestion de ...". */
const HEAD_ARTICLES = new Set(['le', 'la', 'les', 'l', 'el', 'los', 'las', 'il', 'lo', 'the']);
/** At most this many heads share one complement, and words of the complement are read. */
const MAX_HEADS = 4;
const MAX_COMPLEMENT_WORDS = 4;

/**
 * Finds names whose complement is written once for several heads, as Romance languages list
 * them: "gestion et suivi de projets" names what "gestion de projets" names, "conception,
 * développement et maintenance d'applications web" what "développement d'applications web"
 * does. The head next to the complement is matched as usual; each earlier head (one word, an
 * article aside) counts only when it and the complement, as written, are a skill's alias.
 * Reads a bounded number of words around each preposition: linear. English writes such names
 * with "of", and {@link matchInvertedNames} reads their shared heads.
 */
export const matchSharedComplements = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  for (let i = 3; i + 1 < tokens.length; i++) {
    if (!COMPLEMENT_PREPOSITIONS.has((tokens[i] as Token).norm)) continue;
    if (gapAfter(text, tokens, i - 1) !== ' ') continue;
    // The complement: the preposition and the words after it ("d'applications web").
    const complement: string[] = [(tokens[i] as Token).norm];
    for (let k = i + 1; k < tokens.length && complement.length <= MAX_COMPLEMENT_WORDS; k++) {
      const before = gapAfter(text, tokens, k - 1);
      if (before !== ' ' && before !== "'" && before !== '’') break;
      complement.push((tokens[k] as Token).norm);
    }
    if (complement.length < 2) continue;
    for (const head of headsBefore(text, tokens, i))
      for (let n = complement.length; n >= 2; n--) {
        const entry = aliasWritten(index, [head.norm, ...complement.slice(0, n)]);
        if (entry === undefined) continue;
        out.push({ skill: entry.skill.name, start: head.start, end: head.end });
        break;
      }
  }
  return out;
};

/**
 * The heads joined before the head that ends at the preposition or "of" at `i`, nearest first:
 * "gestion" in "gestion et suivi de", "conception" and "développement" in "conception,
 * développement et maintenance de", "design" in "the design and the testing of". One word each,
 * an article aside; capitalised heads beside capitalised ones name a degree or a department
 * ("Gestión y Sistemas de Información") and end the walk.
 */
const headsBefore = (text: string, tokens: readonly Token[], i: number): Token[] => {
  const isSpace = (k: number): boolean => gapAfter(text, tokens, k) === ' ';
  const isArticle = (k: number): boolean =>
    k >= 0 && HEAD_ARTICLES.has((tokens[k] as Token).norm) && isSpace(k);
  let k = i - 1;
  if (isArticle(k - 1)) k--;
  const heads: Token[] = [];
  let joined = false;
  for (let h = 0; h < MAX_HEADS && k >= 2; h++) {
    let j = k - 1;
    const separator = gapAfter(text, tokens, j);
    if (!joined && separator === ' ' && HEAD_JOINERS.has((tokens[j] as Token).norm)) {
      if (!isSpace(j - 1)) break;
      joined = true;
      j--;
    } else if (!(joined && /^, ?$/.test(separator))) break;
    const head = tokens[j] as Token;
    if (HEAD_ARTICLES.has(head.norm)) break;
    if (isCapitalised(head) && isCapitalised(tokens[k] as Token)) break;
    heads.push(head);
    k = j;
    if (isArticle(k - 1)) k--;
  }
  return heads;
};
