import type {
  BankQuestion,
  BehavioralBankQuestion,
  TechnicalTemplate,
} from '../bank/bank.types.ts';

/** The question data the picker draws from (the curated bank in production). */
export interface QuestionBank {
  /** Curated technical questions keyed by canonical skill name. */
  technical: ReadonlyMap<string, readonly BankQuestion[]>;
  behavioral: readonly BehavioralBankQuestion[];
  /** Questions for a skill the curated bank does not cover. */
  template: TechnicalTemplate;
}
