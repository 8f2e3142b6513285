import { matchCompoundWords } from '../taxonomy/compound-words.ts';
import {
  matchGroupedNames,
  matchSharedModifiers,
  matchSharedNouns,
  matchSuspendedCompounds,
  withGroupedNames,
} from '../taxonomy/grouped-names.ts';
import { matchInvertedNames, matchSharedComplements } from '../taxonomy/inverted-names.ts';
import { matchJointNames } from '../taxonomy/joint-names.ts';
import { matchSkills, mergeMatches, type SkillMatch } from '../taxonomy/match-skills.ts';
import { dropNegativeContexts } from '../taxonomy/negative-contexts.ts';
import { languagesConfirmedInPlace } from '../taxonomy/positive-contexts.ts';
import { SOFTWARE_CATEGORIES } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { matchVerbObjects } from '../taxonomy/verb-objects.ts';
import { blankLinks } from './blank-links.ts';
import { foldAccents } from './fold.ts';
import { indexSentences, type SentenceIndex } from './sentences.ts';
import { tokenize } from './tokenize.ts';

export { blankLinks } from './blank-links.ts';

/** A text prepared for analysis: original (NFC) and folded forms, with its skill matches. */
export interface ScannedText {
  /** The input, NFC-normalised, line endings unified: evidence is cut from it. */
  original: string;
  /** Same length as `original`, accents folded: offsets are shared. */
  folded: string;
  /** Skill matches, after the context rule, in text order. */
  matches: SkillMatch[];
  /**
   * The sentences of `original`, for evidence; when `blank` was given, as the blanked text shows
   * them (markup and debris as spaces, a block tag as a break; see {@link shownText}).
   */
  sentences: SentenceIndex;
}

/** Normalises line endings and odd spaces, NFC. */
export const cleanText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u00ad]/g, '');

/**
 * Drops matches of ambiguous skills (Spring, Swift, R...) when none of their related skills
 * (or skills that list them as related) is found in the same text without such doubt, nor one
 * of their multi-word aliases ("linux shell"), unless
 * the words around one of its matches already say it is meant (`text`: an ambiguous language
 * in a list of languages, "applications in Go"). Decided once per skill, so repeated mentions
 * cost nothing more.
 */
export const applyContextRule = (matches: readonly SkillMatch[], text = ''): SkillMatch[] => {
  const found = new Set<string>();
  for (const m of matches) found.add(m.skill);
  const certain = new Set<string>();
  for (const name of found) if (!SKILL_BY_NAME.get(name)?.needsContext) certain.add(name);
  if (text) {
    for (const m of matches) if (!certain.has(m.skill) && saysItself(m, text)) certain.add(m.skill);
  }
  const dropped = new Set<string>();
  for (const name of found) {
    if (!certain.has(name) && !inContext(name, certain)) dropped.add(name);
  }
  if (text && dropped.size > 0) {
    for (const name of languagesConfirmedInPlace(text, matches, dropped)) dropped.delete(name);
    for (const name of confirmedByListNeighbours(text, matches, dropped)) dropped.delete(name);
  }
  return dropped.size === 0 ? [...matches] : matches.filter((m) => !dropped.has(m.skill));
};

/**
 * What separates two items of one list: ", ", " / ", ", and ", " & ", a line break and a bullet
 * ("Miro\n- Slack"), each item maybe quoted (a YAML list: `- "Google Sheets"\n- "Slack"`).
 */
