import type { SkillMatch } from '../taxonomy/match-skills.ts';
import { isSpace } from '../text/chars.ts';
import { wordCharLength } from '../text/tokenize.ts';

/** How strongly a resume shows a skill: used in work, only listed, or only claimed. */
export type EvidenceStrength = 'experience' | 'listed' | 'claimed';

/** Ranks strengths: a stronger one replaces a weaker one as a skill's provenance. */
export const STRENGTH_RANK: Readonly<Record<EvidenceStrength, number>> = {
  experience: 3,
  listed: 2,
  claimed: 1,
};

/** Where each line of a text starts, for line numbers and list verdicts (built in O(n)). */
export interface LineIndex {
  readonly starts: Int32Array;
  readonly length: number;
}

/** Builds the {@link LineIndex} of a text. */
export const indexLines = (text: string): LineIndex => {
  // Counted first, then filled: no growing array of boxed numbers on a text of many lines.
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return { starts, length: text.length };
};

/** The 0-based line holding an offset. */
export const lineAt = (lines: LineIndex, at: number): number => {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** The bounds of a 0-based line (end exclusive, without its line break). */
export const lineBounds = (lines: LineIndex, line: number): { start: number; end: number } => {
  const start = lines.starts[line] as number;
  const next = lines.starts[line + 1];
  return { start, end: next === undefined ? lines.length : next - 1 };
};

/** A verb that tells of work done: a line with one is a story, not a list. */
const ACTION =
  /\b(built|build|building|developed|develop|designed|led|implemented|created|shipped|delivered|managed|architected|launched|used|using|wrote|maintained|migrated|automated|deployed|trained|analy[sz]ed|improved|reduced|increased|optimi[sz]ed|worked|ran|owned|integrated|modeled|modelled|prepared|performed|conducted|negotiated|coordinated|supported|applied)\b/i;
/** A year: a line with one is a job or degree header ("Acme, Data Engineer, 2019 - 2023"). */
const YEAR = /\b(?:19|20)\d\d\b/;
/** A role noun: a line naming one is a job title, whatever skill its words also name. */
const ROLE_TITLE =
  /\b(?:analyst|engineer|developer|scientist|designer|manager|librarian|writer|coordinator|intern|specialist|administrator|architect|consultant|officer|technician|assistant|researcher|teacher|nurse|accountant|recruiter)s?\b/i;
const LABEL = /^[\s•▪●◦‣∙*#>\-–—]*[\p{L}][\p{L}\s&/]{0,40}:\s*/u;
/** Item separators; no spaces around them in the pattern (linear on runs of blanks), items are trimmed. */
const SEPARATORS = /[,;|•·▪●\t]|\s\/\s/;

/**
 * Whether a line is a bare list of skills rather than a sentence about work: no action verb
 * and no year (a job header), and either three or more short items ("Python, SQL, Docker", after an optional "Skills:"
 * label) or mostly skill names (a one-skill line of a two-column layout), except in the
 * headline (the role under the name, "Front-End Developer", is no list).
 * `prose` gives the line with its skill names blanked (asked only when the line has a verb at
 * all): the action verb is looked for there, so a
 * skill's own word ("Build Tools", "Applied Statistics") does not make a list a story.
 */
export const isListLine = (
  line: string,
  matchedChars: number,
  headline = false,
  prose: () => string = () => line,
): boolean => {
  if (line.trim().length === 0) return false;
  const body = line.replace(LABEL, '');
  // A line without a separator is one item at most, read without splitting it.
  const whole = body.trim();
  const items = SEPARATORS.test(body)
    ? body
        .split(SEPARATORS)
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
    : whole.length > 0
      ? [whole]
      : [];
  const short = items.filter((s) => piecesAtMost(s, 4)).length;
  const listShaped = items.length >= 3 && short * 3 >= items.length * 2;
  // A long run of short items is a list even when one item holds a verb or a year ("...,
  // Applied Sciences, Windows Server 2019"): a story tells its verb in its first item or in a
  // clause of its own, never only inside a list.
  if (listShaped && items.length >= LONG_LIST && !tellsWork(items, prose)) return true;
  if ((ACTION.test(line) && ACTION.test(prose())) || YEAR.test(line)) return false;
  if (listShaped) return true;
  if (headline) return false;
  if (matchedChars === 0) return false;
  // A job title is no list even when a skill names it: "Security Analyst Intern (SOC)".
  if (ROLE_TITLE.test(body)) return false;
  const letters = lettersIn(body);
  return letters > 0 && matchedChars >= 0.6 * letters;
};

/** Code units of letters and digits in a text, as `text.replace(/[^\p{L}\p{N}]/gu, '')` leaves them. */
const lettersIn = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const units = wordCharLength(text, i);
    n += units;
    i += units || 1;
  }
  return n;
};

/**
 * Whether `s.split(/\s+/)` has at most `n` pieces, counted without splitting: one more than its
 * runs of white space, read only until there are too many (an item may be a whole long line).
 */
const piecesAtMost = (s: string, n: number): boolean => {
  let pieces = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    if (++pieces > n) return false;
    while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
  }
  return true;
};

/** Items from which a comma-separated line is a list whatever one item says. */
const LONG_LIST = 6;

/** Whether a verb of work opens the line's first item or stands in a clause (an item of 5+ words). */
const tellsWork = (items: readonly string[], prose: () => string): boolean =>
  items.some((s, i) => (i === 0 || !piecesAtMost(s, 4)) && ACTION.test(s)) && ACTION.test(prose());

/** Letters and digits of the text covered by the matches, per line (matches in text order). */
export const matchedCharsByLine = (
  text: string,
  lines: LineIndex,
  matches: readonly SkillMatch[],
): Int32Array => {
  const out = new Int32Array(lines.starts.length);
  for (const m of matches) {
    let chars = 0;
    // A letter of one code unit each (half an astral letter is none, as it always was here).
    for (let i = m.start; i < m.end; i++) if (wordCharLength(text, i) === 1) chars++;
    out[lineAt(lines, m.start)]! += chars;
  }
  return out;
};
