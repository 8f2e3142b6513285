import { appendTo } from './append-to.ts';
import { isSpace } from './chars.ts';

/** A heading vocabulary: section key -> phrases that open that section (lowercase, no accents). */
export type HeadingVocabulary<K extends string> = Readonly<Partial<Record<K, readonly string[]>>>;

/** A stretch of the text under one heading. */
export interface SectionSpan<K extends string> {
  key: K;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

/**
 * Bullets and marks a heading may start with, besides spaces: bold and heading marks, Spanish
 * opening question and exclamation marks ("¿Qué ofrecemos?"); the hyphen last, literal in a class.
 */
const LEAD_MARK_CHARS = '•▪●◦‣∙*_¿¡#>–—-';
const LEAD_CLASS = `[\\s${LEAD_MARK_CHARS}]`;
const LEAD = new RegExp(`^${LEAD_CLASS}+`);
/** The first character after the lead (bullets, marks, spaces). */
const LEAD_END = new RegExp(`^${LEAD_CLASS}*(.)`);
/** {@link LEAD_MARK_CHARS} by code. */
const LEAD_MARKS = new Set([...LEAD_MARK_CHARS].map((c) => c.charCodeAt(0)));
const isLineTerminator = (code: number): boolean =>
  code === 10 || code === 13 || code === 0x2028 || code === 0x2029;

/**
 * Where {@link LEAD_END} puts the first character after the lead, without a regular expression
 * when the lead is followed by a character at all (the case of nearly every line); -1 for none.
 */
const leadEnd = (line: string): number => {
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (!isSpace(code) && !LEAD_MARKS.has(code)) break;
    i++;
  }
  if (i < line.length && !isLineTerminator(line.charCodeAt(i))) return i;
  const initial = LEAD_END.exec(line);
  return initial === null ? -1 : initial[0].length - 1;
};
const QUOTE = '"'.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);
/** A JSON key that opens a list or an object, alone on its line: `"interests": [`. */
const JSON_KEY = /^"(\p{L}[\p{L} _-]{0,38})"[ \t]*:[ \t]*[[{][ \t]*$/u;
/** Characters of a raw line beyond which it is no heading (80 after trimming and collapsing). */
const MAX_HEADING_LINE = 200;

/** The phrases of a vocabulary that open with the same two characters. */
interface PhraseGroup<K extends string> {
  phrases: [K, string][];
  /** The length of the shortest of them. */
  shortest: number;
}

const initials = new WeakMap<object, Map<string, PhraseGroup<string>>>();

/** A character as a heading's normalised text has it: lower case, one space, straight quotes. */
const normalChar = (c: string): string =>
  c !== '' && isSpace(c.charCodeAt(0)) ? ' ' : c === '’' || c === '‘' ? "'" : c.toLowerCase();

/**
 * The vocabulary's phrases grouped by their first two characters (built once per vocabulary):
 * a line whose first two do not open any phrase ("Go", "- Python") is no heading, found
 * without a copy of the line.
 */
const phrasesByInitials = <K extends string>(
  vocabulary: HeadingVocabulary<K>,
): Map<string, PhraseGroup<K>> => {
  let map = initials.get(vocabulary) as Map<string, PhraseGroup<K>> | undefined;
  if (map === undefined) {
    const lists = new Map<string, [K, string][]>();
    for (const key of Object.keys(vocabulary) as K[]) {
      for (const phrase of vocabulary[key] ?? []) {
        appendTo<string, [K, string]>(lists, phrase.slice(0, 2), [key, phrase]);
      }
    }
    map = new Map();
    for (const [opening, phrases] of lists)
      map.set(opening, {
        phrases,
        shortest: Math.min(...phrases.map(([, phrase]) => phrase.length)),
      });
    initials.set(vocabulary, map as Map<string, PhraseGroup<string>>);
  }
  return map;
};

/** A heading with its letters spaced out: "S K I L L S", "W O R K E X P E R I E N C E". */
const SPACED_HEADING = /^(?:\p{L} ){3,}\p{L}[ \t]*:?[ \t]*$/u;

const joinedPhrases = new WeakMap<object, Map<string, string>>();

/** A phrase's letters alone, in lower case: "Work Experience" and "W O R K E X P E R I E N C E" are "workexperience". */
const lettersOf = (text: string): string => text.replace(/[^\p{L}]/gu, '').toLowerCase();

/**
 * The vocabulary's phrases without their spaces ("workexperience"), built once per vocabulary:
 * a spaced-out heading loses the gaps between its words along with the rest.
 */
const phrasesJoined = <K extends string>(vocabulary: HeadingVocabulary<K>): Map<string, K> => {
  let map = joinedPhrases.get(vocabulary) as Map<string, K> | undefined;
  if (map === undefined) {
    map = new Map();
    for (const key of Object.keys(vocabulary) as K[])
      for (const phrase of vocabulary[key] ?? []) {
        const joined = lettersOf(phrase);
        if (!map.has(joined)) map.set(joined, key);
      }
    joinedPhrases.set(vocabulary, map as Map<string, string>);
  }
  return map;
};

/** The section a line opens, when the line is a heading (`Requirements`, `Requisitos:`...). */
export const headingOf = <K extends string>(
  line: string,
  vocabulary: HeadingVocabulary<K>,
): K | null => {
  // A heading is short: a longer line (even padded) is no heading, and costs no copies.
  if (line.length > MAX_HEADING_LINE) return null;
  // No phrase starts with the line's first two characters: no heading, and no copies of the line.
  const first = leadEnd(line);
  if (first === -1) return null;
  // A JSON resume's key that opens a list or an object is its section's heading: `"work": [`.
  if (line.charCodeAt(first) === QUOTE) {
    const key = JSON_KEY.exec(line.slice(first));
    return key === null ? null : headingOf((key[1] as string).replaceAll('_', ' '), vocabulary);
  }
  // "S K I L L S": its letters joined name the heading (the words' gaps are lost with the rest).
  if (line.charCodeAt(first + 1) === SPACE && SPACED_HEADING.test(line.slice(first)))
    return phrasesJoined(vocabulary).get(lettersOf(line.slice(first))) ?? null;
  const opening = normalChar(line[first] ?? '') + normalChar(line[first + 1] ?? '');
  const group = phrasesByInitials(vocabulary).get(opening);
  if (group === undefined) return null;
  // Normalising never lengthens the text after the lead (but for a dotted capital I, which
  // lowercases to two characters): a line shorter than every phrase ("Go") is no heading.
  if (line.length - first < group.shortest && !line.includes('\u0130')) return null;
  const text = line
    .replace(LEAD, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0 || text.length > 80) return null;
  let best: { key: K; length: number } | null = null;
  for (const [key, phrase] of group.phrases) {
    if (!text.startsWith(phrase)) continue;
    // The phrase ends at a word's end: "profil" is no heading of "Profile", nor "skills" of "Skillset".
    if (/^[\p{L}\p{N}]/u.test(text.slice(phrase.length, phrase.length + 1))) continue;
    const rest = text.slice(phrase.length).trim();
    // Whole-line heading ("Skills", "SKILLS & AWARDS", "Vem är du?") or inline one
    // ("Requirements: ...").
    // Bold or italic marks may close it: "**About us**", "**¿Qué ofrecemos?**:".
    const whole =
      /^[:&/,()\s\w]*\??[*_]*:?$/.test(rest) &&
      rest.replace(/[*_]+/g, ' ').split(' ').filter(Boolean).length <= 3;
    const inline = /^[*_]*:/.test(rest);
    if (!(whole || inline)) continue;
    if (best === null || phrase.length > best.length) best = { key, length: phrase.length };
  }
  return best?.key ?? null;
};

/**
 * A Markdown heading line ("## Role Summary", a line all in bold: "**¿Qué tienes que saber?**"),
 * known to the vocabulary or not, or a break
 * between parts: a thematic break or the end of a page's front matter (`---`), where a key like
 * "compensation: paid" must not make the whole page after it boilerplate.
 */
const SECTION_BREAK =
  /^[ \t]{0,3}(?:#{1,6}[ \t]+\S|(?:-{3,}|\*{3,}|_{3,})[ \t]*$|(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)[ \t]*:?[ \t]*$)/;

/**
 * Splits folded text into sections by heading lines. Text before the first heading gets
 * `initial`. Each line is tested as a heading, so inline headings start at their line.
 * `afterUnknownHeading` may end a section at a Markdown heading the vocabulary does not know,
 * or at a thematic break (it returns the key that follows, or null to stay).
 */
export const splitSections = <K extends string>(
  text: string,
  vocabulary: HeadingVocabulary<K>,
  initial: K,
  afterUnknownHeading?: (current: K) => K | null,
): SectionSpan<K>[] => {
  const spans: SectionSpan<K>[] = [];
  let current: SectionSpan<K> = { key: initial, start: 0, end: text.length };
  let offset = 0;
  while (offset <= text.length) {
    const found = text.indexOf('\n', offset);
    const lineEnd = found === -1 ? text.length : found;
    const line = lineEnd - offset > MAX_HEADING_LINE ? null : text.slice(offset, lineEnd);
    let key = line === null ? null : headingOf(line, vocabulary);
    if (key === null && line !== null && afterUnknownHeading && SECTION_BREAK.test(line)) {
      const next = afterUnknownHeading(current.key);
      if (next !== null && next !== current.key) key = next;
    }
    if (key !== null) {
      current.end = offset;
      if (current.end > current.start) spans.push(current);
      current = { key, start: offset, end: text.length };
    }
    offset = lineEnd + 1;
  }
  current.end = text.length;
  spans.push(current);
  return spans;
};

/** The section key at an offset (spans in text order, as {@link splitSections} makes them). */
export const sectionAt = <K extends string>(spans: readonly SectionSpan<K>[], at: number): K => {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as SectionSpan<K>).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return (spans[lo] as SectionSpan<K>).key;
};
