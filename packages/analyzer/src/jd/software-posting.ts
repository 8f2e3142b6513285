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
