/** The paper sizes the resume and report print on. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** `a4` unless the value names another size (any case). */
export const readPaperSize = (value: unknown): PaperSize =>
  typeof value === 'string' && value.toLowerCase() === 'letter' ? 'letter' : 'a4';
