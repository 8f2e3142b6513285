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
