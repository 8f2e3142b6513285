import { gapAfter, isCapitalised, type Token } from '../text/tokenize.ts';
import { mergeMatches, type SkillMatch } from './match-skills.ts';
import {
  type AliasEntry,
  aliasWritten,
  firstWordsOfPairs,
  lastWordsOfNames,
  SKILL_INDEX,
  type SkillIndex,
} from './skill-index.ts';

/** At most this many items in one group, and words in one item: keeps the pass linear. */
const MAX_ITEMS = 16;
const MAX_ITEM_WORDS = 3;
/** Text between two words of one item. */
const INSIDE_ITEM = /^[ .]{0,2}$/;
const SPACE = 32;
const OPEN_BRACKET = 40;
/** A version after the head word: `Spring 4 (...)`, `Java 8 (...)`. */
const VERSION = /^\d+(?:\.\d+)*$/;

const sameToken = (entry: AliasEntry, k: number, w: Token): boolean =>
  entry.caseSensitive ? w.raw === entry.tokens[k] : w.norm === entry.tokens[k];

/** Whether an alias is the head word and then the item's words, all of them. */
const isHeadAndItem = (entry: AliasEntry, head: Token, words: readonly Token[]): boolean => {
  if (entry.tokens.length !== words.length + 1 || !sameToken(entry, 0, head)) return false;
  for (let k = 0; k < words.length; k++)
    if (!sameToken(entry, k + 1, words[k] as Token)) return false;
  return true;
};

/** The aliases of more than one word among an index entry's list (kept per list). */
const multiWord = new WeakMap<readonly AliasEntry[], readonly AliasEntry[]>();
const multiWordOf = (entries: readonly AliasEntry[]): readonly AliasEntry[] => {
  let found = multiWord.get(entries);
  if (found === undefined) {
    found = entries.filter((e) => e.tokens.length > 1);
    multiWord.set(entries, found);
  }
  return found;
};
const NO_ENTRIES: readonly AliasEntry[] = [];

/**
 * Finds names written as a head word with its parts in brackets, as resumes and postings list
 * them: `Spring (Boot, MVC, Security)` names Spring Boot, Spring MVC and Spring Security;
 * `Microsoft Office (Word, Excel)` names Microsoft Word. An item is matched only when the head
 * and the item together are a skill's alias; the match covers the item.
 */
export const matchGroupedNames = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1] as Token;
    // Only a bracket right after a word (or one space after it) opens a group.
    const open = text.charCodeAt(before.end) === SPACE ? before.end + 1 : before.end;
    if (text.charCodeAt(open) !== OPEN_BRACKET) continue;
    const gap = text.slice(before.end, (tokens[i] as Token).start);
    if (!/^ ?\( ?$/.test(gap)) continue;
    let head = before;
    let k = i - 1;
    if (VERSION.test(head.raw) && i >= 2) {
      const prior = tokens[i - 2] as Token;
      if (!/^ $/.test(text.slice(prior.end, head.start))) continue;
      head = prior;
      k = i - 2;
    }
    // The brand before a product's name heads its parts too: `Microsoft Office (Word, Teams)`.
    const heads = [head];
    const brand = k >= 1 ? (tokens[k - 1] as Token) : undefined;
    if (brand !== undefined && text.slice(brand.end, head.start) === ' ') heads.push(brand);
    const candidates = heads.map((h) => [h, multiWordOf(index.get(h.norm) ?? NO_ENTRIES)] as const);
    if (candidates.every(([, entries]) => entries.length === 0)) continue;
    let j = i;
    for (let items = 0; items < MAX_ITEMS && j < tokens.length; items++) {
      const words: Token[] = [tokens[j] as Token];
      let end = j + 1;
      while (end < tokens.length && words.length < MAX_ITEM_WORDS) {
        const between = text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start);
        if (!INSIDE_ITEM.test(between) || between.includes('.')) break;
        words.push(tokens[end] as Token);
        end++;
      }
      let entry: AliasEntry | undefined;
      for (const [h, entries] of candidates) {
        entry ??= entries.find((e) => isHeadAndItem(e, h, words));
      }
      if (entry !== undefined) {
        const last = words[words.length - 1] as Token;
        out.push({ skill: entry.skill.name, start: (words[0] as Token).start, end: last.end });
      }
      if (end >= tokens.length) break;
      const separator = text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start);
      if (!/^\s?[,/;&]\s?$/.test(separator)) break;
      j = end;
    }
  }
  return out;
};

