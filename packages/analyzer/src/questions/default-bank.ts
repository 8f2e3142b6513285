import { BEHAVIORAL_BANK, TECHNICAL_BANK, technicalTemplates } from '../bank/index.ts';
import type { QuestionBank } from './question-bank.types.ts';

/** The curated bank (packages/analyzer/src/bank), as the question pickers take it. */
export const DEFAULT_QUESTION_BANK: QuestionBank = {
  technical: TECHNICAL_BANK,
  behavioral: BEHAVIORAL_BANK,
  template: technicalTemplates,
};
