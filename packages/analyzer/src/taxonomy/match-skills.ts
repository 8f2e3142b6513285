import type { Token } from '../text/tokenize.ts';
import type { AliasEntry, SkillIndex } from './skill-index.ts';
import { aliasesStartingWith, SKILL_INDEX } from './skill-index.ts';

/** A skill found in a text: which skill and where (offsets in the folded text). */
export interface SkillMatch {
  skill: string;
  start: number;
  end: number;
}

/** Characters that may not sit right next to a short or case-sensitive name. */
const BAD_EDGE = new Set([...`&'’-_@`].map((c) => c.charCodeAt(0)));
const isBadEdge = (text: string, at: number): boolean =>
  at >= 0 && at < text.length && BAD_EDGE.has(text.charCodeAt(at));
/**
 * A French or Italian article or pronoun elided onto the name ("l’API", "d’AWS", "qu’Airflow",
 * "dell’UX"): its apostrophe is the end of another word, not part of the name.
 */
const ELIDED_BEFORE =
  /(?:^|[^\p{L}])(?:[cdjlmnst]|qu|lorsqu|puisqu|jusqu|quoiqu|dell|dall|nell|sull|all|coll|un)['’]$/iu;
const isElidedBefore = (text: string, at: number): boolean =>
  ELIDED_BEFORE.test(text.slice(Math.max(0, at - 8), at));
/**
 * Text between two tokens that ends a phrase: punctuation, bullets, blank lines, columns (three
 * spaces inside a line). Spaces after a line break indent a wrapped line: the phrase goes on.
 */
const PHRASE_BREAK = /[.!?;:,()[\]{}|•▪●◦‣∙*\t]|\n\s*\n|(?<![\n ]) {3,}/;
/** A gap longer than this between two tokens ends a phrase (and keeps each check O(1)). */
const MAX_GAP = 16;

const breaksPhrase = (text: string, from: number, to: number): boolean =>
  to - from > MAX_GAP || PHRASE_BREAK.test(text.slice(from, to));

/** Single letters one space apart ("S O F T W A R E"): a spaced-out word, never a name. */
const SPACED_RUN = 4;
/** A spacing accent a PDF leaves after a letter it belongs with: "R´esum´e" for "Résumé". */
const SPACING_ACCENT = /^[´`¨ˆ˜]\p{L}/u;

const isOneLetter = (text: string, at: number): boolean =>
  /\p{L}/u.test(text[at] ?? '') &&
  !/\p{L}/u.test(text[at - 1] ?? '') &&
  !/\p{L}/u.test(text[at + 1] ?? '');

/**
 * Whether the one-letter token at `at` is a letter of a spaced-out word ("S O F T W A R E",
 * "R y a n") or of a word whose accent came apart ("R´esum´e"): it then names no skill (`R`,
 * `C`). At most {@link SPACED_RUN} letters are read on each side.
 */
const isSpacedLetter = (text: string, at: number): boolean => {
  if (SPACING_ACCENT.test(text.slice(at + 1, at + 3))) return true;
  let run = 1;
  for (let k = at - 2; run < SPACED_RUN && text[k + 1] === ' ' && isOneLetter(text, k); k -= 2)
    run++;
  for (let k = at + 2; run < SPACED_RUN && text[k - 1] === ' ' && isOneLetter(text, k); k += 2)
    run++;
  return run >= SPACED_RUN;
};

/** How many fragments a broken capitals run is read for on each side of a name. */
const FRAGMENT_READ = 6;
const isCapital = (c: string | undefined): boolean =>
  c !== undefined && /\p{Lu}/u.test(c) && c.toLowerCase() !== c;
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** The start of the fragment of one to four capitals that ends at `at` (exclusive), or -1. */
const fragmentBefore = (text: string, at: number): number => {
  let k = at;
  while (k > at - 5 && isCapital(text[k - 1])) k--;
  return at - k >= 1 && at - k <= 4 && !isLetter(text[k - 1]) ? k : -1;
};

/** The end of the fragment of one to four capitals that starts at `at`, or -1. */
const fragmentAfter = (text: string, at: number): number => {
  let k = at;
  while (k < at + 5 && isCapital(text[k])) k++;
  return k - at >= 1 && k - at <= 4 && !isLetter(text[k]) ? k : -1;
};

/**
 * Whether the name at `start`..`end` is a fragment of a capitalised word a PDF broke apart at
 * uneven places ("TRIBUNAL C AL IFIC ADO R", "P R ES I D EN TA", "A JU N TA M EN T"): capital
 * fragments of one to four letters one space apart, at least four of them, two of one letter
 * and two that start no name. A list of names ("C R SQL SAS") is all names. At most
 * {@link FRAGMENT_READ} fragments are read on each side.
 */
const isBrokenCapitals = (text: string, start: number, end: number, index: SkillIndex): boolean => {
  // A fragment has a neighbour one space away: most names have none, and cost nothing more.
  if (end - start > 4 || (text[start - 1] !== ' ' && text[end] !== ' ')) return false;
  if (fragmentAfter(text, start) !== end) return false;
  let fragments = 1;
  let single = end - start === 1 ? 1 : 0;
  // Pieces of a word are mostly no names; a list of names ("C R SQL SAS") is all names.
  let unnamed = 0;
  const count = (from: number, to: number): void => {
    fragments++;
    if (to - from === 1) single++;
    if (!index.has(text.slice(from, to).toLowerCase())) unnamed++;
  };
  for (let at = start, n = 0; n < FRAGMENT_READ && text[at - 1] === ' '; n++) {
    const from = fragmentBefore(text, at - 1);
    if (from < 0) break;
    count(from, at - 1);
    at = from;
  }
  for (let at = end, n = 0; n < FRAGMENT_READ && text[at] === ' '; n++) {
    const to = fragmentAfter(text, at + 1);
    if (to < 0) break;
    count(at + 1, to);
    at = to;
  }
  return fragments >= 4 && single >= 2 && unnamed >= 2;
};

/**
 * A word a compound puts after a name: it is the name's, as `Git-based` is Git's; in German,
 * Dutch and the Nordic languages too (`REST-basierten`, `REST-baserte`, `SQL-gebaseerde`).
 */
const COMPOUND_SUFFIX =
  /^-(?:based|driven|powered|compatible|enabled|backed|centric|basiert(?:e[mnrs]?)?|gestützt(?:e[mnrs]?)?|basert[e]?|baserad[e]?|baseret?|gebaseerde?)(?![\p{L}])/iu;

const tokenEquals = (entry: AliasEntry, expected: string, token: Token): boolean =>
  entry.caseSensitive
    ? token.raw === expected || token.rawBase === expected
    : token.norm === expected || token.base === expected;

const matchesAt = (
  text: string,
  tokens: readonly Token[],
  i: number,
  entry: AliasEntry,
  index: SkillIndex,
): boolean => {
  const n = entry.tokens.length;
  if (i + n > tokens.length) return false;
  for (let k = 0; k < n; k++)
    if (!tokenEquals(entry, entry.tokens[k] as string, tokens[i + k] as Token)) return false;
  // The words first: many names share their first words ("gestion de ..."), few all of them.
  for (let k = 1; k < n; k++)
    if (breaksPhrase(text, (tokens[i + k - 1] as Token).end, (tokens[i + k] as Token).start))
      return false;
  const first = tokens[i] as Token;
  const last = tokens[i + n - 1] as Token;
  // The second half of a hyphenated compound names no skill: `self-supervised learning`.
  if (text[first.start - 1] === '-' && /\p{L}/u.test(text[first.start - 2] ?? '')) return false;
  if (!entry.strictEdges) return true;
  if (entry.caseSensitive && last.end - first.start === 1 && isSpacedLetter(text, first.start))
    return false;
  if (entry.caseSensitive && n === 1 && isBrokenCapitals(text, first.start, last.end, index))
    return false;
  if (isBadEdge(text, first.start - 1) && !isElidedBefore(text, first.start)) return false;
  if (!isBadEdge(text, last.end)) return true;
  const after = text.slice(last.end, last.end + 8);
  // A German compound names the skill first: `SQL-Kenntnisse`, `ETL-Prozesse`, `AWS-Umgebung`
  // (not a one-letter name: `C-Suite`).
  if (last.end - first.start >= 2 && /^-\p{Lu}\p{Ll}{4}/u.test(after)) return true;
  // A compound on the name: `Git-based workflows`, `SSR-compatible`, `REST-basierten` (COMPOUND_SUFFIX).
  if (COMPOUND_SUFFIX.test(text.slice(last.end, last.end + 12))) return true;
  return /^['’]s(?![\p{L}])/u.test(after);
};

/** Words that end a date range: "2023 – Present", "2019-now", "2020 – actualidad". */
const DATE_END_WORDS: ReadonlySet<string> = new Set([
  'present',
  'current',
  'now',
  'today',
  'presente',
  'actualidad',
  'atual',
  'heute',
]);
/** A year or a digit, then a dash: what comes before a date range's end. */
const RANGE_DASH_BEFORE = /(?:\d)\s*[–—-]\s*$/;
/** Characters read before a word for {@link RANGE_DASH_BEFORE}. */
const RANGE_READ = 8;

/**
 * Whether the token ends a date range ("January 2023 – Present"): it starts no name, so "Present
 * \nResearch Assistant" leaves the next line's "Research Assistant" to be read.
 */
const endsDateRange = (text: string, token: Token): boolean =>
  DATE_END_WORDS.has(token.norm) &&
  RANGE_DASH_BEFORE.test(text.slice(Math.max(0, token.start - RANGE_READ), token.start));

/**
 * Finds every alias occurrence in folded text, leftmost-longest: a token used by a longer
 * name (`Spring Boot`) is not matched again by a shorter one (`Spring`).
 */
export const matchSkills = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (endsDateRange(text, token)) {
      i++;
      continue;
    }
    const candidates = aliasesStartingWith(
      index.get(token.norm) ?? index.get(token.base) ?? [],
      tokens,
      i,
    );
    let used = 0;
    for (const entry of candidates) {
      if (matchesAt(text, tokens, i, entry, index)) {
        const last = tokens[i + entry.tokens.length - 1] as Token;
        out.push({ skill: entry.skill.name, start: token.start, end: last.end });
        used = entry.tokens.length;
        break;
      }
    }
    i += used > 0 ? used : 1;
  }
  return out;
};

/**
 * Which matches of `matches` give way to a match of `extra` that covers them: any (`MVC` in
 * `Spring (MVC)`), or only those of the same skill (the bare, ambiguous "documentation" in
 * "writing detailed documentation").
 */
export type CoveredMatches = 'drop' | 'drop-same-skill';

/** Merges two lists of matches, each in text order, in one pass. */
export const mergeMatches = (
  matches: readonly SkillMatch[],
  extra: readonly SkillMatch[],
  covered: CoveredMatches,
): readonly SkillMatch[] => {
  if (extra.length === 0) return matches;
  const out: SkillMatch[] = [];
  let e = 0;
  for (const m of matches) {
    while (e < extra.length && (extra[e] as SkillMatch).end <= m.start) {
      out.push(extra[e] as SkillMatch);
      e++;
    }
    const next = extra[e];
    const inside = next !== undefined && m.start >= next.start && m.end <= next.end;
    if (inside && (covered === 'drop' || m.skill === next.skill)) continue;
    out.push(m);
  }
  for (; e < extra.length; e++) out.push(extra[e] as SkillMatch);
  return out;
};