/** Nouns that several skill words share: "interpersonal, organizational and presentation skills". */
const SHARED_NOUNS = new Set([
  'skills',
  'abilities',
  'mindset',
  'fahigkeiten',
  'kenntnisse',
  'competences',
  'habilidades',
  'competencias',
  'capacita',
  // German "way of working": "sorgfältige, strukturierte, selbstständige Arbeitsweise".
  'arbeitsweise',
]);
/** Whether the part `[first, last]` of `tokens`, all of it, and `noun` are an alias. */
const namesWithNoun = (
  index: SkillIndex,
  tokens: readonly Token[],
  [first, last]: [number, number],
  noun: string,
): boolean =>
  aliasWritten(index, [...tokens.slice(first, last + 1).map((t) => t.norm), noun]) !== undefined ||
  (first === last && acronymEndingIn(index, tokens[first] as Token, noun));

/** A word in capitals and digits: only such a word is looked up as an acronym. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

/**
 * Whether a word is, as written, the acronym of a skill whose name ends in the noun: "UAT" of
 * User Acceptance Testing before "testing" ("regression, smoke and UAT testing").
 */
const acronymEndingIn = (index: SkillIndex, word: Token, noun: string): boolean =>
  ACRONYM.test(word.raw) &&
  (index.get(word.norm) ?? []).some(
    (e) =>
      e.caseSensitive &&
      e.tokens.length === 1 &&
      e.tokens[0] === word.raw &&
      e.skill.name.toLowerCase().endsWith(` ${noun}`),
  );

/**
 * Which nouns {@link matchSharedNouns} reads: `skills` and its kind ("interpersonal and
 * presentation skills"), or the last word of any name ("unit and integration testing").
 */
export type SharedNounKind = 'skills' | 'names';

/** Words that join the parts of such a list (and of a joint name: `joint-names.ts`). */
export const JOINERS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', 'e', 'or', 'oder']);
/** A space, or a line break where a printed line wrapped. */
const ONE_SPACE = /^(?: |\r?\n[ \t]*)$/;
/**
 * Whether the text from `from` to `to` is {@link ONE_SPACE}, read in place: no copy of the gap
 * for each word of a long text.
 */
