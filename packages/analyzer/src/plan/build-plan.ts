import type { PlanDay, Question, SkillGap } from '@prepkit/shared';
import type { Competency } from '../bank/bank.types.ts';

/** What the plan is built from. */
export interface PlanInput {
  gaps: readonly SkillGap[];
  /** Core skills of the posting the candidate already has, most important first. */
  coreSkills: readonly string[];
  competencies: readonly Competency[];
  technicalQuestions: readonly Question[];
  title: string;
}

const MIN_DAYS = 5;
const MAX_DAYS = 14;

const gapDay = (skill: string, severity: SkillGap['severity']): Omit<PlanDay, 'day'> => ({
  focus: `${severity === 'high' ? 'Close the gap' : 'Strengthen'}: ${skill}`,
  tasks: [
    `Study the fundamentals of ${skill} from its official documentation or a reference guide, and write a one-page summary of the key concepts.`,
    `Build a small, working exercise that uses ${skill} end to end and push it to a repository you can show.`,
    `Prepare a two-minute explanation of how you would use ${skill} in this role, with one concrete example.`,
    `List three interview questions about ${skill} and answer each out loud in under two minutes.`,
  ],
});

const pairDay = (skills: readonly string[], label: string): Omit<PlanDay, 'day'> => ({
  focus: `${label}: ${skills.join(' and ')}`,
  tasks: [
    ...skills.map(
      (s) =>
        `Review ${s}: revisit its core concepts and the trade-offs you would discuss in an interview.`,
    ),
    `Pick one project from your resume that used ${skills.join(' or ')} and rehearse it as a 3-minute story (problem, your decisions, measurable result).`,
    `Solve two practice problems or small katas that exercise ${skills.join(' and ')}.`,
  ],
});

const pairs = (items: readonly string[]): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2));
  return out;
};

/**
 * A 5-14 day plan: one day per high gap, medium and low gaps two per day, then core skills two
 * per day, a behavioral-stories day, and a final mock-interview day. Each day has 3-5 tasks.
 */
export const buildPreparationPlan = (input: PlanInput): PlanDay[] => {
  const high = input.gaps.filter((g) => g.severity === 'high').map((g) => gapDay(g.skill, 'high'));
  const lesser = pairs(input.gaps.filter((g) => g.severity !== 'high').map((g) => g.skill)).map(
    (p) => pairDay(p, 'Strengthen'),
  );
  const budget = MAX_DAYS - 2;
  let days = [...high, ...lesser].slice(0, budget);
  const core = pairs(input.coreSkills.slice(0, 6));
  for (const p of core) {
    if (days.length >= budget) break;
    days.push(pairDay(p, 'Deepen core skills'));
  }
  while (days.length < MIN_DAYS - 2) {
    days.push({
      focus: 'Fundamentals and problem solving',
      tasks: [
        'Solve three timed practice problems and review each solution for clarity and complexity.',
        `Re-read the ${input.title || 'job'} posting and map each requirement to an example from your experience.`,
        'Explain one technical project from your resume out loud, as you would to an interviewer.',
      ],
    });
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
