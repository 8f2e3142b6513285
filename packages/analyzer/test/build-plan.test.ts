import { describe, expect, it } from 'vitest';
import { buildPreparationPlan } from '../src/plan/build-plan.ts';

const plan = (high: number, medium: number, core: string[] = ['Python', 'SQL']) =>
  buildPreparationPlan({
    gaps: [
      ...Array.from({ length: high }, (_, i) => ({ skill: `High${i}`, severity: 'high' as const })),
      ...Array.from({ length: medium }, (_, i) => ({
        skill: `Medium${i}`,
        severity: 'medium' as const,
      })),
    ],
    coreSkills: core,
    competencies: ['ownership', 'conflict', 'failure'],
    technicalQuestions: [{ question: 'Q1?', intention: 'i', answer: 'a' }],
    title: 'Engineer',
    software: true,
  });

describe('buildPreparationPlan', () => {
  it('when there are no gaps, then the plan still has 5 days ending with behavioral stories and a mock interview', () => {
    const p = plan(0, 0, []);
    expect(p).toHaveLength(5);
    expect(p.at(-2)?.focus).toBe('Behavioral stories (STAR)');
    expect(p.at(-1)?.focus).toBe('Mock interview and review');
  });

  it('when there are many gaps, then the plan is capped at 14 days', () => {
    expect(plan(20, 10)).toHaveLength(14);
  });

  it('when there are gaps, then high gaps come first, one per day, and days are numbered 1..N', () => {
    const p = plan(2, 3);
    expect(p.map((d) => d.focus).slice(0, 4)).toEqual([
      'Close the gap: High0',
      'Close the gap: High1',
      'Strengthen: Medium0 and Medium1',
      'Strengthen: Medium2',
    ]);
    expect(p.map((d) => d.day)).toEqual(p.map((_, i) => i + 1));
  });

  it('when any plan is built, then every day has 3-5 tasks', () => {
    for (const p of [plan(0, 0, []), plan(3, 4), plan(20, 10)]) {
      for (const d of p) {
        expect(d.tasks.length).toBeGreaterThanOrEqual(3);
        expect(d.tasks.length).toBeLessThanOrEqual(5);
      }
    }
  });
});
