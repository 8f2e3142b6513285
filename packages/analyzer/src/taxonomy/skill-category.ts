/** The categories every taxonomy skill belongs to. */
export const SKILL_CATEGORIES = [
  'language',
  'framework',
  'database',
  'cloud',
  'devops',
  'data-ml',
  'testing',
  'security',
  'product-design',
  'business-finance',
  'domain',
  'soft-skill',
  'spoken-language',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/**
 * Categories of the skills that make software: code, its frameworks, its stores, its delivery
 * and its tests.
 */
export const SOFTWARE_CATEGORIES: ReadonlySet<SkillCategory> = new Set([
  'language',
  'framework',
  'database',
  'cloud',
  'devops',
  'testing',
]);
