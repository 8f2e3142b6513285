import type { SkillMatch } from '../taxonomy/match-skills.ts';
import { SOFTWARE_CATEGORIES } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';

/**
 * Whether a posting asks for software work: one of its skills writes, stores, ships or tests
 * code. The report's generic questions and practice days follow it (a hash table is asked of a
 * developer, not of a health educator).
 */
export const asksForSoftware = (skills: readonly { skill: string }[]): boolean =>
  skills.some((s) => {
    const category = SKILL_BY_NAME.get(s.skill)?.category;
    return category !== undefined && SOFTWARE_CATEGORIES.has(category);
  });

/** The skill an on-call rota names in a posting that ships software. */
export const INCIDENT_MANAGEMENT = 'Incident Management';

/**
 * Whether Incident Management is read only from "on call": a rota, which is an incident rota
 * where the post ships software and a clinic's or a facility's elsewhere ("Share in on-call
 * schedule" in a physician's posting).
 */
export const onlyOnCall = (folded: string, matches: readonly SkillMatch[]): boolean => {
  let seen = false;
  for (const m of matches) {
    if (m.skill !== INCIDENT_MANAGEMENT) continue;
    if (!/^on[- ]call$/.test(folded.slice(m.start, m.end))) return false;
    seen = true;
  }
  return seen;
};
