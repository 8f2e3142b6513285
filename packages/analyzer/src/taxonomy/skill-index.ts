import { foldAccents } from '../text/fold.ts';
import { tokenize } from '../text/tokenize.ts';
import { romanceVariants } from './romance-variants.ts';
import type { Skill } from './skill.types.ts';
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

const toTokens = (alias: string, caseSensitive: boolean): string[] =>
  tokenize(foldAccents(alias)).map((t) => (caseSensitive ? t.raw : t.norm));

/** Word endings of countable nouns whose plural names the same thing ("visualizations"). */
const COUNTABLE_ENDING = /^[a-z]{3,}(?:tion|sion|ment|ance|ence|line|board|ture|vice|ogy|ity)$/;

/** The plural of an alias's last word, when it is such a noun: `data pipeline` -> `pipelines`. */
const pluralOf = (tokens: readonly string[]): string[] | undefined => {
  const last = tokens[tokens.length - 1] ?? '';
  if (!COUNTABLE_ENDING.test(last)) return undefined;
  const plural = /(?:og|it)y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...tokens.slice(0, -1), plural];
};

/** Builds the lookup index of every alias of the given skills. */
export const buildSkillIndex = (skills: readonly Skill[]): SkillIndex => {
  const index = new Map<string, AliasEntry[]>();
  const plurals: [Skill, string[]][] = [];
  const add = (skill: Skill, tokens: readonly string[], caseSensitive: boolean): void => {
    const first = tokens[0];
    if (first === undefined) return;
    const strictEdges = caseSensitive || (tokens.length === 1 && first.length <= 3);
    const key = first.toLowerCase();
    const list = index.get(key) ?? [];
    list.push({ skill, tokens, caseSensitive, strictEdges });
    index.set(key, list);
  };
  for (const skill of skills) {
    for (const alias of skill.aliases) {
      const tokens = toTokens(alias, false);
      add(skill, tokens, false);
      const plural = pluralOf(tokens);
      if (plural !== undefined) plurals.push([skill, plural]);
      for (const variant of romanceVariants(tokens)) plurals.push([skill, variant]);
    }
    for (const alias of skill.caseSensitiveAliases) add(skill, toTokens(alias, true), true);
  }
  // Plurals and other forms last, and only where no skill already names that form.
  const written = new Set<string>();
  for (const list of index.values()) for (const e of list) written.add(e.tokens.join(' '));
  for (const [skill, plural] of plurals) {
    if (written.has(plural.join(' '))) continue;
    written.add(plural.join(' '));
    add(skill, plural, false);
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

/** One first word's aliases split by their second word, each list longest first. */
interface SecondWordLists {
  bySecond: ReadonlyMap<string, readonly AliasEntry[]>;
  /** The aliases of one word, for a second word no alias has. */
  single: readonly AliasEntry[];
}
const secondWordLists = new WeakMap<readonly AliasEntry[], SecondWordLists>();

const splitBySecondWord = (entries: readonly AliasEntry[]): SecondWordLists => {
  let lists = secondWordLists.get(entries);
  if (lists !== undefined) return lists;
  const single = entries.filter((e) => e.tokens.length === 1);
  const bySecond = new Map<string, AliasEntry[]>();
  for (const e of entries) {
    const second = e.tokens[1]?.toLowerCase();
    if (second === undefined) continue;
    const list = bySecond.get(second) ?? [];
    list.push(e);
    bySecond.set(second, list);
  }
  // Entries keep the index's order (longest first); one-word aliases come last in each list.
  for (const list of bySecond.values()) list.push(...single);
  lists = { bySecond, single };
  secondWordLists.set(entries, lists);
  return lists;
};

/**
 * The aliases that may start at a word, given the word after it (its lowercase form and base):
 * only those whose second word is that word, and those of one word. Keeps a lookup short where
 * many names share a first word ("gestion de ..."): each is read in constant time after the first.
 */
export const aliasesStartingWith = (
  entries: readonly AliasEntry[],
  next: string | undefined,
  nextBase: string | undefined,
): readonly AliasEntry[] => {
  if (entries.length < 8 || next === undefined) return entries;
  const { bySecond, single } = splitBySecondWord(entries);
  return (
    bySecond.get(next) ?? (nextBase === undefined ? undefined : bySecond.get(nextBase)) ?? single
  );
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
