import type { Question } from '@prepkit/shared';
import type { BankQuestion, QuestionLevel } from '../bank/bank.types.ts';
import type { Seniority } from '../jd/seniority.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import type { QuestionBank } from './question-bank.types.ts';

const MIN = 5;
const MAX = 8;
/** Questions wanted before templates stop filling in. */
const TARGET = 6;
/** Uncurated skills asked about through templates, at most. */
const MAX_TEMPLATED = 2;
const LEVELS: readonly QuestionLevel[] = ['junior', 'mid', 'senior'];
/** Skills asked about when a software posting names too few. */
export const FALLBACK_SKILLS: readonly string[] = [
  'Problem Solving',
  'Communication',
  'Data Structures',
  'System Design',
  'Debugging',
];
/**
 * Skills asked about when any other posting names too few: a health educator or an office
 * manager is not asked how a hash table works.
 */
export const GENERAL_FALLBACK_SKILLS: readonly string[] = [
  'Problem Solving',
  'Communication',
  'Time Management',
  'Attention to Detail',
  'Stakeholder Management',
];

/** The question level a seniority calls for. */
export const levelFor = (seniority: Seniority): QuestionLevel =>
  seniority === 'intern' || seniority === 'junior'
    ? 'junior'
    : seniority === 'mid'
      ? 'mid'
      : 'senior';

/** Questions for one skill, nearest level first (then bank order): curated, else the template. */
export const questionsFor = (
  bank: QuestionBank,
  skill: string,
  level: QuestionLevel,
): BankQuestion[] => {
  const curated = bank.technical.get(skill) ?? [];
  const pool =
    curated.length > 0
      ? curated
      : bank.template(skill, SKILL_BY_NAME.get(skill)?.category ?? 'domain');
  const target = LEVELS.indexOf(level);
  return pool
    .map((q, i) => ({ q, i, d: Math.abs(LEVELS.indexOf(q.level) - target) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.q);
};

/**
 * Picks 5-8 technical questions for skills in priority order (gaps and core skills first);
 * each skill of `mustCover` (the high gaps) gets a question first.
 * Curated questions come first, one per skill per round at the posting's level; template
 * questions fill in for at most {@link MAX_TEMPLATED} uncurated skills, varying the template
 * so no two read alike; `fallback` skills ({@link FALLBACK_SKILLS} for software postings,
 * {@link GENERAL_FALLBACK_SKILLS} for the others) close any remaining shortfall. No repeats.
 */
export const pickTechnicalQuestions = (
  bank: QuestionBank,
  skills: readonly string[],
  seniority: Seniority,
  mustCover: readonly string[] = [],
  fallback: readonly string[] = FALLBACK_SKILLS,
): Question[] => {
  const level = levelFor(seniority);
  const covered = new Set(mustCover.slice(0, MAX));
  const list = [...new Set(skills)].filter((s) => !covered.has(s));
  const out: Question[] = [];
  const seen = new Set<string>();
  const add = (q: BankQuestion | undefined): boolean => {
    if (q === undefined || out.length >= MAX || seen.has(q.question)) return false;
    seen.add(q.question);
    out.push({ question: q.question, intention: q.intention, answer: q.answer });
    return true;
  };
  // Every high gap first: one question each, curated or from its category's template.
  for (const skill of covered) add(questionsFor(bank, skill, level)[0]);
  const curated = list
    .filter((s) => (bank.technical.get(s)?.length ?? 0) > 0)
    .map((s) => questionsFor(bank, s, level));
  for (const pool of curated) add(pool[0]);
  const templated = list
    .filter((s) => (bank.technical.get(s)?.length ?? 0) === 0)
    .slice(0, MAX_TEMPLATED);
  templated.forEach((s, k) => {
    if (out.length >= TARGET) return;
    const pool = questionsFor(bank, s, level);
    add(pool[k % Math.max(1, pool.length)]);
  });
  for (let round = 1; out.length < MIN; round++) {
    if (!curated.some((pool) => pool[round] !== undefined)) break;
    for (const pool of curated) if (out.length < MIN) add(pool[round]);
  }
  if (out.length < MIN && list.join() !== fallback.join()) {
    for (const q of pickTechnicalQuestions(bank, fallback, seniority, [], fallback)) {
      if (out.length >= MIN) break;
      if (!seen.has(q.question)) {
        seen.add(q.question);
        out.push(q);
      }
    }
  }
  return out;
};
