import type { PlanDay, Question, SkillGap } from '@prepkit/shared';
import type { Competency } from '../bank/bank.types.ts';
import { coreTasks } from './core-steps.ts';
import { type GapKind, gapKind, gapTasks } from './gap-steps.ts';
import { isFoundationOf, orderByPrerequisite } from './prerequisites.ts';

/** What the plan is built from. */
export interface PlanInput {
  gaps: readonly SkillGap[];
  /** Core skills of the posting the candidate already has, most important first. */
  coreSkills: readonly string[];
  competencies: readonly Competency[];
  technicalQuestions: readonly Question[];
  title: string;
  /** Whether the posting asks for software work: its practice day solves timed problems. */
  software: boolean;
}

const MIN_DAYS = 5;
const MAX_DAYS = 14;

/** Core skills the resume shows in use: rehearsed from the candidate's own work. */
const pairDay = (skills: readonly string[], label: string): Omit<PlanDay, 'day'> => ({
  focus: `${label}: ${skills.join(' and ')}`,
  tasks: coreTasks(skills),
});

const pairs = (items: readonly string[]): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2));
  return out;
};

/**
 * The gap days: high gaps one per day, medium and low gaps two per day, chosen by severity to
 * fit `budget` days, then put in prerequisite order (fundamentals first). Each day's tasks are
 * worded for the gap's kind, and two gaps of one kind get different wordings.
 */
const gapDays = (gaps: readonly SkillGap[], budget: number): Omit<PlanDay, 'day'>[] => {
  const high = gaps.filter((g) => g.severity === 'high').map((g) => g.skill);
  const lesser = gaps.filter((g) => g.severity !== 'high').map((g) => g.skill);
  const chosenHigh = high.slice(0, budget);
  const chosenLesser = lesser.slice(0, Math.max(0, budget - chosenHigh.length) * 2);
  const isHigh = new Set(chosenHigh);
  const used = new Map<GapKind, number>();
  const tasksFor = (skill: string): string[] => {
    const kind = gapKind(skill);
    const n = used.get(kind) ?? 0;
    used.set(kind, n + 1);
    return gapTasks(skill, n);
  };
  const days: Omit<PlanDay, 'day'>[] = [];
  let waiting: string | null = null;
  const flush = () => {
    if (waiting === null) return;
    days.push({ focus: `Strengthen: ${waiting}`, tasks: tasksFor(waiting) });
    waiting = null;
  };
  // High gaps first, fundamentals before what builds on them; a lesser gap joins them only
  // when it is a foundation of one (Python before a high PyTorch), else it follows them.
  const early = chosenLesser.filter((l) => chosenHigh.some((h) => isFoundationOf(l, h)));
  const late = chosenLesser.filter((l) => !early.includes(l));
  const order = [...orderByPrerequisite([...chosenHigh, ...early]), ...orderByPrerequisite(late)];
  for (const skill of order) {
    if (isHigh.has(skill)) {
      flush();
      days.push({ focus: `Close the gap: ${skill}`, tasks: tasksFor(skill) });
    } else if (waiting === null) {
      waiting = skill;
    } else {
      const first: string = waiting;
      days.push({
        focus: `Strengthen: ${first} and ${skill}`,
        tasks: [...tasksFor(first).slice(0, 2), ...tasksFor(skill).slice(0, 2)],
      });
      waiting = null;
    }
  }
  flush();
  return days;
};

/** Days that fill a short plan, each different, none assuming experience the resume lacks. */
const fillerDays = (title: string, software: boolean): Omit<PlanDay, 'day'>[] => [
  {
    focus: 'Fundamentals and problem solving',
    tasks: [
      software
        ? 'Solve three timed practice problems and review each solution for clarity and complexity.'
        : "Pick two situations the posting's duties describe and write down, step by step, how you would handle each.",
      `Re-read the ${title || 'job'} posting and map each requirement to an example from your work, study or projects.`,
      'Write down the requirement you are least sure about and one way to learn it this week.',
    ],
  },
  {
    focus: 'The employer and the role',
    tasks: [
      "Read the employer's website and recent news, and note three facts you could mention.",
      'Write a one-minute answer to "Why this role?" tied to what the posting asks for.',
      'Prepare a two-minute "Tell me about yourself" and rehearse it aloud.',
    ],
  },
  {
    focus: 'Explaining your work clearly',
    tasks: [
      'Explain one idea from your field to a non-specialist in two minutes and record it.',
      'Answer two of the technical questions in this report aloud, without notes.',
      'Listen to both recordings and note one habit to keep and one to drop.',
    ],
  },
];

/**
 * A 5-14 day plan: the gap days (see {@link gapDays}), then core skills the resume shows two per
 * day, a behavioral-stories day, and a final mock-interview day. Each day has 3-5 tasks.
 */
export const buildPreparationPlan = (input: PlanInput): PlanDay[] => {
  const budget = MAX_DAYS - 2;
  let days = gapDays(input.gaps, budget);
  const core = pairs(input.coreSkills.slice(0, 6));
  for (const p of core) {
    if (days.length >= budget) break;
    days.push(pairDay(p, 'Deepen core skills'));
  }
  for (const filler of fillerDays(input.title, input.software)) {
    if (days.length >= MIN_DAYS - 2) break;
    days.push(filler);
  }
  days = days.slice(0, budget);
  const competencies = input.competencies.slice(0, 3);
  days.push({
    focus: 'Behavioral stories (STAR)',
    tasks: [
      ...competencies.map(
        (c) =>
          `Write a STAR story that shows ${c.replace('-', ' ')}: situation, task, your actions, measurable result.`,
      ),
      'Rehearse each story aloud in under two minutes and cut anything that does not show your own actions.',
      'Prepare two thoughtful questions to ask the interviewers about the team and the role.',
    ].slice(0, 5),
  });
  const sample = input.technicalQuestions
    .slice(0, 2)
    .map((q) => `Answer under time pressure: "${q.question}"`);
  days.push({
    focus: 'Mock interview and review',
    tasks: [
      'Run a 60-minute mock interview with a peer or recorded on video: technical questions first, then behavioral.',
      ...sample,
      'Review the recording, note three improvements, and re-answer the weakest question.',
    ].slice(0, 5),
  });
  return days.map((d, i) => ({ day: i + 1, focus: d.focus, tasks: d.tasks }));
};
