/** The curated interview question bank: technical questions, templates and behavioral questions. */
export type {
  BankQuestion,
  BehavioralBankQuestion,
  Competency,
  QuestionLevel,
  TechnicalTemplate,
} from './bank.types.ts';
export { COMPETENCIES } from './bank.types.ts';
export {
  BEHAVIORAL_QUESTIONS as BEHAVIORAL_BANK,
  COMPETENCY_SIGNALS,
} from './behavioral.ts';
export { BANK_SKILLS, type BankSkill } from './skills-list.ts';
export { TECHNICAL_BANK } from './technical/technical-bank.ts';
export { technicalTemplates } from './templates.ts';
