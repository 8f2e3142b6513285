import type { JdSkill } from '../jd/parse-job-description.ts';
import type { ResumeSkill } from '../resume/parse-resume.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';

/** How the candidate covers one skill of the posting. */
export type CoverageStatus = 'evidenced' | 'listed' | 'related' | 'missing';

/** One posting skill with how the resume covers it. */
export interface SkillCoverage {
  skill: string;
  importance: JdSkill['importance'];
  weight: number;
  status: CoverageStatus;
  /** The resume sentence that shows it, '' when missing or only related. */
  evidence: string;
  /** For `related`: the candidate's skill it is adjacent to. */
  via?: string;
}

/** Credit per status in the coverage ratios: an adjacent (related) skill is a guess, worth little. */
export const COVERAGE_CREDIT: Readonly<Record<CoverageStatus, number>> = {
  evidenced: 1,
  listed: 0.75,
  related: 0.1,
  missing: 0,
};

/** Matches every posting skill against the resume's skills. */
export const coverSkills = (
  jdSkills: readonly JdSkill[],
  resumeSkills: readonly ResumeSkill[],
): SkillCoverage[] => {
  const byName = new Map(resumeSkills.map((s) => [s.skill, s]));
  // A choice the candidate meets with another of its skills ("AWS or Azure", has AWS): no gap.
  const satisfied = (j: JdSkill): boolean =>
    !byName.has(j.skill) && (j.alternatives ?? []).some((a) => byName.has(a));
  return jdSkills
    .filter((j) => !satisfied(j))
    .map((j): SkillCoverage => {
      const own = byName.get(j.skill);
      const base = { skill: j.skill, importance: j.importance, weight: j.weight };
      if (own)
        return { ...base, status: own.evidenced ? 'evidenced' : 'listed', evidence: own.evidence };
      const related = relatedHit(j.skill, byName);
      if (related) return { ...base, status: 'related', evidence: '', via: related.skill };
      return { ...base, status: 'missing', evidence: '' };
    });
};

const relatedHit = (name: string, byName: ReadonlyMap<string, ResumeSkill>): ResumeSkill | null => {
  const skill = SKILL_BY_NAME.get(name);
  if (!skill) return null;
  for (const r of skill.related) {
    const hit = byName.get(r);
    if (hit) return hit;
  }
  return null;
};
