/** Tab and vertical tab: spacing, not content. */
const TABS = /[\t\v]/g;
/** Control characters (NUL...), soft hyphen, zero-width space, word joiner, BOM: no text. */
const INVISIBLE = /[\p{Cc}\u00AD\u200B\u2060\uFEFF]/gu;
/** Runs of Unicode space separators (space, NBSP, thin space...). */
const SPACES = /\p{Zs}+/gu;
/** Line terminators other than \n (CR LF, CR, form feed, NEL, line/paragraph separators). */
const LINE_BREAK = /\r\n|[\r\f\u0085\u2028\u2029]/g;

const normalizeLine = (line: string): string =>
  line.replace(TABS, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();

/**
 * Normalises extracted text for analysis: NFC, one kind of line break, control/zero-width
 * characters removed, runs of spaces collapsed, each line trimmed, at most one blank line in a
 * row (the analyzer works on lines and sections), the whole trimmed.
 */
export function normalizeText(raw: string): string {
  const kept: string[] = [];
  for (const line of raw.normalize('NFC').replace(LINE_BREAK, '\n').split('\n')) {
    const clean = normalizeLine(line);
    if (clean === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(clean);
  }
  return kept.join('\n').trim();
}
