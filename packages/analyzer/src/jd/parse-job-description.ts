import { findSkills } from '../skills/find-skills.ts';
import { ROLE_NOUN } from '../taxonomy/negative-contexts.ts';
import type { SkillCategory } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { scanText } from '../text/document.ts';
import { type SectionSpan, sectionAt, splitSections } from '../text/sections.ts';
import { evidenceAt, sentenceSpan } from '../text/sentences.ts';
import { findAlternatives } from './alternatives.ts';
import {
  APPLICATION_SENTENCE,
  BOILERPLATE_SENTENCE,
  EMPLOYER_SENTENCE,
  JD_HEADINGS,
  type JdSection,
  ROLE_SUBJECT,
} from './jd-headings.ts';
import { deriveJdTitle } from './jd-title.ts';
import { negatedRanges } from './negations.ts';
import { blankPageMarkup, employerOf } from './page-markup.ts';
import { blankPrintDebris } from './print-debris.ts';
import { inRanges, preferredRanges } from './qualifiers.ts';
import { type Seniority, seniorityFromTitle, seniorityFromYears } from './seniority.ts';
import { asksForSoftware, INCIDENT_MANAGEMENT, onlyOnCall } from './software-posting.ts';
import { findYearsDemands, type YearsDemand } from './years-required.ts';

/** A skill the posting asks for. */
export interface JdSkill {
  skill: string;
  category: SkillCategory;
  importance: 'required' | 'preferred';
  /** Where and how often it appears: requirements 3, responsibilities 2, intro 1.5, preferred 1 per mention; title +3. */
  weight: number;
  count: number;
  evidence: string;
  /** Years of experience the posting asks for with this skill ("3+ years of Python"). */
  years?: number;
  /** Skills the posting offers instead ("AWS or Azure"): having one of them satisfies this one. */
  alternatives?: readonly string[];
}

/** What the analyzer reads from a job description. */
export interface ParsedJobDescription {
  title: string;
  seniority: Seniority;
  /** The overall years of experience asked for, or null. */
  yearsRequired: number | null;
  yearsDemands: YearsDemand[];
  /** Required first, then preferred; each by weight, then name. */
  skills: JdSkill[];
}

const SECTION_WEIGHT: Readonly<Record<JdSection, number>> = {
  requirements: 3,
  responsibilities: 2,
  intro: 1.5,
  preferred: 1,
  boilerplate: 0,
};

/**
 * The most a soft skill weighs: what one requirement line gives it, halved like every soft
 * skill. A posting that says "communication" ten times, or whose title is "Communications
 * Lead", still asks mainly for its other skills: an accountant who communicated with auditors
 * is no communications lead.
 */
const SOFT_SKILL_CAP = SECTION_WEIGHT.requirements / 2;

const LEADERSHIP = 'Leadership';
/**
 * A title that puts the person in charge ("Tech Lead", "Head of Data", "Director of IT",
 * "Teamleiter", "Projektleitung", "Jefe de proyecto", "Responsable pôle"): the role asks for leadership whether
 * or not the text says the word.
 */
const LEAD_TITLE =
  /\b(?:lead|head|director|chief|leader|jef[ea]|directeur|directrice|directora|diretor[a]?|direttore|direttrice|responsable|teamleider|leidinggevende)\b|\p{L}*(?<!halb)(?:leiter(?:in)?|leitung)\b/iu;

/** A skill as first found in a posting: one mention, its weight and its evidence. */
const firstFinding = (
  skill: string,
  importance: JdSkill['importance'],
  weight: number,
  evidence: string,
): JdSkill => ({
  skill,
  category: SKILL_BY_NAME.get(skill)?.category ?? 'domain',
  importance,
  weight,
  count: 1,
  evidence,
});

/**
 * A salary given on its heading's own line ("SALARY: $87,314 - $98,961 / year", "Compensation:
 * competitive"): a field of one line, not a section. The lines after it are the posting again.
 */
