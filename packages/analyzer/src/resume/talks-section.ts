/**
 * A heading of the section a CV gives to the talks its person gave: "Invited Talks", "Speaking",
 * "Selected Presentations & Posters", "Conferences and Presentations", "Conférences",
 * "Ponencias", "Vorträge" (folded text: accents folded). One line, nothing else on
 * it but Markdown heading marks or bold; a PDF may break "Selected presentations &" before its
 * last word.
 */
const TALKS_HEADING =
  /^[ \t]*(?:#{1,4}[ \t]*|\*\*)?(?:selected |invited |conference |contributed |oral |recent |scientific )?(?:talks|presentations|conferences|speaking(?: engagements)?|communications orales|ponencias|palestras|vortrage)(?: (?:and|&|et|y|e) (?:presentations|talks|seminars|posters|invited talks|workshops|conferences))?(?: at (?:scientific )?(?:meetings|conferences))?(?: \([^)\n]{0,30}\))?[ \t]*(?:\*\*)?:?[ \t]*&?[ \t]*$/gim;

/** Characters after the heading read for a dated entry: the first talk or two. */
const ENTRY_READ = 300;
const YEAR = /\b(?:19|20)\d\d\b/;

/** Where a talks section's first entry is. */
export interface TalksEntry {
  /** Start and end of the first entry's text in the folded text. */
  start: number;
  end: number;
}

/**
 * The first talks section of a CV that lists a dated talk, or undefined. Such a section shows
 * Public Speaking, which a CV seldom writes out: on the tuning split, 20 CVs with one label the
 * skill (core or acceptable), 3 do not. A site template's empty section (a loop over a
 * collection, a "Browse N presentations" link) names no year and shows no talk.
 */
export const findTalksEntry = (folded: string): TalksEntry | undefined => {
  TALKS_HEADING.lastIndex = 0;
  for (let m = TALKS_HEADING.exec(folded); m !== null; m = TALKS_HEADING.exec(folded)) {
    const after = m.index + m[0].length;
    const following = folded.slice(after, after + ENTRY_READ);
    if (!YEAR.test(following)) continue;
    const lead = following.length - following.trimStart().length;
    const start = after + lead;
    const lineEnd = folded.indexOf('\n', start);
    return { start, end: lineEnd === -1 ? folded.length : lineEnd };
  }
  return undefined;
};