const LIST_ITEM_GAP =
  /^["'’”]?(?:\s?[,/;|&]\s?|,? (?:and|or) |[ \t]*\r?\n[ \t]*(?:[-*•·][ \t]*)?)["'‘“]?$/;

/** Kinds of software one lists side by side: "Ruby, .NET", "Java, Spring, PostgreSQL". */
const TECH_KINDS: ReadonlySet<string> = new Set([...SOFTWARE_CATEGORIES, 'data-ml']);

/**
 * Which of `candidates` (ambiguous skills the context rule would drop) stand in a list right
 * next to a kept skill of their own kind (certain, or confirmed by its context), software
 * counting as one kind: "Miro, Notion, Slack" names Slack the tool, "Python, R, SQL" R the
 * language, "Ruby, .NET" Ruby; or next to another of
 * `candidates` that is its kin: "Puppet or Chef". One look at each neighbour of each match:
 * linear.
 */
const confirmedByListNeighbours = (
  text: string,
  matches: readonly SkillMatch[],
  candidates: ReadonlySet<string>,
): Set<string> => {
  const found = new Set<string>();
  // A neighbour the rule keeps, certain or confirmed by its own context ("Puppet" beside Linux).
  const kindOf = (m: SkillMatch | undefined) =>
    m === undefined || candidates.has(m.skill) ? undefined : SKILL_BY_NAME.get(m.skill)?.category;
  matches.forEach((m, k) => {
    if (!candidates.has(m.skill) || found.has(m.skill)) return;
    const before = matches[k - 1];
    const after = matches[k + 1];
    // A mention of the same skill, or none, confirms nothing: a repeated line costs one look.
    if ((before?.skill ?? m.skill) === m.skill && (after?.skill ?? m.skill) === m.skill) return;
    const kind = SKILL_BY_NAME.get(m.skill)?.category;
    // Two ambiguous names, each the other's kin, confirm each other: "Puppet or Chef".
    const alike = (n: SkillMatch): boolean =>
      kindOf(n) === kind ||
      (TECH_KINDS.has(kindOf(n) ?? '') && TECH_KINDS.has(kind ?? '')) ||
      (candidates.has(n.skill) && n.skill !== m.skill && related(m.skill, n.skill));
    const nextTo =
      (before !== undefined &&
        alike(before) &&
        LIST_ITEM_GAP.test(text.slice(before.end, m.start))) ||
      (after !== undefined && alike(after) && LIST_ITEM_GAP.test(text.slice(m.end, after.start)));
    if (nextTo) found.add(m.skill);
  });
  return found;
};

/**
 * Whether a match of an ambiguous skill says by itself which thing is meant: a multi-word alias
 * of a tool or method ("linux shell"; a field's, like "public sector", may still be someone
 * else's) or an alias marked certain ("golang").
 */
export const saysItself = (m: SkillMatch, text: string): boolean => {
  const skill = SKILL_BY_NAME.get(m.skill);
  if (skill === undefined || m.end - m.start < 4) return false;
  const written = text.slice(m.start, m.end);
  if (skill.certainAliases.includes(written.toLowerCase())) return true;
  return skill.category !== 'domain' && /[\s-]/.test(written);
};

/** Whether one skill names the other among its related ones, either way. */
const related = (a: string, b: string): boolean =>
  (SKILL_BY_NAME.get(a)?.related.includes(b) ?? false) ||
  (SKILL_BY_NAME.get(b)?.related.includes(a) ?? false);

/** Whether an ambiguous skill has a related skill (either way) among the given ones. */
export const inContext = (name: string, certain: ReadonlySet<string>): boolean => {
  if (!SKILL_BY_NAME.has(name)) return false;
  for (const other of certain) if (related(name, other)) return true;
  return false;
};

/** The text with every match's characters replaced by spaces (same length and line breaks; linear). */
export const blankMatches = (text: string, matches: readonly SkillMatch[]): string => {
  let out = '';
  let at = 0;
  for (const m of matches) {
    if (m.end <= at) continue;
    const from = Math.max(at, m.start);
    out += text.slice(at, from) + ' '.repeat(m.end - from);
    at = m.end;
  }
  return out + text.slice(at);
};

/**
 * Folds, tokenizes and matches a text. `blank` may blank more of the folded text (same length)
 * before matching, e.g. a posting's markup and print debris; links are always blanked, after it.
 */
export const scanText = (text: string, blank?: (folded: string) => string): ScannedText => {
  const original = cleanText(text);
  // Markup and debris first (a link's blanking must not eat the tag that closes a script),
  // then links.
  const accentless = foldAccents(original);
  const blanked = blank === undefined ? accentless : blank(accentless);
  const folded = blankLinks(blanked);
  const tokens = tokenize(folded);
  const grouped = [
    ...matchGroupedNames(folded, tokens),
    ...matchSharedNouns(folded, tokens),
    ...matchSuspendedCompounds(folded, tokens),
  ].sort((a, b) => a.start - b.start);
  // A part that shares a first or last word ("cleaning" in "data collection, cleaning", "unit"
  // in "unit and integration testing") adds to what the part names by itself
  // ("troubleshooting" in "network concepts and troubleshooting").
  const shared = [
    ...matchSharedModifiers(folded, tokens),
    ...matchSharedNouns(folded, tokens, undefined, 'names'),
    ...matchInvertedNames(folded, tokens),
    ...matchSharedComplements(folded, tokens),
    ...matchCompoundWords(tokens),
  ].sort((a, b) => a.start - b.start);
  const named = mergeMatches(
    withGroupedNames(matchSkills(folded, tokens), grouped),
    shared,
    'drop-same-skill',
  );
  // A verb and its object add to the names found; only a bare name of the same skill inside
  // them gives way ("documentation" in "writing detailed documentation").
  const objects = mergeMatches(named, matchVerbObjects(folded, tokens, named), 'drop-same-skill');
  // A name written for two skills at once names the other one too ("data structures and
  // algorithms").
  const found = mergeMatches(objects, matchJointNames(tokens, objects), 'drop-same-skill');
  const matches = applyContextRule(dropNegativeContexts(folded, found), folded);
  const shown =
    blank === undefined || blanked === accentless ? original : shownText(original, blanked);
  return { original, folded, matches, sentences: indexSentences(shown) };
};

const SPACE = 32;
const BULLET = '•'.charCodeAt(0);

/**
 * The original text as its blanked form shows it: characters blanked (markup, debris) are
 * spaces and a break the blanking put in (a block tag's bullet) is kept, so evidence reads
 * "Devise new algorithms" rather than "<li>Devise new algorithms</li>" and a list item is a
 * sentence of its own. Accents stay as written. Same length; linear.
 */
const shownText = (original: string, blanked: string): string => {
  if (blanked.length !== original.length) return original;
  let out = '';
  let copied = 0;
  for (let i = 0; i < original.length; i++) {
    const b = blanked.charCodeAt(i);
    if (b !== SPACE && b !== BULLET) continue;
    const o = original.charCodeAt(i);
    if (o === b || o === 10) continue;
    out += original.slice(copied, i) + (b === SPACE ? ' ' : '•');
    copied = i + 1;
  }
  return copied === 0 ? original : out + original.slice(copied);
};
