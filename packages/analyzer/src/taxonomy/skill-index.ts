import { appendTo } from '../text/append-to.ts';
import { foldAccents } from '../text/fold.ts';
import { tokenize } from '../text/tokenize.ts';
import { romanceVariants } from './romance-variants.ts';
import type { Skill } from './skill.types.ts';
import { spellingVariant } from './spelling-variants.ts';
import { SKILLS } from './taxonomy.ts';

/** One way of writing a skill, as a sequence of tokens. */
export interface AliasEntry {
  skill: Skill;
  /** Lowercased tokens, or tokens as written when caseSensitive. */
  tokens: readonly string[];
  caseSensitive: boolean;
  /** Short or case-sensitive names need clean edges: no `R&D`, `C-suite`, `go-to-market`. */
  strictEdges: boolean;
}

/** Alias entries keyed by their first token (lowercased), longest first. */
export type SkillIndex = ReadonlyMap<string, readonly AliasEntry[]>;

/** An alias's tokens as the index keeps them: lowercase, or as written when case-sensitive. */
export const toTokens = (alias: string, caseSensitive: boolean): string[] =>
  tokenize(foldAccents(alias)).map((t) => (caseSensitive ? t.raw : t.norm));

/** Word endings of countable nouns whose plural names the same thing ("visualizations"). */
const COUNTABLE_ENDING = /^[a-z]{3,}(?:tion|sion|ment|ance|ence|line|board|ture|vice|ogy|ity)$/;

/**
 * Trait nouns ending a name of two words or more ("strategic thinker", "problem solver"): their
 * plural names the same trait ("strategic thinkers"). Role nouns stay out: "product owners"
 * and "technical writers" are mostly the colleagues a posting names.
 */
const TRAIT_ENDING =
  /^(?:thinker|communicator|learner|solver|player|starter|speaker|presenter|negotiator|planner|organi[sz]er|listener|collaborator)$/;

/**
 * The plural of an alias's last word, when it is a countable noun (`data pipeline` ->
 * `pipelines`) or a trait noun ending a longer name (`problem solver` -> `solvers`).
 */
const pluralOf = (tokens: readonly string[]): string[] | undefined => {
  const last = tokens[tokens.length - 1] ?? '';
  if (!COUNTABLE_ENDING.test(last) && !(tokens.length > 1 && TRAIT_ENDING.test(last)))
    return undefined;
  const plural = /(?:og|it)y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...tokens.slice(0, -1), plural];
};

/** A word of a two-word name, as the name is written run together ("opensource", "timeseries"). */
const JOINABLE = /^[a-z][a-z0-9]{2,}$/;

/** A two-word name run together into one word of 8 letters or more: `open source` -> `opensource`. */
const joinedOf = (tokens: readonly string[]): string[] | undefined => {
  const [a, b] = tokens;
  if (tokens.length !== 2 || a === undefined || b === undefined) return undefined;
  if (!JOINABLE.test(a) || !JOINABLE.test(b) || a.length + b.length < 8) return undefined;
  return [`${a}${b}`];
};

