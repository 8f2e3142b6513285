import type { ScoreBreakdown } from '@prepkit/shared';
import type { ParsedJobDescription } from '../jd/parse-job-description.ts';
import { seniorityGap } from '../jd/seniority.ts';
import type { ParsedResume } from '../resume/parse-resume.ts';
import { roleFit } from './role-fit.ts';
import {
  COVERAGE_CREDIT,
  coverSkills,
  type SkillCoverage,
  unprovenAlternatives,
} from './skill-coverage.ts';

/** The weight of each component in the score; they add up to 1. */
export const SCORE_WEIGHTS: ScoreBreakdown['weights'] = {
  requiredCoverage: 0.55,
  preferredCoverage: 0.15,
  experienceFit: 0.15,
  titleFit: 0.15,
};

/** The score, its explainable breakdown and the per-skill coverage behind it. */
export interface MatchResult {
  score: number;
  breakdown: ScoreBreakdown;
  coverage: SkillCoverage[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The weighted share of `items` covered; `uncovered` adds skills that count with no credit
 * (see {@link unprovenAlternatives}).
 */
const ratio = (
  items: readonly SkillCoverage[],
  uncovered: readonly { weight: number }[] = [],
): number | null => {
  const total =
    items.reduce((s, i) => s + i.weight, 0) + uncovered.reduce((s, i) => s + i.weight, 0);
  if (total === 0) return null;
  return items.reduce((s, i) => s + i.weight * COVERAGE_CREDIT[i.status], 0) / total;
};

/**
 * Scores a resume against a posting, 0-100: weighted coverage of required and preferred skills
 * (see {@link COVERAGE_CREDIT}: evidence in experience counts fully, a bare list entry or a
 * claim a fraction, a related skill nothing), years of experience against the demand, and
 * role/seniority fit read from what the candidate tells of its work (not from lists).
 */
export const scoreMatch = (
  jd: ParsedJobDescription,
  resume: ParsedResume,
  resumeText: string,
): MatchResult => {
  const coverage = coverSkills(jd.skills, resume.skills);
  const unproven = unprovenAlternatives(jd.skills, resume.skills);
  const empty = resumeText.trim().length === 0;
  const required = ratio(
    coverage.filter((c) => c.importance === 'required'),
    unproven.filter((j) => j.importance === 'required'),
  );
  const preferred = ratio(
    coverage.filter((c) => c.importance === 'preferred'),
    unproven.filter((j) => j.importance === 'preferred'),
  );
  const requiredCoverage = empty ? 0 : (required ?? preferred ?? 0.5);
  const preferredCoverage = empty ? 0 : (preferred ?? requiredCoverage);
  const role = roleFit(jd.title, resume.narrative);
  // Years count as far as they were spent in the posting's kind of role: five years of backend
  // work are not five years of front-end work. Read from the narrative, so a pasted list of
  // the posting's skills cannot raise it.
  const experienceFit = empty
    ? 0
    : fitYears(jd.yearsRequired, resume.yearsOfExperience) * (0.5 + 0.5 * role);
  const seniorityFit =
    resume.seniority === null
      ? 0.5
      : Math.max(0, 1 - 0.3 * seniorityGap(jd.seniority, resume.seniority));
  const titleFit = empty ? 0 : 0.6 * role + 0.4 * seniorityFit;
  const breakdown: ScoreBreakdown = {
    requiredCoverage: round2(requiredCoverage),
    preferredCoverage: round2(preferredCoverage),
    experienceFit: round2(experienceFit),
    titleFit: round2(titleFit),
    weights: { ...SCORE_WEIGHTS },
  };
  const raw =
    breakdown.requiredCoverage * SCORE_WEIGHTS.requiredCoverage +
    breakdown.preferredCoverage * SCORE_WEIGHTS.preferredCoverage +
    breakdown.experienceFit * SCORE_WEIGHTS.experienceFit +
    breakdown.titleFit * SCORE_WEIGHTS.titleFit;
  return { score: Math.min(100, Math.max(0, Math.round(raw * 100))), breakdown, coverage };
};

/** Years against the demand: 1 when met or not asked, a linear share below it, 0.5 when unknown. */
export const fitYears = (required: number | null, have: number | null): number => {
  if (required === null || required === 0) return 1;
  if (have === null) return 0.5;
  return Math.min(1, have / required);
};
