import { BUSINESS_FINANCE_SKILLS } from './data/business-finance.data.ts';
import { CLOUD_SKILLS } from './data/cloud.data.ts';
import { DATA_ML_SKILLS } from './data/data-ml.data.ts';
import { DATABASE_SKILLS } from './data/databases.data.ts';
import { DEVOPS_SKILLS } from './data/devops.data.ts';
import { DOMAIN_SKILLS, SOFT_SKILLS } from './data/domain-soft.data.ts';
import { FRAMEWORK_SKILLS } from './data/frameworks.data.ts';
import { LANGUAGE_SKILLS } from './data/languages.data.ts';
import { PRODUCT_DESIGN_SKILLS } from './data/product-design.data.ts';
import { SPOKEN_LANGUAGE_SKILLS } from './data/spoken-languages.data.ts';
import { SECURITY_SKILLS, TESTING_SKILLS } from './data/testing-security.data.ts';
import type { Skill } from './skill.types.ts';

const ALL: Skill[] = [
  ...LANGUAGE_SKILLS,
  ...FRAMEWORK_SKILLS,
  ...DATABASE_SKILLS,
  ...CLOUD_SKILLS,
  ...DEVOPS_SKILLS,
  ...DATA_ML_SKILLS,
  ...TESTING_SKILLS,
  ...SECURITY_SKILLS,
  ...PRODUCT_DESIGN_SKILLS,
  ...BUSINESS_FINANCE_SKILLS,
  ...DOMAIN_SKILLS,
  ...SOFT_SKILLS,
  ...SPOKEN_LANGUAGE_SKILLS,
];

const NAMES = new Set(ALL.map((s) => s.name));

/** Every skill of the taxonomy; related names that are not skills themselves are dropped. */
export const SKILLS: readonly Skill[] = ALL.map((s) => ({
  ...s,
  related: s.related.filter((r) => NAMES.has(r) && r !== s.name),
}));

/** Skills by canonical name. */
export const SKILL_BY_NAME: ReadonlyMap<string, Skill> = new Map(SKILLS.map((s) => [s.name, s]));

/** The canonical skill names in taxonomy order. */
export const SKILL_NAMES: readonly string[] = SKILLS.map((s) => s.name);

/** Whether a skill is a soft skill (Communication, Teamwork): weighed and asked about apart. */
export const isSoftSkill = (name: string): boolean =>
  SKILL_BY_NAME.get(name)?.category === 'soft-skill';
