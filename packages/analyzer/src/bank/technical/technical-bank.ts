import type { BankQuestion } from '../bank.types.ts';
import { ARCHITECTURE_QUESTIONS } from './architecture.ts';
import { BUSINESS_FINANCE_QUESTIONS } from './business-finance.ts';
import { CLOUD_QUESTIONS } from './cloud.ts';
import { DATA_ML_QUESTIONS } from './data-ml.ts';
import { DATABASE_QUESTIONS } from './databases.ts';
import { DEVOPS_QUESTIONS } from './devops.ts';
import { FRAMEWORK_QUESTIONS } from './frameworks.ts';
import { LANGUAGE_QUESTIONS } from './languages.ts';
import { PRODUCT_DESIGN_QUESTIONS } from './product-design.ts';
import { SECURITY_QUESTIONS } from './security.ts';
import { SOFT_SKILL_QUESTIONS } from './soft-skills.ts';
import { TESTING_QUESTIONS } from './testing.ts';

const SOURCES: readonly Record<string, BankQuestion[]>[] = [
  LANGUAGE_QUESTIONS,
  FRAMEWORK_QUESTIONS,
  DATABASE_QUESTIONS,
  CLOUD_QUESTIONS,
  DEVOPS_QUESTIONS,
  DATA_ML_QUESTIONS,
  TESTING_QUESTIONS,
  SECURITY_QUESTIONS,
  ARCHITECTURE_QUESTIONS,
  PRODUCT_DESIGN_QUESTIONS,
  BUSINESS_FINANCE_QUESTIONS,
  SOFT_SKILL_QUESTIONS,
];

/** Merges the per-category files; a skill defined in two files is a data bug and throws. */
const merge = (): ReadonlyMap<string, readonly BankQuestion[]> => {
  const bank = new Map<string, readonly BankQuestion[]>();
  for (const source of SOURCES) {
    for (const [skill, questions] of Object.entries(source)) {
      if (bank.has(skill)) throw new Error(`Question bank: "${skill}" is defined twice`);
      bank.set(skill, Object.freeze([...questions]));
    }
  }
  return bank;
};

/** Canonical skill name -> its curated questions, all categories merged. */
export const TECHNICAL_BANK: ReadonlyMap<string, readonly BankQuestion[]> = merge();
