import type { Analysis, GeneratedReport } from '@prepkit/shared';
import { analysisWarnings } from './analysis-warnings.ts';
import { parseJobDescription } from './jd/parse-job-description.ts';
import { asksForSoftware } from './jd/software-posting.ts';
import { buildPreparationPlan } from './plan/build-plan.ts';
import { DEFAULT_QUESTION_BANK } from './questions/default-bank.ts';
import { pickBehavioralQuestions, rankCompetencies } from './questions/pick-behavioral.ts';
import {
  FALLBACK_SKILLS,
  GENERAL_FALLBACK_SKILLS,
  pickTechnicalQuestions,
} from './questions/pick-technical.ts';
import type { QuestionBank } from './questions/question-bank.types.ts';
import type { EvidenceStrength } from './resume/evidence-lines.ts';
import { mergeResumes } from './resume/merge-resumes.ts';
import { parseResume } from './resume/parse-resume.ts';
import { RULES_VERSION } from './rules-version.ts';
import { scoreMatch } from './score/score-match.ts';
import { findSkillGaps } from './score/skill-gaps.ts';
import { isSoftSkill } from './taxonomy/taxonomy.ts';
import { writtenLanguage } from './text/written-language.ts';

/** What the analyzer reads. */
export interface AnalyzeInput {
  title: string;
  jobDescription: string;
  resumeText: string;
  selfDescription: string;
  /**
   * Characters the extractor found hidden in the resume file (invisible, white, tiny or
   * off-page text) and left out of `resumeText`; absent or 0 when none.
   */
  hiddenResumeChars?: number;
}

/** The report content and the analysis behind it. */
export interface AnalyzeResult {
  report: GeneratedReport;
  analysis: Analysis;
}

const MAX_CORE = 6;

/**
 * The deterministic analyzer: same input, byte-identical output. Parses both sides, scores the
 * match, lists gaps, picks questions and builds the preparation plan.
 */
export const analyze = (
  input: AnalyzeInput,
  bank: QuestionBank = DEFAULT_QUESTION_BANK,
): AnalyzeResult => {
  const posting = parseJobDescription(input.jobDescription, input.title);
  const resume = mergeResumes(
    parseResume(input.resumeText),
    parseResume(input.selfDescription, 'selfDescription'),
  );
  const candidateText = `${input.resumeText}\n${input.selfDescription}`;
  // A resume written in the language the posting asks for shows it: no gap, no question.
  const written = writtenLanguage(candidateText);
  const jd =
    written === null
      ? posting
      : { ...posting, skills: posting.skills.filter((s) => s.skill !== written) };
  const match = scoreMatch(jd, resume, candidateText);
  const gaps = findSkillGaps(match.coverage);
  const technicalSkills = jd.skills.filter((s) => !isSoftSkill(s.skill));
  const gapSkills = gaps.filter((g) => g.severity !== 'low').map((g) => g.skill);
  const core = technicalSkills
    .filter((s) => s.importance === 'required')
    .slice(0, MAX_CORE)
    .map((s) => s.skill);
  const questionSkills = [
    ...interleave(
      gapSkills.filter((s) => !isSoftSkill(s)),
      core,
    ),
    ...technicalSkills.map((s) => s.skill),
  ];
  const highGaps = gaps.filter((g) => g.severity === 'high').map((g) => g.skill);
  const software = asksForSoftware(jd.skills);
  const technicalQuestions = pickTechnicalQuestions(
    bank,
    questionSkills,
    jd.seniority,
    highGaps,
    software ? FALLBACK_SKILLS : GENERAL_FALLBACK_SKILLS,
  );
  const behavioralQuestions = pickBehavioralQuestions(bank, input.jobDescription);
  // Only skills the resume shows in use: the plan rehearses them from the candidate's own work.
  const shown = new Set(match.coverage.filter((c) => c.status === 'evidenced').map((c) => c.skill));
  const preparationPlan = buildPreparationPlan({
    gaps: gaps.map(({ skill, severity }) => ({ skill, severity })),
    coreSkills: core.filter((s) => shown.has(s)),
    competencies: rankCompetencies(input.jobDescription),
    technicalQuestions,
    title: jd.title,
    software,
  });
  const report: GeneratedReport = {
    matchScore: match.score,
    technicalQuestions,
    behavioralQuestions,
    skillGaps: gaps.map(({ skill, severity }) => ({ skill, severity })),
    preparationPlan,
  };
  const analysis: Analysis = {
    matchedSkills: match.coverage
      .filter((c) => c.status === 'evidenced' || c.status === 'listed' || c.status === 'claimed')
      .map((c) => ({
        skill: c.skill,
        evidence: c.evidence,
        strength: STRENGTH[c.status as MatchedStatus],
        ...(c.provenance && { provenance: c.provenance }),
      })),
    missingSkills: match.coverage.filter((c) => c.status === 'missing').map((c) => c.skill),
    adjacentSkills: match.coverage
      .filter((c) => c.status === 'related')
      .map((c) => ({ skill: c.skill, via: c.via ?? '' })),
    scoreBreakdown: match.breakdown,
    warnings: analysisWarnings({
      ...input,
      postingSkills: posting.skills.length,
      hiddenResumeChars: input.hiddenResumeChars ?? 0,
    }),
    rulesVersion: RULES_VERSION,
  };
  return { report, analysis };
};

type MatchedStatus = 'evidenced' | 'listed' | 'claimed';
const STRENGTH: Readonly<Record<MatchedStatus, EvidenceStrength>> = {
  evidenced: 'experience',
  listed: 'listed',
  claimed: 'claimed',
};

/** Alternates two priority lists (gaps, core skills), without duplicates. */
const interleave = (a: readonly string[], b: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    for (const s of [a[i], b[i]]) if (s !== undefined && !out.includes(s)) out.push(s);
  }
  return out;
};
