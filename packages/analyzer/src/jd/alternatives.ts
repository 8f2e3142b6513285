import type { SkillMatch } from '../taxonomy/match-skills.ts';

/** What may sit between two skills of one list: a comma, a slash, "or", "and/or", "o", "y/o". */
const LIST_GAP = /^\s*(?:,|\/|or|o|u|,\s*or|,\s*o|and\s*\/\s*or|y\s*\/\s*o)\s*$/i;
/** The separators that make a list a choice ("AWS or Azure", "AWS/Azure", "AWS, GCP or Azure"). */
const CHOICE_GAP = /\/|\bor\b|^\s*[ou]\s*$|,\s*[ou]\s*$/i;
/** Longest separator looked at: keeps each check O(1). */
const MAX_GAP = 12;

/**
 * Skills a posting offers as alternatives ("AWS or Azure", "React/Vue", "AWS, GCP o Azure"):
 * for each skill, the others of its choice. A list joined only by commas is no choice. One
 * pass over the matches (in text order, offsets in `folded`).
 */
export const findAlternatives = (
  folded: string,
  matches: readonly SkillMatch[],
): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  let run: SkillMatch[] = [];
  let choice = false;
  const close = () => {
    const names = [...new Set(run.map((m) => m.skill))];
    if (choice && names.length > 1) {
      for (const name of names) {
        const set = out.get(name) ?? new Set<string>();
        for (const other of names) if (other !== name) set.add(other);
        out.set(name, set);
      }
    }
    run = [];
    choice = false;
  };
  for (const m of matches) {
    const prev = run[run.length - 1];
    const gap = prev === undefined ? null : folded.slice(prev.end, m.start);
    if (prev !== undefined && gap !== null && gap.length <= MAX_GAP && LIST_GAP.test(gap)) {
      choice ||= CHOICE_GAP.test(gap);
      run.push(m);
      continue;
    }
    close();
    run.push(m);
  }
  close();
  return out;
};
