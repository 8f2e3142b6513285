import { gapAfter, type Token } from '../text/tokenize.ts';
import type { SkillMatch } from './match-skills.ts';
import { aliasWritten, lastWordsOfNames, SKILL_INDEX, type SkillIndex } from './skill-index.ts';

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
 * together must be a skill's alias. Reads a bounded number of words per "of": linear.
 */
export const matchInvertedNames = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  const heads = lastWordsOfNames(index);
  const gap = (k: number): string => gapAfter(text, tokens, k);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'of') continue;
    const head = tokens[i - 1] as Token;
    if (!heads.has(head.norm) || gap(i - 1) !== ' ' || gap(i) !== ' ') continue;
    // A head that ends a name of its own names that: "data management of your projects".
    const before = tokens[i - 2];
    if (before !== undefined && gap(i - 2) === ' ' && aliasWritten(index, [before.norm, head.norm]))
      continue;
    let first = i + 1;
    if (DETERMINERS.has((tokens[first] as Token).norm) && first + 1 < tokens.length) {
      if (gap(first) !== ' ') continue;
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
      if (next !== undefined && gap(first + n - 1) === ' ' && !AFTER_OBJECT.has(next.norm))
        continue;
      const object = words.slice(0, n).map((w) => w.norm);
      const last = object.length - 1;
      const singularObject = [...object.slice(0, last), singular(object[last] as string)];
      const entry =
        aliasWritten(index, [...object, head.norm]) ??
        aliasWritten(index, [...singularObject, head.norm]);
      if (entry === undefined) continue;
      out.push({ skill: entry.skill.name, start: head.start, end: (words[n - 1] as Token).end });
      break;
    }
  }
  return out;
};
