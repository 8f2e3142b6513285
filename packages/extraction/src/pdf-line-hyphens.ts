/**
 * First words of the compounds résumés and postings write with a hyphen ("self-motivated",
 * "detail-oriented", "cross-functional", "data-driven"): broken at a line's end, the hyphen is
 * the compound's and stays.
 */
const COMPOUND_FIRST = new Set(
  (
    'self well cross non full part real hands detail results problem team customer client user ' +
    'data cloud web open high low long short state cutting best end front back fast time cost ' +
    'goal fact evidence research community test event domain object service security quality ' +
    'solution people growth mission multi co re pre post sub inter intra semi anti peer ' +
    'large small mid top world life'
  ).split(' '),
);

/**
 * A word a justified PDF (LaTeX, Word) breaks at the end of a line, "manage-" / "ment for three
 * clients", is joined again: "management" / "for three clients". Only a hyphen after a word that
 * ends in two lower-case letters, at a line's end, before a line that starts with lower-case
 * letters, is read as such a break, and not after a word that starts common compounds ("self-" /
 * "motivated" stays "self-motivated"); the rest of the next line stays on its line. A match
 * starts only where a word does, so a long run of letters is read once: linear.
 */
const LINE_HYPHEN = /(?<!\p{L})(\p{L}+)-[ \t]*\r?\n(\p{Ll}+)[ \t]?/gu;
const LOWER_END = /\p{Ll}\p{Ll}$/u;

export const joinLineHyphens = (text: string): string =>
  text.replace(LINE_HYPHEN, (whole, head: string, tail: string) =>
    LOWER_END.test(head) && !COMPOUND_FIRST.has(head.toLowerCase()) ? `${head}${tail}\n` : whole,
  );