const isOneSpaceAt = (text: string, from: number, to: number): boolean => {
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  let at = from;
  if (text.charCodeAt(at) === 13) at++;
  if (at >= to || text.charCodeAt(at) !== 10) return false;
  for (at++; at < to; at++) {
    const c = text.charCodeAt(at);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
};
/** The end of a note in brackets before the noun, and its start after the part it is about. */
const NOTE_CLOSE = /^\) $/;
const NOTE_OPEN = /^ \($/;
/** At most this many words in such a note: "(oral and written)". */
const NOTE_WORDS = 5;
/** Words before a hyphen that only qualify what follows: "self-organizational", "well-organized". */
const QUALIFYING_PREFIXES = new Set(['self', 'well', 'highly', 'very']);
/** At most this many parts before the shared noun, of at most two words each (or one hyphenated word). */
const MAX_PARTS = 6;
/** The most pieces a hyphenated part adds beyond its first two ("end-to-end" adds one). */
const HYPHENATED_PIECES = 3;

/**
 * Finds skills whose shared noun is written once for several of them: in "interpersonal,
 * organizational, and presentation skills" the first two parts name Interpersonal Skills and
 * Organization Skills as "interpersonal skills" and "organizational skills" would. Only parts
 * that form a skill's alias with the noun count; the part next to the noun is matched as usual.
 * With `nouns: 'names'` the noun is the last word of any name ("unit and integration testing"
 * names Unit Testing), shared only when the part next to it names a skill with it as well.
 * The matches come per noun, its parts from last to first: the caller puts them in text order.
 */
export const matchSharedNouns = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
  nouns: SharedNounKind = 'skills',
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  const gapBefore = (k: number): string => gapAfter(text, tokens, k - 1);
  const lastWords = lastWordsOfNames(index);
  const skillsNoun = nouns === 'skills';
  for (let i = 2; i < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (skillsNoun ? !SHARED_NOUNS.has(noun.norm) : !lastWords.has(noun.norm)) continue;
    // A run of capitalised names shares nothing: "Security, PeopleOps and Business Operations".
    // Two of them joined by a word may: "Email and Mobile Marketing" (checked below).
    const titleCase = !skillsNoun && isCapitalised(noun);
    // Walk back from the part next to the noun, one part per separator (a comma, "&", a slash
    // as in "computational/programming skills", or a joiner); the text's first word can be one.
    let end = i - 1;
    if (!ONE_SPACE.test(gapBefore(i))) {
      // A note in brackets between the last part and "skills": "communication (oral and
      // written) skills". The part before the bracket is next to the noun.
      if (!skillsNoun || !NOTE_CLOSE.test(gapBefore(i))) continue;
      let open = i - 1;
      while (open > i - NOTE_WORDS && open >= 1 && !NOTE_OPEN.test(gapBefore(open))) open--;
      if (open < 1 || !NOTE_OPEN.test(gapBefore(open))) continue;
      end = open - 1;
    }
    const parts: [number, number][] = [];
    let adjacent: [number, number] = [end, end];
    // Whether the part next to the noun is joined to the one before it by a word or "&", not by
    // a comma or a slash: "Email and Mobile Marketing".
    let joinedByWord = false;
    for (let p = 0; p < MAX_PARTS && end >= 0; p++) {
      let start = end;
      if (
        start >= 1 &&
        (ONE_SPACE.test(gapBefore(start)) || gapBefore(start) === '-') &&
        !JOINERS.has((tokens[start - 1] as Token).norm)
      ) {
        // A two-word part ("project management", "problem-solving") when what comes before it
        // separates parts; a hyphenated word ("front-end") is one part wherever it stands.
        const k = start - 1;
        const before = k >= 1 ? gapBefore(k) : '';
        const joined =
          gapBefore(start) === '-' ||
          (k >= 1 && (JOINERS.has((tokens[k - 1] as Token).norm) || /^\s*[,&]\s*$/.test(before)));
        if (joined) start = k;
      }
      // A word of more hyphenated pieces is one part too: "end-to-end", "state-of-the-art".
      for (
        let piece = 0;
        piece < HYPHENATED_PIECES && start >= 1 && gapBefore(start) === '-';
        piece++
      )
        start--;
      if (p > 0) parts.push([start, end]);
      else adjacent = [start, end];
      if (start < 1) break;
      const gap = gapBefore(start);
      const prev = tokens[start - 1] as Token;
      if (JOINERS.has(prev.norm) && ONE_SPACE.test(gap)) {
        if (p === 0) joinedByWord = true;
        end = start - 2;
        if (end >= 0 && !/^\s*,?\s*$/.test(gapBefore(start - 1))) break;
      } else if (/^\s*[,&/]\s*$/.test(gap)) {
        if (p === 0) joinedByWord = gap.trim() === '&';
        end = start - 1;
      } else break;
    }
    if (titleCase && (parts.length !== 1 || !joinedByWord)) continue;
    const nextToNoun = (tokens[adjacent[1]] as Token).norm;
    // Any other noun is shared only by parts alike: the part next to it names a skill with it
    // too ("unit and integration testing"), so a verb before it shares nothing ("design and
    // build recommender systems", "develop and maintain strong relationships").
    if (!skillsNoun && !namesWithNoun(index, tokens, adjacent, noun.norm)) continue;
    for (const [first, last] of parts) {
      // A two-word part may be a praise word and the part ("strong analytical and deductive
      // skills"): when the two words name nothing, the last one alone is tried. Not the end of
      // a hyphenated word: "photo-editing and drawing skills" names no editing of texts (after
      // a word that only qualifies, as in "self-organizational", the end stands for itself).
      const hyphenated =
        last === first + 1 &&
        gapBefore(last) === '-' &&
        !QUALIFYING_PREFIXES.has((tokens[first] as Token).norm);
      for (const start of first < last && !hyphenated ? [first, last] : [first]) {
        const words = tokens.slice(start, last + 1).map((t) => t.norm);
        // "written and verbal communication skills": "written" qualifies "communication", so it
        // names what "written communication" names, not "written skills".
        const entry = skillsNoun
          ? (aliasWritten(index, [...words, nextToNoun, noun.norm]) ??
            aliasWritten(index, [...words, nextToNoun]) ??
            aliasWritten(index, [...words, noun.norm]) ??
            aliasWritten(index, [...words, 'skills']))
          : aliasWritten(index, [...words, noun.norm]);
        if (entry === undefined) continue;
        out.push({
          skill: entry.skill.name,
          start: (tokens[start] as Token).start,
          end: (tokens[last] as Token).end,
        });
        break;
      }
    }
  }
  return out;
};

