export { type AnalyzeInput, type AnalyzeResult, analyze } from './analyze.ts';
export type {
  BankQuestion,
  BehavioralBankQuestion,
  Competency,
  QuestionLevel,
} from './bank/bank.types.ts';
export { deriveJdTitle } from './jd/jd-title.ts';
export {
  type JdSkill,
  type ParsedJobDescription,
  parseJobDescription,
} from './jd/parse-job-description.ts';
export { SENIORITIES, type Seniority } from './jd/seniority.ts';
export type { QuestionBank } from './questions/question-bank.types.ts';
export { type ParsedResume, parseResume, type ResumeSkill } from './resume/parse-resume.ts';
export { RULES_VERSION } from './rules-version.ts';
export { type MatchResult, SCORE_WEIGHTS, scoreMatch } from './score/score-match.ts';
export type { SkillCoverage } from './score/skill-coverage.ts';
export { findSkillGaps } from './score/skill-gaps.ts';
export { type FoundSkill, findSkills } from './skills/find-skills.ts';
export {
  failsBadly,
  type GroundingResult,
  type GroundingSource,
  groundResume,
} from './tailor/ground-resume.ts';
export { POSTING_SKILLS_GROUP, type TailorInput, tailorResume } from './tailor/tailor-resume.ts';
export type { Skill } from './taxonomy/skill.types.ts';
export { SKILL_CATEGORIES, type SkillCategory } from './taxonomy/skill-category.ts';
export { SKILL_BY_NAME, SKILL_NAMES, SKILLS } from './taxonomy/taxonomy.ts';