const SALARY_FIELD = /^[\s*#>•-]*(?:salary|compensation)\b[^:\n]{0,30}:[ \t]*\S/i;

const endSalaryFields = (
  text: string,
  spans: readonly SectionSpan<JdSection>[],
): SectionSpan<JdSection>[] => {
  const out: SectionSpan<JdSection>[] = [];
  for (const span of spans) {
    const lineEnd = span.key === 'boilerplate' ? text.indexOf('\n', span.start) : -1;
    if (
      lineEnd === -1 ||
      lineEnd + 1 >= span.end ||
      !SALARY_FIELD.test(text.slice(span.start, lineEnd))
    ) {
      out.push(span);
      continue;
    }
    const before = out.at(-1)?.key ?? 'intro';
    out.push({ key: 'boilerplate', start: span.start, end: lineEnd + 1 });
    out.push({
      key: before === 'boilerplate' ? 'intro' : before,
      start: lineEnd + 1,
      end: span.end,
    });
  }
  return out;
};

/** Parses a job description: sections, weighted skills, years, seniority and title. */
export const parseJobDescription = (text: string, title = ''): ParsedJobDescription => {
  const { original, folded, matches, sentences } = scanText(text, (folded) =>
    blankPrintDebris(blankPageMarkup(folded)),
  );
  // Benefits or salary text ends at the next heading, even one of no known kind ("## Role
  // Summary"): the rest of the posting is not boilerplate.
  const sections = endSalaryFields(
    folded,
    splitSections<JdSection>(folded, JD_HEADINGS, 'intro', (current) =>
      current === 'boilerplate' ? 'intro' : null,
    ),
  );
  const skills = new Map<string, JdSkill>();
  // What a sentence says is read once per sentence, however many skills it names.
  const sentenceKinds = new Map<
    number,
    { boilerplate: boolean; preferred: [number, number][]; negated: [number, number][] }
  >();
  const kindOf = (start: number, end: number) => {
    const span = sentenceSpan(sentences, start, end);
    let kind = sentenceKinds.get(span.from);
    if (kind === undefined) {
      const sentence = folded.slice(span.from, span.to).replace(/\s+/g, ' ');
      const trimmed = sentence.trim();
      kind = {
        boilerplate:
          BOILERPLATE_SENTENCE.test(sentence) ||
          APPLICATION_SENTENCE.test(sentence) ||
          (EMPLOYER_SENTENCE.test(trimmed) && !ROLE_SUBJECT.test(trimmed)),
        preferred: preferredRanges(folded, span.from, span.to),
        negated: negatedRanges(folded, span.from, span.to),
      };
      sentenceKinds.set(span.from, kind);
    }
    return kind;
  };
  for (const m of matches) {
    const section = sectionAt(sections, m.start);
    if (section === 'boilerplate') continue;
    const kind = kindOf(m.start, m.end);
    if (kind.boilerplate || inRanges(kind.negated, m.start)) continue;
    if (namesOtherPeople(folded, m.start, m.end)) continue;
    const preferred = section === 'preferred' || inRanges(kind.preferred, m.start);
    const weight = preferred ? SECTION_WEIGHT.preferred : SECTION_WEIGHT[section];
    const existing = skills.get(m.skill);
    if (existing) {
      existing.count++;
      existing.weight += weight;
      if (!preferred) existing.importance = 'required';
      continue;
    }
    skills.set(
      m.skill,
      firstFinding(
        m.skill,
        preferred ? 'preferred' : 'required',
        weight,
        evidenceAt(sentences, m.start, m.end),
      ),
    );
  }
  // The employer is no tool the post asks for: a page filed under `organization: Moodle` that
  // says "Moodle is an award-winning platform" asks for no Moodle.
  const employer = employerOf(original)?.toLowerCase();
  for (const name of skills.keys()) if (name.toLowerCase() === employer) skills.delete(name);
  if (
    onlyOnCall(folded, matches) &&
    !asksForSoftware([...skills.values()].filter((s) => s.skill !== INCIDENT_MANAGEMENT))
  )
    skills.delete(INCIDENT_MANAGEMENT);
  for (const [name, others] of findAlternatives(folded, matches)) {
    const skill = skills.get(name);
    if (skill) skill.alternatives = [...others].filter((o) => skills.has(o)).sort();
  }
  const roleTitle = deriveJdTitle(title, original);
  for (const found of findSkills(roleTitle)) {
    const skill = skills.get(found.skill);
    if (skill) {
      skill.weight += 3;
      skill.importance = 'required';
    }
  }
  if (LEAD_TITLE.test(roleTitle) && !skills.has(LEADERSHIP)) {
    skills.set(
      LEADERSHIP,
      firstFinding(LEADERSHIP, 'required', SECTION_WEIGHT.requirements, roleTitle),
    );
  }
  for (const skill of skills.values()) {
    if (skill.category === 'soft-skill') skill.weight = Math.min(skill.weight / 2, SOFT_SKILL_CAP);
    skill.weight = Math.round(skill.weight * 100) / 100;
  }
  const yearsDemands = findYearsDemands(folded);
  for (const demand of yearsDemands) {
    const skill = demand.skill === null ? undefined : skills.get(demand.skill);
    if (skill !== undefined) skill.years = Math.max(skill.years ?? 0, demand.years);
  }
  const yearsRequired = yearsDemands.reduce<number | null>(
    (max, d) => (max === null || d.years > max ? d.years : max),
    null,
  );
  const seniority =
    seniorityFromTitle(roleTitle) ??
    (yearsRequired === null ? 'mid' : seniorityFromYears(yearsRequired));
  return {
    title: roleTitle,
    seniority,
    yearsRequired,
    yearsDemands,
    skills: [...skills.values()].sort(compareJdSkills),
  };
};

/** A singular role that is somebody else: "report to the program manager", "with the support of a Data Scientist". */
const SOMEONE_ELSE_BEFORE =
  /\b(?:to|with|(?:support|help|guidance|direction) of|by|from|including)\s+(?:the|a|an|our|your|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Words before a plural role that still hire the candidate: "we are hiring data scientists". */
const HIRING_BEFORE =
  /\b(?:hiring|seeking|recruiting|looking for|search of|for|as|experienced|senior|junior|profils de|perfiles de)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Whether a role noun names other people, not the candidate: in a posting, "data scientists"
 * and "program managers" are the colleagues one works with or serves ("useful to Data
 * Scientists", "with other data engineers"); the post itself is a singular role.
 */
const namesOtherPeople = (text: string, start: number, end: number): boolean => {
  const role = text.slice(start, end);
  if (!ROLE_NOUN.test(role)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return /s$/i.test(role) ? !HIRING_BEFORE.test(before) : SOMEONE_ELSE_BEFORE.test(before);
};

/** Required before preferred, heavier first, then by name: a stable total order. */
export const compareJdSkills = (a: JdSkill, b: JdSkill): number =>
  (a.importance === b.importance ? 0 : a.importance === 'required' ? -1 : 1) ||
  b.weight - a.weight ||
  (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0);
