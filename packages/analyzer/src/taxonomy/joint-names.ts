import type { Token } from '../text/tokenize.ts';
import { JOINERS } from './grouped-names.ts';
import type { SkillMatch } from './match-skills.ts';
import { aliasWritten, SKILL_INDEX, type SkillIndex, toTokens } from './skill-index.ts';
import { SKILLS } from './taxonomy.ts';

/** A joint name has at most this many words: the check per match stays O(1). */
const MAX_WORDS = 8;

/** Another skill a joint name names, by the positions of its words in the name. */
interface JointPart {
  skill: string;
  first: number;
  last: number;
}

/**
 * The parts of a joint name that are another skill's alias, leftmost and longest first: in
 * "data structures and algorithms" (Data Structures' own) the part "algorithms". A part may
 * leave out the last word of the owner's name, written once for both: "backend and frontend"
 * (Backend Development's) names Frontend Development.
 */
const partsOf = (owner: string, words: readonly string[], index: SkillIndex): JointPart[] => {
  const parts: JointPart[] = [];
  const ownerLast = toTokens(owner, false).at(-1);
  const named = (part: readonly string[]) => {
    const written = aliasWritten(index, part);
    if (written !== undefined || ownerLast === undefined) return written;
    const elided = aliasWritten(index, [...part, ownerLast]);
    return elided?.skill.name === owner ? undefined : elided;
  };
  let i = 0;
  while (i < words.length) {
    if (JOINERS.has(words[i] as string)) {
      i++;
      continue;
    }
    let next = i + 1;
    for (let j = words.length; j > i; j--) {
      if (i === 0 && j === words.length) continue;
      const entry = named(words.slice(i, j));
      if (entry === undefined) continue;
      if (entry.skill.name !== owner)
        parts.push({ skill: entry.skill.name, first: i, last: j - 1 });
      next = j;
      break;
    }
    i = next;
  }
  return parts;
};

/** Each joint name's words (joined with spaces) -> the other skills it names. */
const buildJointNames = (index: SkillIndex): ReadonlyMap<string, readonly JointPart[]> => {
  const out = new Map<string, readonly JointPart[]>();
  for (const skill of SKILLS)
    for (const alias of skill.jointAliases) {
      const words = toTokens(alias, false);
      const parts = partsOf(skill.name, words, index);
      if (parts.length > 0 && words.length <= MAX_WORDS) out.set(words.join(' '), parts);
    }
  return out;
};

const JOINT_NAMES = buildJointNames(SKILL_INDEX);
/** The first words of the joint names: most matches start with none of them. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...JOINT_NAMES.keys()].map((k) => k.split(' ')[0] ?? ''),
);

/**
 * Finds the other skills a joint name names: an alias the taxonomy marks as written for two
 * skills at once ("data structures and algorithms", "detail-oriented and organized") is matched
 * whole for its own skill, which hid the other one; each part that is another skill's alias is
 * found too, on its own words. One look per match of at most MAX_WORDS words: linear.
 */
export const matchJointNames = (
  tokens: readonly Token[],
  matches: readonly SkillMatch[],
): SkillMatch[] => {
  if (JOINT_NAMES.size === 0 || matches.length === 0) return [];
  const out: SkillMatch[] = [];
  let k = 0;
  for (const m of matches) {
    while (k < tokens.length && (tokens[k] as Token).start < m.start) k++;
    if (k >= tokens.length || (tokens[k] as Token).start !== m.start) continue;
    if (!FIRST_WORDS.has((tokens[k] as Token).norm)) continue;
    const words: string[] = [];
    let last = k;
    for (; last < tokens.length && words.length < MAX_WORDS; last++) {
      const t = tokens[last] as Token;
      if (t.end > m.end) break;
      words.push(t.norm);
      if (t.end === m.end) break;
    }
    if ((tokens[last] as Token | undefined)?.end !== m.end) continue;
    const parts = JOINT_NAMES.get(words.join(' '));
    if (parts === undefined) continue;
    for (const p of parts)
      out.push({
        skill: p.skill,
        start: (tokens[k + p.first] as Token).start,
        end: (tokens[k + p.last] as Token).end,
      });
  }
  return out;
};
