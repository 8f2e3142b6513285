import type { Severity, SkillGap } from '@prepkit/shared';
import { isSoftSkill } from '../taxonomy/taxonomy.ts';
import type { SkillCoverage } from './skill-coverage.ts';

const RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };
const MAX_GAPS = 15;

/** The severity of one coverage, or null when it is no gap. */
export const gapSeverity = (c: SkillCoverage): Severity | null => {
  const soft = isSoftSkill(c.skill);
  if (c.status === 'evidenced') return null;
  if (c.importance === 'required') {
    if (c.status === 'missing') return soft ? 'low' : 'high';
    if (c.status === 'listed' || c.status === 'claimed') return soft ? null : 'medium';
    return soft ? null : 'low';
  }
  if (c.status === 'missing') return soft ? 'low' : 'medium';
  return soft ? null : 'low';
};

/**
 * Skill gaps: required and missing -> high; preferred and missing, or required but only listed
 * or claimed with no evidence -> medium; weakly covered (only a related skill) -> low. Soft skills are
 * never more than low. Ordered by severity, then posting weight, then name; no duplicates.
 */
export const findSkillGaps = (
  coverage: readonly SkillCoverage[],
): (SkillGap & { weight: number })[] => {
  const gaps: (SkillGap & { weight: number })[] = [];
  const seen = new Set<string>();
  for (const c of coverage) {
    const severity = gapSeverity(c);
    if (severity === null || seen.has(c.skill)) continue;
    seen.add(c.skill);
    gaps.push({ skill: c.skill, severity, weight: c.weight });
  }
  gaps.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      b.weight - a.weight ||
      (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0),
  );
  return gaps.slice(0, MAX_GAPS);
};
