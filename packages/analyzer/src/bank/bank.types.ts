import type { SkillCategory } from '../taxonomy/skill-category.ts';

/** How senior a question is; picked by the seniority the job description asks for. */
export type QuestionLevel = 'junior' | 'mid' | 'senior';

/** A curated technical question with the interviewer's intention and a model answer. */
export interface BankQuestion {
  question: string;
  /** Why the interviewer asks it: what it reveals. */
  intention: string;
  /** What a strong candidate says: 2-5 sentences of substance. */
  answer: string;
  level: QuestionLevel;
}

/** The competencies behavioral questions are tagged with. */
export const COMPETENCIES = [
  'ownership',
  'conflict',
  'leadership',
  'failure',
  'ambiguity',
  'customer-focus',
  'mentoring',
  'prioritisation',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

/** A behavioral question; its answer is a first-person model answer in STAR form. */
export interface BehavioralBankQuestion {
  competency: Competency;
  question: string;
  intention: string;
  answer: string;
}

/** Builds questions for a skill the curated bank does not cover. */
export type TechnicalTemplate = (skill: string, category: SkillCategory) => BankQuestion[];