/** Builds the lookup index of every alias of the given skills. */
export const buildSkillIndex = (skills: readonly Skill[]): SkillIndex => {
  const index = new Map<string, AliasEntry[]>();
  /**
   * Other forms of the aliases: plurals, the other English spelling, Romance variants, two
   * words run together.
   */
  const forms: [Skill, string[]][] = [];
  const add = (skill: Skill, tokens: readonly string[], caseSensitive: boolean): void => {
    const first = tokens[0];
    if (first === undefined) return;
    const strictEdges = caseSensitive || (tokens.length === 1 && first.length <= 3);
    const key = first.toLowerCase();
    appendTo(index, key, { skill, tokens, caseSensitive, strictEdges });
  };
  for (const skill of skills) {
    for (const alias of skill.aliases) {
      const tokens = toTokens(alias, false);
      add(skill, tokens, false);
      const plural = pluralOf(tokens);
      if (plural !== undefined) forms.push([skill, plural]);
      for (const form of [tokens, plural]) {
        const other = form === undefined ? undefined : spellingVariant(form);
        if (other !== undefined) forms.push([skill, other]);
      }
      for (const variant of romanceVariants(tokens)) forms.push([skill, variant]);
      const joined = joinedOf(tokens);
      if (joined !== undefined) forms.push([skill, joined]);
    }
    for (const alias of skill.caseSensitiveAliases) add(skill, toTokens(alias, true), true);
  }
  // The other forms last, and only where no skill already names that form.
  const written = new Set<string>();
  for (const list of index.values()) for (const e of list) written.add(e.tokens.join(' '));
  for (const [skill, form] of forms) {
    if (written.has(form.join(' '))) continue;
    written.add(form.join(' '));
    add(skill, form, false);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
};

/** The index of the whole taxonomy, built once. */
export const SKILL_INDEX: SkillIndex = buildSkillIndex(SKILLS);

/** Each index's case-insensitive aliases by their words joined with spaces, built once. */
const writtenAliases = new WeakMap<SkillIndex, ReadonlyMap<string, AliasEntry>>();

/** The case-insensitive alias written exactly as these words (lowercase), if any. */
export const aliasWritten = (
  index: SkillIndex,
  words: readonly string[],
): AliasEntry | undefined => {
  let written = writtenAliases.get(index);
  if (written === undefined) {
    const map = new Map<string, AliasEntry>();
    for (const entries of index.values())
      for (const e of entries) {
        const key = e.tokens.join(' ');
        if (!e.caseSensitive && !map.has(key)) map.set(key, e);
      }
    written = map;
    writtenAliases.set(index, written);
  }
  return written.get(words.join(' '));
};

/** A list of aliases split by their word at one position, each list longest first. */
interface WordLists {
  byWord: ReadonlyMap<string, readonly AliasEntry[]>;
  /** The aliases with no word at that position, for a word no alias has there. */
  shorter: readonly AliasEntry[];
}
/** Per list of aliases, its split at the second word ([1]), the third ([2]) and so on. */
const splits = new WeakMap<readonly AliasEntry[], (WordLists | undefined)[]>();

/**
 * Splits a list of aliases (longest first) by their word at `position` (lowercase). Each
 * word's list keeps the list's order and ends with the aliases too short to have a word there,
 * so it stays longest first. Built once per list and position.
 */
const splitByWordAt = (entries: readonly AliasEntry[], position: number): WordLists => {
  const built = splits.get(entries) ?? [];
  const known = built[position];
  if (known !== undefined) return known;
  const shorter = entries.filter((e) => e.tokens.length <= position);
  const byWord = new Map<string, AliasEntry[]>();
  for (const e of entries) {
    const word = e.tokens[position]?.toLowerCase();
    if (word === undefined) continue;
    appendTo(byWord, word, e);
  }
  for (const list of byWord.values()) list.push(...shorter);
  const lists = { byWord, shorter };
  built[position] = lists;
  splits.set(entries, built);
  return lists;
};

/** Lists of at least this many aliases are split by their second word. */
const SPLIT_SECOND = 2;
/** Lists longer than this are split by the next word too. */
const SPLIT_FURTHER = 32;
/** The last word position a list is split by: the fifth word. */
const SPLIT_DEEPEST = 4;

/** A word of the text as the index compares it: its lowercase form and its base. */
interface WordForms {
  norm: string;
  base: string;
}

/**
 * The aliases that may start at word `i` of `words`, given the words after it: only those whose
 * second word is the next word, and those of one word; where many names share their first
 * words ("gestion de la ..."), only those whose next word is the one after, and so on while the
 * list stays long (to the fifth word). Each is read in constant time after the first.
 */
export const aliasesStartingWith = (
  entries: readonly AliasEntry[],
  words: readonly WordForms[],
  i: number,
): readonly AliasEntry[] => {
  let list = entries;
  for (let position = 1; position <= SPLIT_DEEPEST; position++) {
    if (list.length < (position === 1 ? SPLIT_SECOND : SPLIT_FURTHER + 1)) return list;
    const word = words[i + position];
    if (word === undefined) return list;
    const { byWord, shorter } = splitByWordAt(list, position);
    const byNorm = byWord.get(word.norm);
    const byBase = word.base === word.norm ? undefined : byWord.get(word.base);
    // A word whose two forms both follow names (`IRBs`, `irb`) needs both lists: read them all.
    if (byNorm !== undefined && byBase !== undefined) return list;
    list = byNorm ?? byBase ?? shorter;
  }
  return list;
};

/** A set of words read from an index once and kept as long as the index lives. */
export const wordsOnce = (
  pick: (entry: AliasEntry) => string | undefined,
): ((index: SkillIndex) => ReadonlySet<string>) => {
  const built = new WeakMap<SkillIndex, ReadonlySet<string>>();
  return (index) => {
    let words = built.get(index);
    if (words === undefined) {
      const found = new Set<string>();
      for (const entries of index.values())
        for (const e of entries) {
          const word = e.caseSensitive ? undefined : pick(e);
          if (word !== undefined) found.add(word);
        }
      words = found;
      built.set(index, words);
    }
    return words;
  };
};

/** The first words of the index's two-word, case-insensitive aliases ("data" of "data cleaning"). */
export const firstWordsOfPairs = wordsOnce((e) =>
  e.tokens.length === 2 ? e.tokens[0] : undefined,
);

/** The last words of the index's case-insensitive aliases of several words ("testing"). */
export const lastWordsOfNames = wordsOnce((e) =>
  e.tokens.length > 1 ? e.tokens[e.tokens.length - 1] : undefined,
);
