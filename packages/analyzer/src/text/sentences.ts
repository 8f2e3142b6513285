const MAX_EVIDENCE = 240;

/**
 * The sentence around an offset of the text, as evidence: bounded by sentence punctuation,
 * bullets and blank lines; a single line break is kept inside a sentence only when the next
 * line continues it (starts in lowercase). Whitespace is collapsed; long sentences are cut
 * around the offset.
 */
export const sentenceAround = (text: string, start: number, end: number): string => {
  let from = start;
  while (from > 0) {
    const c = text[from - 1] as string;
    if (/[•▪●◦‣∙|]/.test(c)) break;
    if (/[.!?;]/.test(c) && /\s/.test(text[from] ?? ' ')) break;
    if (c === '\n' && lineBreakEnds(text, from - 1)) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to] as string;
    if (/[•▪●◦‣∙|]/.test(c)) break;
    if (/[.!?;]/.test(c) && /\s/.test(text[to + 1] ?? ' ')) {
      to++;
      break;
    }
    if (c === '\n' && lineBreakEnds(text, to)) break;
    to++;
  }
  let sentence = text
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
 * Whether the line break at `at` ends a sentence: after sentence punctuation or a colon, before
 * a bullet or a blank line, or after a short line (a heading, a list item) when the next line
 * starts with a capital. Otherwise the next line continues a wrapped sentence.
 */
const lineBreakEnds = (text: string, at: number): boolean => {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const prev = text.slice(lineStart, at).trim();
  const nextEnd = text.indexOf('\n', at + 1);
  const next = text.slice(at + 1, nextEnd === -1 ? text.length : nextEnd).trim();
  if (prev.length === 0 || next.length === 0) return true;
  if (/[.!?:;]$/.test(prev) || /^[•▪●◦‣∙*\-–]/.test(next)) return true;
  return prev.length < 45 && /^[\p{Lu}\d]/u.test(next);
};