/** Words after which a list's last part goes on: "analysis of", "development for". */
const LIST_END_WORDS = new Set([
  'for',
  'of',
  'in',
  'on',
  'at',
  'to',
  'with',
  'using',
  'across',
  'within',
  'from',
  'through',
  'via',
  'de',
  'des',
  'du',
  'del',
  'der',
  'die',
  'das',
  'fur',
  'von',
  'mit',
  'pour',
  'para',
  'per',
  'con',
  'en',
]);
/** People a list's parts may all qualify: "development and operations managers", "sales teams". */
const PEOPLE_AFTER =
  /^(?:managers?|teams?|leads?|leaders?|staff|officers?|directors?|heads?|engineers?|specialists?|partners?|colleagues|stakeholders|units?|departments?|functions?)$/;

/** Punctuation between two parts of a list: ", ", " & ", "/". */
const PART_PUNCTUATION = /^\s?[,&/](?: |\r?\n[ \t]*)?$/;

/**
 * Finds skills whose first word is written once for several of them: in "data collection,
 * cleaning and analysis" the later parts name what "data cleaning" and "data analysis" would;
 * in "web design and development", Web Development. The first part is matched as usual; each
 * later part counts only when it is one word and forms a skill's two-word alias with the shared
 * word. Reads at most MAX_PARTS parts after each word that begins a two-word alias: linear.
 * The matches come per shared word: the caller puts them in text order.
 */
export const matchSharedModifiers = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  const sharedWords = firstWordsOfPairs(index);
  const gap = (k: number): string => gapAfter(text, tokens, k);
  /** One space between two words, or the end of a line the phrase wraps over. */
  const spaced = (k: number): boolean => {
    const next = tokens[k + 1];
    return next !== undefined && isOneSpaceAt(text, (tokens[k] as Token).end, next.start);
  };
  /** Where the part after the part ending at `k` starts, if a separator follows it. */
  const nextPart = (k: number): number | undefined => {
    const next = tokens[k + 1];
    if (next === undefined) return undefined;
    const joined = JOINERS.has(next.norm) && k + 2 < tokens.length && spaced(k + 1);
    if (spaced(k)) return joined ? k + 2 : undefined;
    const between = gap(k);
    if (!PART_PUNCTUATION.test(between)) return undefined;
    // ", and analysis": a joiner after the comma.
    return joined && /^,\s?$/.test(between) ? k + 2 : k + 1;
  };
  for (let i = 0; i + 2 < tokens.length; i++) {
    const modifier = tokens[i] as Token;
    if (!sharedWords.has(modifier.norm) || !spaced(i)) continue;
    // Each later part is one word followed by a separator or by the end of the list, so
    // "data collection, machine learning" shares nothing.
    let k = i + 1;
    const titleCase = isCapitalised(modifier) && isCapitalised(tokens[k] as Token);
    const found: SkillMatch[] = [];
    for (let p = 0; p < MAX_PARTS; p++) {
      const at = nextPart(k);
      const part = at === undefined ? undefined : tokens[at];
      if (at === undefined || part === undefined) break;
      const after = tokens[at + 1];
      const goesOn = after !== undefined && spaced(at) && !JOINERS.has(after.norm);
      // The last part may go on with what the list is for: "design and development for NGOs".
      // A last part that goes on with a noun shares that noun, not the first word: in
      // "business units, development and operations managers" each part is a kind of manager.
      if (goesOn && !LIST_END_WORDS.has(after.norm)) {
        if (p > 0 && PEOPLE_AFTER.test(after.norm)) found.length = 0;
        break;
      }
      // A list of capitalised names shares nothing: "Product Development, Sales, and Marketing"
      // names three departments, "IBM DevOps, Cloud, and Agile" three certificates.
      if (titleCase && isCapitalised(part)) break;
      const entry = aliasWritten(index, [modifier.norm, part.norm]);
      if (entry !== undefined)
        found.push({ skill: entry.skill.name, start: part.start, end: part.end });
      if (goesOn) break;
      k = at;
    }
    out.push(...found);
  }
  return out;
};

