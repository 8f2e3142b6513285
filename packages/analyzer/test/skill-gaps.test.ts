import { describe, expect, it } from 'vitest';
import { findSkillGaps } from '../src/index.ts';
import type { SkillCoverage } from '../src/score/skill-coverage.ts';

const c = (
  skill: string,
  importance: 'required' | 'preferred',
  status: SkillCoverage['status'],
  weight = 1,
): SkillCoverage => ({
  skill,
  importance,
  status,
  weight,
  evidence: '',
});

describe('findSkillGaps', () => {
  it('when skills are missing or weak, then severities follow the rules and are ordered high, medium, low', () => {
    const gaps = findSkillGaps([
      c('Terraform', 'preferred', 'missing'),
      c('Kubernetes', 'required', 'listed'),
      c('Java', 'required', 'missing', 2),
      c('Go', 'required', 'missing', 5),
      c('Helm', 'required', 'related'),
      c('Python', 'required', 'evidenced'),
    ]);
    expect(gaps.map((g) => [g.skill, g.severity])).toEqual([
      ['Go', 'high'],
      ['Java', 'high'],
      ['Kubernetes', 'medium'],
      ['Terraform', 'medium'],
      ['Helm', 'low'],
    ]);
  });

  it('when a soft skill is missing, then it is at most a low gap', () => {
    expect(findSkillGaps([c('Communication', 'required', 'missing')])).toEqual([
      { skill: 'Communication', severity: 'low', weight: 1 },
    ]);
  });

  it('when a skill appears twice, then it is one gap', () => {
    expect(
      findSkillGaps([c('Go', 'required', 'missing'), c('Go', 'preferred', 'missing')]),
    ).toHaveLength(1);
  });
});
