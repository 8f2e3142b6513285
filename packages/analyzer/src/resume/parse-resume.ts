import { type Seniority, seniorityFromTitle, seniorityFromYears } from '../jd/seniority.ts';
import type { SkillCategory } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { scanText } from '../text/document.ts';
import { sectionAt, splitSections } from '../text/sections.ts';
import { evidenceAt, type SentenceIndex, sentenceSpan } from '../text/sentences.ts';
import { RESUME_HEADINGS, type ResumeSection } from './resume-headings.ts';
import { claimedYears, findDateRanges, yearsCovered } from './years-of-experience.ts';

/** A skill the candidate shows, with the sentence that shows it. */
export interface ResumeSkill {
  skill: string;
  category: SkillCategory;
  count: number;
  /** A sentence from experience/projects when there is one, else from where it was listed. */
  evidence: string;
  /** Shown in experience, projects or the candidate's own prose (not only listed). */
  evidenced: boolean;
  /** Listed in a skills section. */
  listed: boolean;
  sections: ResumeSection[];
}

/** What the analyzer reads from a resume (and/or the candidate's self-description). */
export interface ParsedResume {
  skills: ResumeSkill[];
  /** Total years from date ranges (or the candidate's own claim, whichever is larger); null if none. */
  yearsOfExperience: number | null;
  seniority: Seniority | null;
  /** The first lines of the resume, where the role title usually is. */
  headline: string;
}

const EVIDENCE_SECTIONS: ReadonlySet<ResumeSection> = new Set([
  'experience',
  'projects',
  'header',
  'other',
]);
const YEARS_EXCLUDED: ReadonlySet<ResumeSection> = new Set([
  'education',
  'projects',
  'certifications',
]);

/** Parses resume text: sections, skills with evidence, years of experience, seniority. */
export const parseResume = (text: string): ParsedResume => {
  const { original, folded, matches, sentences } = scanText(text);
  const prose = new Map<number, boolean>();
  const sections = splitSections<ResumeSection>(folded, RESUME_HEADINGS, 'header');
  const skills = new Map<string, ResumeSkill>();
  for (const m of matches) {
    const section = sectionAt(sections, m.start);
    const evidenced =
      EVIDENCE_SECTIONS.has(section) ||
      (section === 'summary' && isProse(sentences, m.start, prose));
    let skill = skills.get(m.skill);
    if (!skill) {
      skill = {
        skill: m.skill,
        category: SKILL_BY_NAME.get(m.skill)?.category ?? 'domain',
        count: 0,
        evidence: evidenceAt(sentences, m.start, m.end),
        evidenced: false,
        listed: false,
        sections: [],
      };
      skills.set(m.skill, skill);
    }
    skill.count++;
    if (evidenced && !skill.evidenced) skill.evidence = evidenceAt(sentences, m.start, m.end);
    skill.evidenced ||= evidenced;
    skill.listed ||= section === 'skills';
    if (!skill.sections.includes(section)) skill.sections.push(section);
  }
  const work = sections.filter((s) => s.key === 'experience');
  const scope = work.length > 0 ? work : sections.filter((s) => !YEARS_EXCLUDED.has(s.key));
  const ranges = scope.flatMap((s) => findDateRanges(folded.slice(s.start, s.end)));
  const fromRanges = ranges.length > 0 ? yearsCovered(ranges) : null;
  const claimed = claimedYears(folded);
  const years =
    fromRanges === null && claimed === null ? null : Math.max(fromRanges ?? 0, claimed ?? 0);
  const headline = original
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 3)
    .join(' | ');
  const seniority =
    seniorityFromTitle(headline) ?? (years === null ? null : seniorityFromYears(years));
  return { skills: [...skills.values()], yearsOfExperience: years, seniority, headline };
};

const PROSE =
  /\b(built|developed|designed|led|implemented|created|shipped|delivered|managed|architected|launched|used)\b/i;

/**
 * A summary sentence counts as evidence when it tells (a verb phrase), not when it lists.
 * Decided once per sentence (`seen`, keyed by where the sentence starts).
 */
const isProse = (sentences: SentenceIndex, at: number, seen: Map<number, boolean>): boolean => {
  const span = sentenceSpan(sentences, at, at + 1);
  let verdict = seen.get(span.from);
  if (verdict === undefined) {
    verdict = PROSE.test(sentences.text.slice(span.from, span.to));
    seen.set(span.from, verdict);
  }
  return verdict;
};
