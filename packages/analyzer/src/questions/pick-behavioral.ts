import type { Question } from '@prepkit/shared';
import { COMPETENCIES, type Competency } from '../bank/bank.types.ts';
import type { QuestionBank } from './question-bank.types.ts';

/** Words in a posting that call for each competency. */
export const COMPETENCY_SIGNALS: Readonly<Record<Competency, RegExp>> = {
  ownership:
    /\b(own|owns|owning|ownership|accountab\w*|end[- ]to[- ]end|autonom\w*|self[- ]driven|independent\w*|responsab\w*)\b/gi,
  conflict: /\b(conflict\w*|disagree\w*|stakeholders?|negotiat\w*|align\w*|consensus)\b/gi,
  leadership:
    /\b(lead|leads|leading|leadership|influence|drive|drives|direct\w*|liderazgo|lider)\b/gi,
  failure:
    /\b(experiment\w*|iterat\w*|postmortems?|post-mortems?|learn from|resilien\w*|risk\w*|riesgos?)\b/gi,
  ambiguity: /\b(ambigu\w*|fast[- ]paced|dynamic|startup|uncertain\w*|evolving|changing)\b/gi,
  'customer-focus':
    /\b(customers?|clients?|users?|user[- ]facing|consumer[- ]facing|clientes?|usuarios?)\b/gi,
  mentoring: /\b(mentor\w*|coach\w*|junior members|guidance|teach\w*|train\w*|supervis\w*)\b/gi,
  prioritisation:
    /\b(priorit\w*|deadlines?|roadmaps?|backlogs?|trade[- ]offs?|multiple projects|time management|plazos)\b/gi,
};

const MIN = 3;
const MAX = 5;
const DEFAULT_ORDER: readonly Competency[] = [
  'ownership',
  'conflict',
  'failure',
  'prioritisation',
  'customer-focus',
  'ambiguity',
  'leadership',
  'mentoring',
];

/** Competencies ordered by how strongly the posting signals them (ties: default order). */
export const rankCompetencies = (jobDescription: string): Competency[] => {
  const counts = COMPETENCIES.map((c) => ({ c, n: signalCount(jobDescription, c) }));
  const signalled = counts
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || DEFAULT_ORDER.indexOf(a.c) - DEFAULT_ORDER.indexOf(b.c));
  const rest = DEFAULT_ORDER.filter((c) => !signalled.some((x) => x.c === c));
  return [...signalled.map((x) => x.c), ...rest];
};

/** How many times the posting signals a competency. */
export const signalCount = (text: string, competency: Competency): number =>
  (text.match(COMPETENCY_SIGNALS[competency]) ?? []).length;

/** A small stable hash, to vary the question within a competency by posting. */
const hash = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};

/** Picks 3-5 behavioral questions, one per competency, by the posting's signals. */
export const pickBehavioralQuestions = (bank: QuestionBank, jobDescription: string): Question[] => {
  const ranked = rankCompetencies(jobDescription);
  const signalled = ranked.filter((c) => signalCount(jobDescription, c) > 0);
  const count = Math.min(MAX, Math.max(MIN, signalled.length));
  const seed = hash(jobDescription);
  const out: Question[] = [];
  for (const competency of ranked) {
    if (out.length >= count) break;
    const pool = bank.behavioral.filter((q) => q.competency === competency);
    const q = pool[seed % Math.max(1, pool.length)];
    if (q) out.push({ question: q.question, intention: q.intention, answer: q.answer });
  }
  return out;
};
