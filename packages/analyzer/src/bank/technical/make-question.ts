import type { BankQuestion, QuestionLevel } from '../bank.types.ts';

/** Builds one curated question; a compact constructor so the data files stay readable. */
export const q = (
  level: QuestionLevel,
  question: string,
  intention: string,
  answer: string,
): BankQuestion => ({ question, intention, answer, level });
