import { isSpace, startsWithCapital } from './chars.ts';

const MAX_EVIDENCE = 240;
/** Characters of a long sentence read on each side of the offset: bounds the work per evidence. */
const WINDOW = 4 * MAX_EVIDENCE;

/** Sentence-ending characters by code: 1 a bullet or column bar, 2 sentence punctuation. */
const BREAK_KIND = new Uint8Array(0x2300);
for (const c of '•▪●◦‣∙|') BREAK_KIND[c.charCodeAt(0)] = 1;
for (const c of '.!?;') BREAK_KIND[c.charCodeAt(0)] = 2;
const NEWLINE = 10;

/**
 * Where the sentences of a text start and end, computed once in linear time: `left[p]` is where
 * the sentence holding offset p starts, `right[p]` where it ends. A sentence is bounded by
 * sentence punctuation followed by a space, bullets, and line breaks that end a sentence (see
 * {@link lineBreakEnds}); a single wrapped line break stays inside.
 */
export interface SentenceIndex {
  readonly text: string;
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/** Builds the {@link SentenceIndex} of a text (O(n)). */
export const indexSentences = (text: string): SentenceIndex => {
  const n = text.length;
  const ends = newlineEnds(text);
  const spaceAt = (i: number): boolean => i >= n || isSpace(text.charCodeAt(i));
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const kind = code < BREAK_KIND.length ? (BREAK_KIND[code] as number) : 0;
    if (kind !== 0) kinds[i] = kind;
    else if (code === NEWLINE && ends[i] === 1) kinds[i] = 1;
  }
  // Punctuation ends a sentence only before a space (or the end): `node.js` does not.
  for (let i = 0; i < n; i++) if (kinds[i] === 2 && !spaceAt(i + 1)) kinds[i] = 0;
  const left = new Int32Array(n + 1);
  for (let p = 1; p <= n; p++) left[p] = kinds[p - 1] !== 0 ? p : (left[p - 1] as number);
  const right = new Int32Array(n + 1);
  right[n] = n;
  for (let p = n - 1; p >= 0; p--) {
    const kind = kinds[p];
    right[p] = kind === 1 ? p : kind === 2 ? p + 1 : (right[p + 1] as number);
  }
  return { text, left, right };
};

/** The sentence span holding `start..end`. */
export const sentenceSpan = (
  index: SentenceIndex,
  start: number,
  end: number,
): { from: number; to: number } => ({
  from: index.left[start] as number,
  to: index.right[end] as number,
});

/**
 * The sentence around `start..end`, as evidence: whitespace collapsed, leading bullet marks
 * dropped, cut to 240 characters around the offset when longer. Reads at most a bounded window
 * of the text, so a text without sentence breaks costs no more than a short one.
 */
export const evidenceAt = (index: SentenceIndex, start: number, end: number): string => {
  const span = sentenceSpan(index, start, end);
  const from = Math.max(span.from, start - WINDOW);
  const to = Math.min(span.to, end + WINDOW);
  let sentence = index.text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—*•▪●◦‣∙>]+/, '')
    .trim();
  if (sentence.length > MAX_EVIDENCE) {
    const rel = Math.max(0, start - from - MAX_EVIDENCE / 2);
    sentence = `${rel > 0 ? '…' : ''}${sentence.slice(rel, rel + MAX_EVIDENCE).trim()}…`;
  }
  return sentence;
};

/**
 * The sentence around an offset of the text, as evidence: bounded by sentence punctuation,
 * bullets and blank lines; a single line break is kept inside a sentence only when the next
 * line continues it (starts in lowercase). Whitespace is collapsed; long sentences are cut
 * around the offset. Builds an index: for many offsets of one text, use {@link evidenceAt}.
 */
export const sentenceAround = (text: string, start: number, end: number): string =>
  evidenceAt(indexSentences(text), start, end);

/**
 * Marks (1) the line breaks that end a sentence: after sentence punctuation or a colon, before
 * a bullet or a blank line, or after a short line (a heading, a list item) when the next line
 * starts with a capital. Otherwise the next line continues a wrapped sentence. One pass over
 * the text, no line copied.
 */
const newlineEnds = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length);
  let prev = trimmedLine(text, 0);
  while (prev.lineEnd < text.length) {
    const next = trimmedLine(text, prev.lineEnd + 1);
    if (lineBreakEnds(text, prev, next)) out[prev.lineEnd] = 1;
    prev = next;
  }
  return out;
};

/** A line of the text: where it ends (its `\n` or the text's end) and its trimmed bounds. */
interface Line {
  lineEnd: number;
  first: number;
  /** Exclusive; `first === last` for a blank line. */
  last: number;
}

const trimmedLine = (text: string, start: number): Line => {
  const found = text.indexOf('\n', start);
  const lineEnd = found === -1 ? text.length : found;
  let first = start;
  while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
  let last = lineEnd;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  return { lineEnd, first, last };
};

const lineBreakEnds = (text: string, prev: Line, next: Line): boolean => {
  if (prev.first === prev.last || next.first === next.last) return true;
  if ('.!?:;'.includes(text[prev.last - 1] as string)) return true;
  const lead = text[next.first] as string;
  if ('•▪●◦‣∙*-–'.includes(lead)) return true;
  return prev.last - prev.first < 45 && (startsWithCapital(lead) || isDigit(lead));
};

/** Whether a character is an ASCII digit (`\d`). */
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