/**
 * Adds grouped-name matches, replacing plain matches of the same words (`MVC` in
 * `Spring (MVC)`). Both lists are in text order; one merge pass, none when there is no group.
 */
export const withGroupedNames = (
  matches: readonly SkillMatch[],
  grouped: readonly SkillMatch[],
): readonly SkillMatch[] => mergeMatches(matches, grouped, 'drop');

/**
 * Endings a German or Dutch compound may share: "Kommunikations- und Teamfähigkeiten", and as an
 * adjective "team- und kommunikationsfähig", "lösungs- und kundenorientiert", "klant- en
 * servicegerichte", "communicatie- en schrijfvaardigheden" (folded). A longer ending comes
 * before the shorter one it starts with.
 */
const SHARED_ENDINGS = [
  'fahigkeiten',
  'fahigkeit',
  'fahig',
  'kenntnisse',
  'kompetenzen',
  'kompetenz',
  'erfahrung',
  'erfahrungen',
  'starke',
  'stark',
  'management',
  'orientiert',
  'orientierung',
  'gerichtheid',
  'gerichte',
  'gericht',
  'vaardigheden',
] as const;
/** Words that join suspended compounds: "und", "oder", "sowie", "bzw"; Dutch "en", "of". */
const COMPOUND_JOINERS = new Set(['und', 'oder', 'sowie', 'bzw', 'en', 'of']);
/** The hyphen that suspends a compound, then a comma or a space: "Kommunikations- ", "Team-, ". */
const SUSPENDED = /^-\s*,?\s+$/;

/**
 * Finds German and Dutch compounds whose ending is written once for several of them: in
 * "Kommunikations- und Teamfähigkeiten" the first part names what "Kommunikationsfähigkeiten"
 * names; in "SQL- und Python-Kenntnisse" the part names SQL itself. Each part ends in a hyphen
 * and is followed by a comma or a joiner; only a part that forms a skill's alias with the last
 * word's ending counts. Reads a bounded run of words after each hyphen: linear.
 */
export const matchSuspendedCompounds = (
  text: string,
  tokens: readonly Token[],
  index: SkillIndex = SKILL_INDEX,
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const part = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (!SUSPENDED.test(text.slice(part.end, next.start))) continue;
    // Up to MAX_PARTS further parts ("Team-", "Konflikt-") before the compound that ends it.
    let k = i + 1;
    for (let p = 0; p < MAX_PARTS && k < tokens.length; p++) {
      const t = tokens[k] as Token;
      if (COMPOUND_JOINERS.has(t.norm)) {
        k++;
        continue;
      }
      const after = tokens[k + 1];
      if (after !== undefined && SUSPENDED.test(text.slice(t.end, after.start))) {
        k++;
        continue;
      }
      break;
    }
    const last = tokens[k];
    if (last === undefined || k === i + 1) continue;
    // "SQL- und Python-Kenntnisse": the compound is hyphenated, so each part is a name itself.
    const head = tokens[k + 1];
    const hyphenated =
      head !== undefined &&
      text.slice(last.end, head.start) === '-' &&
      (SHARED_ENDINGS as readonly string[]).includes(head.norm);
    const ending = SHARED_ENDINGS.find((e) => last.norm.endsWith(e) && last.norm.length > e.length);
    const entry = hyphenated
      ? aliasWritten(index, [part.norm])
      : ending !== undefined
        ? aliasWritten(index, [`${part.norm}${ending}`])
        : undefined;
    if (entry !== undefined)
      out.push({ skill: entry.skill.name, start: part.start, end: part.end });
  }
  return out;
};
