/** A heading vocabulary: section key -> phrases that open that section (lowercase, no accents). */
export type HeadingVocabulary<K extends string> = Readonly<Partial<Record<K, readonly string[]>>>;

/** A stretch of the text under one heading. */
export interface SectionSpan<K extends string> {
  key: K;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

const LEAD = /^[\s•▪●◦‣∙*#>\-–—]+/;

/** The section a line opens, when the line is a heading (`Requirements`, `Requisitos:`...). */
export const headingOf = <K extends string>(
  line: string,
  vocabulary: HeadingVocabulary<K>,
): K | null => {
  const text = line.replace(LEAD, '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > 80) return null;
  let best: { key: K; length: number } | null = null;
  for (const key of Object.keys(vocabulary) as K[]) {
    for (const phrase of vocabulary[key] ?? []) {
      if (!text.startsWith(phrase)) continue;
      const rest = text.slice(phrase.length).trim();
      // Whole-line heading ("Skills", "SKILLS & AWARDS") or inline one ("Requirements: ...").
      const whole = /^[:&/,\s\w]*$/.test(rest) && rest.split(' ').filter(Boolean).length <= 3;
      const inline = rest.startsWith(':');
      if (!(whole || inline)) continue;
      if (best === null || phrase.length > best.length) best = { key, length: phrase.length };
    }
  }
  return best?.key ?? null;
};

/**
 * Splits folded text into sections by heading lines. Text before the first heading gets
 * `initial`. Each line is tested as a heading, so inline headings start at their line.
 */
export const splitSections = <K extends string>(
  text: string,
  vocabulary: HeadingVocabulary<K>,
  initial: K,
): SectionSpan<K>[] => {
  const spans: SectionSpan<K>[] = [];
  let current: SectionSpan<K> = { key: initial, start: 0, end: text.length };
  let offset = 0;
  for (const line of text.split('\n')) {
    const key = headingOf(line, vocabulary);
    if (key !== null) {
      current.end = offset;
      if (current.end > current.start) spans.push(current);
      current = { key, start: offset, end: text.length };
    }
    offset += line.length + 1;
  }
  current.end = text.length;
  spans.push(current);
  return spans;
};

/** The section key at an offset. */
export const sectionAt = <K extends string>(spans: readonly SectionSpan<K>[], at: number): K => {
  for (const span of spans) if (at >= span.start && at < span.end) return span.key;
  return (spans[spans.length - 1] as SectionSpan<K>).key;
};
