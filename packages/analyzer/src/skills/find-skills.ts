import type { SkillCategory } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { scanText } from '../text/document.ts';
import { evidenceAt } from '../text/sentences.ts';

/** A skill found in a text, with how often and the first sentence it came from. */
export interface FoundSkill {
  skill: string;
  category: SkillCategory;
  count: number;
  evidence: string;
}

/**
 * Finds the taxonomy skills a free text mentions: token- and boundary-aware, case- and
 * accent-insensitive, ambiguous names only in context. Ordered by first appearance.
 */
export const findSkills = (text: string): FoundSkill[] => {
  const { matches, sentences } = scanText(text);
  const found = new Map<string, FoundSkill>();
  for (const m of matches) {
    const existing = found.get(m.skill);
    if (existing) {
      existing.count++;
      continue;
    }
    const category = SKILL_BY_NAME.get(m.skill)?.category ?? 'domain';
    found.set(m.skill, {
      skill: m.skill,
      category,
      count: 1,
      evidence: evidenceAt(sentences, m.start, m.end),
    });
  }
  return [...found.values()];
};
