import type { ResumeSource } from '@prepkit/shared';
import { cleanText } from '../text/document.ts';
import { foldAccents } from '../text/fold.ts';

/** Whitespace other than one space between words: a tab, a run of spaces, a no-break space. */
const OTHER_SPACE = /[^\S ]| {2}/;

/**
 * A line with every run of whitespace made one space, trimmed. Most lines have only single
 * spaces and are only trimmed: replacing in each of 100,000 lines built as many new strings.
 */
const collapseSpaces = (line: string): string =>
  (OTHER_SPACE.test(line) ? line.replace(/\s+/g, ' ') : line).trim();

/** One non-empty line of the candidate's material, with where it is. */
export interface SourceLine {
  text: string;
  source: ResumeSource;
}

/** The candidate's material: the resume's lines, then the self-description's. */
export const sourceLines = (resumeText: string, selfDescription: string): SourceLine[] => {
  const lines: SourceLine[] = [];
  const add = (text: string, from: ResumeSource['from']) => {
    cleanText(text)
      .split('\n')
      .forEach((raw, i) => {
        const t = collapseSpaces(raw);
        if (t) lines.push({ text: t, source: { from, line: i + 1 } });
      });
  };
  add(resumeText, 'resume');
  add(selfDescription, 'selfDescription');
  return lines;
};

const BROKEN_END = /[a-z]-$/i;
const LOWER_START = /^[a-z]/;

/**
 * Whether a line ending in `end` (its last characters are enough) breaks a word that `next`
 * goes on with: a hyphen after a letter, then a lower-case letter ("manage-" / "ment").
 */
const breaksWord = (end: string, next: string): boolean =>
  BROKEN_END.test(end) && LOWER_START.test(next);

/**
 * Joins wrapped lines: a trailing hyphen before a lowercase letter is a broken word. The pieces
 * are joined once at the end and only the last two characters joined so far are kept to look
 * at: growing one string and reading its end at every line was quadratic (100,000 lines of a
 * wrapped bullet took 6 s).
 */
export const joinWrapped = (parts: readonly string[]): string => {
  const pieces: string[] = [];
  // The last two characters of what is joined so far.
  let tail = '';
  for (const part of parts) {
    if (pieces.length === 0) {
      if (part) pieces.push(part);
      tail = part.slice(-2);
      continue;
    }
    if (breaksWord(tail, part)) {
      // The hyphen ends the last piece: the word goes on without it.
      const last = pieces.length - 1;
      pieces[last] = (pieces[last] as string).slice(0, -1) + part;
      tail = (tail.charAt(0) + part).slice(-2);
    } else {
      pieces.push(` ${part}`);
      tail = `${tail} ${part}`.slice(-2);
    }
  }
  return pieces.join('');
};

/**
 * Text folded for comparisons: accents stripped, lower case, every run of other characters than
 * letters, digits, `+` and `#` (C++, C#) made one space, padded with a space at each end so that
 * `includes(' x ')` is a whole-word search.
 */
export const normalizeForMatch = (text: string): string =>
  ` ${foldAccents(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()} `;

const STOPWORDS = new Set(
  (
    'the and for with from into that this was were are has have had our your their its his her ' +
    'using used use via per over under about also than then they them who which while where ' +
    'las los del con para por una uno que como sus ' +
    'new all any can will not but out more most such each other'
  ).split(' '),
);

const isContentWord = (w: string): boolean => w.length >= 3 && !STOPWORDS.has(w);

/** The words that carry content in a text already normalised ({@link normalizeForMatch}). */
export const normalizedContentWords = (normalized: string): string[] =>
  normalized.split(' ').filter(isContentWord);

/** The words that carry content: 3+ characters, not a stop word. */
export const contentWords = (text: string): string[] =>
  normalizedContentWords(normalizeForMatch(text));

/**
 * For each line, the content words of it and the next `size - 1` lines joined as
 * {@link joinWrapped} joins them: `contentWords(joinWrapped(texts.slice(i, i + size)))`, with
 * each line normalised once rather than once per passage it is in. A word broken at a line's
 * end ("manage-" / "ment") is whole in a passage that holds both lines, as joinWrapped makes it.
 */
export const passageWords = (texts: readonly string[], size: number): Set<string>[] => {
  const words = texts.map((t) => normalizeForMatch(t).slice(1, -1).split(' ').filter(Boolean));
  // Whether line k - 1 ends a word that line k goes on with.
  const glued = texts.map((t, k) => k > 0 && breaksWord(texts[k - 1] as string, t));
  return texts.map((_, i) => {
    const joined: string[] = [];
    for (let k = i; k < Math.min(texts.length, i + size); k++) {
      const line = words[k] as string[];
      let w = 0;
      if (k > i && glued[k] && joined.length > 0 && line.length > 0) {
        joined[joined.length - 1] += line[0] as string;
        w = 1;
      }
      // One by one: a line may hold more words than a call takes arguments.
      for (; w < line.length; w++) joined.push(line[w] as string);
    }
    return new Set(joined.filter(isContentWord));
  });
};
