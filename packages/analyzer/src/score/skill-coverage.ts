import type { JdSkill } from '../jd/parse-job-description.ts';
import type { Provenance, ResumeSkill } from '../resume/parse-resume.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';

/** How the candidate covers one skill of the posting. */
export type CoverageStatus = 'evidenced' | 'listed' | 'claimed' | 'related' | 'missing';

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
  /** For a matched skill: where its strongest evidence is. */
  provenance?: Provenance;
}

/**
 * Credit per status in the coverage ratios. Evidence that costs nothing to add earns little:
 * a skill only in a bare list earns a fifth of one used in work (at most a third, so that a
 * pasted list of the posting's skills moves a weak resume by at most 15 points), a claim in a
 * summary or the self-description less still; an adjacent (related) skill is a guess and earns
 * nothing.
 */
export const COVERAGE_CREDIT: Readonly<Record<CoverageStatus, number>> = {
  evidenced: 1,
  listed: 0.2,
  claimed: 0.15,
  related: 0,
  missing: 0,
};

const STATUS_OF: Readonly<Record<ResumeSkill['strength'], CoverageStatus>> = {
  experience: 'evidenced',
  listed: 'listed',
  claimed: 'claimed',
};

/** Matches every posting skill against the resume's skills. */
export const coverSkills = (
  jdSkills: readonly JdSkill[],
  resumeSkills: readonly ResumeSkill[],
): SkillCoverage[] => {
  const byName = new Map(resumeSkills.map((s) => [s.skill, s]));
  // A choice the candidate meets with another of its skills ("AWS or Azure", has AWS): no gap.
  return jdSkills
    .filter((j) => alternativesMet(j, byName).length === 0)
    .map((j): SkillCoverage => {
      const own = byName.get(j.skill);
      const base = { skill: j.skill, importance: j.importance, weight: j.weight };
      if (own)
        return {
          ...base,
          status: STATUS_OF[own.strength],
          evidence: own.evidence,
          provenance: own.provenance,
        };
      const related = relatedHit(j.skill, byName);
      if (related) return { ...base, status: 'related', evidence: '', via: related.skill };
      return { ...base, status: 'missing', evidence: '' };
    });
};

/**
 * The posting skills that {@link coverSkills} leaves out as met by an alternative ("Odoo or
 * another ERP") although the candidate shows no alternative in work, only in a list or a claim:
 * the score still counts them as not covered. Otherwise a listed "ERP" would take the posting's
 * heaviest requirement out of what a weak resume is measured against, and a pasted list would
 * gain more than its own credit. The gaps still treat the choice as met.
 */
export const unprovenAlternatives = (
  jdSkills: readonly JdSkill[],
  resumeSkills: readonly ResumeSkill[],
): JdSkill[] => {
  const byName = new Map(resumeSkills.map((s) => [s.skill, s]));
  return jdSkills.filter((j) => {
    const met = alternativesMet(j, byName);
    return met.length > 0 && met.every((a) => a.strength !== 'experience');
  });
};

/**
 * The candidate's skills that meet a posting skill it lacks as the posting's alternatives to it
 * ("AWS or Azure": AWS for Azure); none when the candidate has the skill itself.
 */
const alternativesMet = (j: JdSkill, byName: ReadonlyMap<string, ResumeSkill>): ResumeSkill[] =>
  byName.has(j.skill) ? [] : (j.alternatives ?? []).flatMap((a) => byName.get(a) ?? []);

const relatedHit = (name: string, byName: ReadonlyMap<string, ResumeSkill>): ResumeSkill | null => {
  const skill = SKILL_BY_NAME.get(name);
  if (!skill) return null;
  for (const r of skill.related) {
    const hit = byName.get(r);
    if (hit) return hit;
  }
  return null;
};
