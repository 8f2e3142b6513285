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
 * Categories whose skills are mostly products: a framework, a store, a cloud service, a delivery
 * tool. The ideas filed among them ("Troubleshooting", "Scalability") are worded as ideas in the
 * report's questions and plan (see `concept-name.ts`).
 */
export const PRODUCT_CATEGORIES: ReadonlySet<SkillCategory> = new Set([
  'framework',
  'database',
  'cloud',
  'devops',
]);

/**
 * Categories of the skills that make software: code, its frameworks, its stores, its delivery
 * and its tests.
 */
export const SOFTWARE_CATEGORIES: ReadonlySet<SkillCategory> = new Set([
  'language',
  ...PRODUCT_CATEGORIES,
  'testing',
]);
