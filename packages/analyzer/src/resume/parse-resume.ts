import { type Seniority, seniorityFromTitle, seniorityFromYears } from '../jd/seniority.ts';
import type { SkillMatch } from '../taxonomy/match-skills.ts';
import type { SkillCategory } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { blankMatches, inContext, saysItself, scanText } from '../text/document.ts';
import { type SectionSpan, sectionAt, splitSections } from '../text/sections.ts';
import { evidenceAt } from '../text/sentences.ts';
import { blankCompanyNames } from './company-names.ts';
import {
  findGrantsEntry,
  findPublicationsEntry,
  findSupervisionEntry,
  findTalksEntry,
  type SectionEntry,
} from './dated-sections.ts';
import {
  type EvidenceStrength,
  indexLines,
  isListLine,
  type LineIndex,
  lineAt,
  lineBounds,
  matchedCharsByLine,
  STRENGTH_RANK,
} from './evidence-lines.ts';
import { blankTemplateParts } from './render-settings.ts';
import { RESUME_HEADINGS, type ResumeSection } from './resume-headings.ts';
import { claimedYears, findDateRanges, yearsCovered } from './years-of-experience.ts';

/** Which text a skill was read from: the resume file or the candidate's self-description. */
export type EvidenceSource = 'resume' | 'selfDescription';

/** Where the strongest evidence of a skill is. */
export interface Provenance {
  source: EvidenceSource;
  section: ResumeSection;
  /** 1-based line of the source text. */
  line: number;
}

/** A skill the candidate shows, with the sentence that shows it. */
export interface ResumeSkill {
  skill: string;
  category: SkillCategory;
  count: number;
  /** The sentence of the strongest evidence (first one of that strength). */
  evidence: string;
  /** Used in an experience or project line (not only listed or claimed). */
  evidenced: boolean;
  /** Listed in a skills section or a bare list line. */
  listed: boolean;
  sections: ResumeSection[];
  /** The strongest evidence: used in work, only listed, or only claimed (summary, self-description). */
  strength: EvidenceStrength;
  provenance: Provenance;
}

/** What the analyzer reads from a resume (and/or the candidate's self-description). */
export interface ParsedResume {
  skills: ResumeSkill[];
  /** Total years from date ranges (or the candidate's own claim, whichever is larger); null if none. */
  yearsOfExperience: number | null;
  seniority: Seniority | null;
  /** The first lines of the resume, where the role title usually is. */
  headline: string;
  /**
   * The text without skills sections and bare list lines: what the candidate tells of its work,
   * read for role fit (a pasted list of the posting's words earns no role).
   */
  narrative: string;
}

const EVIDENCE_SECTIONS: ReadonlySet<ResumeSection> = new Set([
  'experience',
  'projects',
  'header',
  'other',
]);
/** The first lines, where the name and the role title are. */
const HEADLINE_LINES = 3;
const CLAIM_SECTIONS: ReadonlySet<ResumeSection> = new Set(['summary']);
const YEARS_EXCLUDED: ReadonlySet<ResumeSection> = new Set([
  'education',
  'projects',
  'certifications',
]);

/** A way of writing a skill that names it in a posting but seldom in a CV. */
interface ContextWord {
  /** The words as matched (folded). */
  written: RegExp;
  /** Also in a skills section: a CV lists the word for the work it did ("Collaboration"). */
  listedToo: boolean;
}

/**
 * Words that name a skill in a posting but in a CV name what the work touched: "collaborated
 * with the library" (anywhere: a CV lists "Collaboration" as the way it works, not as
 * Teamwork), and outside a skills section "MySQL and MongoDB databases", "a music streaming
 * service", "the sales team", "analysed large datasets", "built a PoC". Chosen on the tuning
 * split, where the CV finds these words made were mostly not what the CV's labels list:
 * Teamwork 22 of 25, Databases 10 of 14, Sales 9 of 11, Big Data 9 of 12, Streaming 7 of 7,
 * Proof of Concept and Entrepreneurship 4 of 4 (Scripting, 4 of 6, and Scalability, 2 of 3,
 * were left alone).
 */
const CONTEXT_WORDS: ReadonlyMap<string, ContextWord> = new Map([
  ['Teamwork', { written: /^collaborat/i, listedToo: true }],
  ['Databases', { written: /^databases$/i, listedToo: false }],
  ['Streaming', { written: /^streaming$/i, listedToo: false }],
  ['Big Data', { written: /^(?:big data|large datasets)$/i, listedToo: false }],
  ['Proof of Concept', { written: /^pocs?$/i, listedToo: false }],
  ['Entrepreneurship', { written: /^entrepreneurship$/i, listedToo: false }],
  ['Sales', { written: /^sales$/i, listedToo: false }],
]);

/** Lines whose list verdict is remembered: the last few, looked at in turn. */
const RECENT_LINES = 4;

/**
 * The list verdicts of the last few distinct lines read without their prose: a line repeated
 * down a page (a two-column layout's one-skill lines) is read once. Each look is O(1).
 */
const recentListVerdicts = () => {
  const kept: { text: string; chars: number; list: boolean }[] = [];
  let next = 0;
  return {
    get: (text: string, chars: number): boolean | undefined => {
      for (const v of kept) if (v.chars === chars && v.text === text) return v.list;
      return undefined;
    },
    set: (text: string, chars: number, list: boolean): void => {
      kept[next] = { text, chars, list };
      next = (next + 1) % RECENT_LINES;
    },
  };
};

/**
 * "References available upon request" says there are none to read: what follows it is not a
 * referee's (French, German, Spanish, Portuguese, Italian, Dutch and Swedish too; folded).
 */
const ON_REQUEST =
  /\b(?:available|(?:up)?on request|by request|sur demande|auf anfrage|a pedido|a peticion|a solicitud|mediante solicitud|sob consulta|su richiesta|op aanvraag|pa begaran)\b/i;

/**
 * A references heading right under another heading with nothing between them ("Awards\n
 * References") is one of a column of headings a two-column PDF prints in a row, and the text
 * after it is the other sections' content; "References available upon request" names no
 * referee. Such a span is read as `other`, not skipped.
 */
const referencesInColumns = (
  folded: string,
  sections: SectionSpan<ResumeSection>[],
): SectionSpan<ResumeSection>[] =>
  sections.map((span, i) => {
    if (span.key !== 'references') return span;
    const lineEnd = folded.indexOf('\n', span.start);
    const heading = folded.slice(span.start, lineEnd === -1 ? folded.length : lineEnd);
    if (ON_REQUEST.test(heading)) return { ...span, key: 'other' };
    const previous = sections[i - 1];
    if (previous === undefined) return span;
    const headingEnd = folded.indexOf('\n', previous.start);
    const body =
      headingEnd === -1 || headingEnd >= span.start ? '' : folded.slice(headingEnd, span.start);
    return body.trim() === '' ? { ...span, key: 'other' } : span;
  });

/** Whether a match is one of {@link CONTEXT_WORDS} where it names no skill of the CV. */
const namesContextOnly = (folded: string, m: SkillMatch, section: ResumeSection): boolean => {
  const word = CONTEXT_WORDS.get(m.skill);
  return (
    word !== undefined &&
    (word.listedToo || section !== 'skills') &&
    word.written.test(folded.slice(m.start, m.end))
  );
};

/**
 * Parses resume text: sections, skills with evidence and its strength, years of experience,
 * seniority. A self-description (`source`) only claims: every skill read from it is `claimed`.
 */
export const parseResume = (text: string, source: EvidenceSource = 'resume'): ParsedResume => {
  const { original, folded, matches, sentences } = scanText(text, (f) =>
    blankCompanyNames(blankTemplateParts(f)),
  );
  const sections = referencesInColumns(
    folded,
    splitSections<ResumeSection>(folded, RESUME_HEADINGS, 'header'),
  );
  const lines = indexLines(folded);
  const matched = matchedCharsByLine(folded, lines, matches);
  // The text with skill names blanked, built once and only if a line with a verb asks for it.
  let prose: string | undefined;
  const proseOf = (start: number, end: number): string => {
    if (prose === undefined) prose = blankMatches(folded, matches);
    return prose.slice(start, end);
  };
  // Per line: 0 not read yet, 1 a list, 2 not a list.
  const listVerdicts = new Uint8Array(lines.starts.length);
  const recentLists = recentListVerdicts();
  const isList = (line: number): boolean => {
    if (listVerdicts[line] === 0) {
      const { start, end } = lineBounds(lines, line);
      const text = folded.slice(start, end);
      const chars = matched[line] ?? 0;
      const headline = line < HEADLINE_LINES;
      let list = headline ? undefined : recentLists.get(text, chars);
      if (list === undefined) {
        let readProse = false;
        list = isListLine(text, chars, headline, () => {
          readProse = true;
          return proseOf(start, end);
        });
        // Without its prose, the verdict depends on the line and its count alone.
        if (!readProse && !headline) recentLists.set(text, chars, list);
      }
      listVerdicts[line] = list ? 1 : 2;
    }
    return listVerdicts[line] === 1;
  };
  const skills = new Map<string, ResumeSkill>();
  // The mentions read as work: only these may say by themselves what an ambiguous name means.
  const workMatches: SkillMatch[] = [];
  for (const m of matches) {
    const section = sectionAt(sections, m.start);
    // Pastimes, and what referees say of the person, show no skill of the CV.
    if (section === 'interests' || section === 'references') continue;
    if (namesContextOnly(folded, m, section)) continue;
    const line = lineAt(lines, m.start);
    const strength = strengthOf(source, section, () => isList(line));
    if (strength === 'experience') workMatches.push(m);
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
        strength,
        provenance: { source, section, line: line + 1 },
      };
      skills.set(m.skill, skill);
    }
    skill.count++;
    if (STRENGTH_RANK[strength] > STRENGTH_RANK[skill.strength]) {
      skill.strength = strength;
      skill.evidence = evidenceAt(sentences, m.start, m.end);
      skill.provenance = { source, section, line: line + 1 };
    }
    skill.evidenced ||= strength === 'experience';
    skill.listed ||= strength === 'listed';
    if (!skill.sections.includes(section)) skill.sections.push(section);
  }
  if (source === 'resume') {
    creditLanguagesOfFrameworks(skills);
    for (const [name, find] of SECTION_SKILLS)
      creditSection(skills, name, folded, find, sentences, lines);
  }
  confirmAmbiguousByWork(skills, workMatches, folded);
  const narrative = narrativeOf(original, lines, sections, isList);
  const work = sections.filter((s) => s.key === 'experience');
  const scope = work.length > 0 ? work : sections.filter((s) => !YEARS_EXCLUDED.has(s.key));
  const ranges = scope.flatMap((s) => findDateRanges(folded.slice(s.start, s.end)));
  const fromRanges = ranges.length > 0 ? yearsCovered(ranges) : null;
  const claimed = claimedYears(folded);
  const years =
    fromRanges === null && claimed === null ? null : Math.max(fromRanges ?? 0, claimed ?? 0);
  const headline = firstLines(original, 3).join(' | ');
  const seniority =
    seniorityFromTitle(headline) ?? (years === null ? null : seniorityFromYears(years));
  return {
    skills: [...skills.values()],
    yearsOfExperience: years,
    seniority,
    headline,
    narrative,
  };
};

/** The first `n` non-blank lines, trimmed, read without splitting the whole text. */
const firstLines = (text: string, n: number): string[] => {
  const out: string[] = [];
  for (let start = 0; start <= text.length && out.length < n; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    if (line) out.push(line);
    if (end === -1) break;
    start = end + 1;
  }
  return out;
};

/** Tools for building sites: using one shows no work in the language it is written in. */
const SITE_TOOLS: ReadonlySet<string> = new Set(['WordPress', 'Drupal', 'Hugo']);

/**
 * The one language a framework is written in (Spring Boot -> Java, Django -> Python), from
 * the taxonomy: a framework related to exactly one language.
 */
const languageOf = (framework: string): string | undefined => {
  const skill = SKILL_BY_NAME.get(framework);
  if (skill?.category !== 'framework' || SITE_TOOLS.has(framework)) return undefined;
  const languages = skill.related.filter((r) => SKILL_BY_NAME.get(r)?.category === 'language');
  return languages.length === 1 ? languages[0] : undefined;
};

/**
 * A language the resume names (often only in a skills list) is used in work when a framework
 * of it is: "Java" listed and "built services with Spring Boot" in a job. The language keeps
 * its own mention; nothing is added that the resume does not name.
 */
const creditLanguagesOfFrameworks = (skills: Map<string, ResumeSkill>): void => {
  for (const framework of skills.values()) {
    if (framework.strength !== 'experience') continue;
    const name = languageOf(framework.skill);
    const language = name === undefined ? undefined : skills.get(name);
    if (language === undefined || language.strength === 'experience') continue;
    creditAsWork(language, framework.evidence, framework.provenance);
  }
};

/** Makes a skill's strongest evidence a mention in work: `evidence`, found at `provenance`. */
const creditAsWork = (skill: ResumeSkill, evidence: string, provenance: Provenance): void => {
  skill.strength = 'experience';
  skill.evidenced = true;
  skill.evidence = evidence;
  skill.provenance = provenance;
};

/** Skills a section of their own shows, each with the reader of that section's first entry. */
const SECTION_SKILLS: readonly [string, (folded: string) => SectionEntry | undefined][] = [
  ['Public Speaking', findTalksEntry],
  ['Scientific Writing', findPublicationsEntry],
  ['Grant Writing', findGrantsEntry],
  ['Mentoring', findSupervisionEntry],
];

/**
 * A section whose entries show a skill as work done (a talks section with a dated talk shows
 * Public Speaking; see `dated-sections.ts`) credits it as experience, with the section's first
 * entry as its evidence. The text is searched only when the skill is not yet work.
 */
const creditSection = (
  skills: Map<string, ResumeSkill>,
  name: string,
  folded: string,
  find: (folded: string) => SectionEntry | undefined,
  sentences: Parameters<typeof evidenceAt>[0],
  lines: LineIndex,
): void => {
  const known = skills.get(name);
  if (known?.strength === 'experience') return;
  const entry = find(folded);
  if (entry === undefined) return;
  const evidence = evidenceAt(sentences, entry.start, entry.end);
  const provenance: Provenance = {
    source: 'resume',
    section: 'other',
    line: lineAt(lines, entry.start) + 1,
  };
  const skill: ResumeSkill = known ?? {
    skill: name,
    category: SKILL_BY_NAME.get(name)?.category ?? 'soft-skill',
    count: 0,
    evidence,
    evidenced: true,
    listed: false,
    sections: [],
    strength: 'experience',
    provenance,
  };
  skill.count++;
  creditAsWork(skill, evidence, provenance);
  if (!skill.sections.includes('other')) skill.sections.push('other');
  skills.set(name, skill);
};

/**
 * An ambiguous name ("bookkeeping", "Spring") counts only with a related skill beside it
 * (`applyContextRule`). When no related skill of it is used in work and no mention of it in
 * work (`workMatches`) says by itself what it is (a multi-word name), that context is a bare
 * list: appending the posting's skills as a list must not turn an old mention into work
 * evidence, not even by naming the skill itself in the list. Such a skill keeps its mention, as
 * listed.
 */
const confirmAmbiguousByWork = (
  skills: Map<string, ResumeSkill>,
  workMatches: readonly SkillMatch[],
  folded: string,
): void => {
  const inWork = new Set<string>();
  for (const s of skills.values()) if (s.strength === 'experience') inWork.add(s.skill);
  const selfSaying = new Set<string>();
  for (const m of workMatches) if (saysItself(m, folded)) selfSaying.add(m.skill);
  for (const skill of skills.values()) {
    if (skill.strength !== 'experience' || selfSaying.has(skill.skill)) continue;
    if (SKILL_BY_NAME.get(skill.skill)?.needsContext !== true) continue;
    if (inContext(skill.skill, inWork)) continue;
    skill.strength = 'listed';
    skill.evidenced = false;
    skill.listed = true;
  }
};

/** The strength of one mention, by where it is (the list verdict is asked only when needed). */
const strengthOf = (
  source: EvidenceSource,
  section: ResumeSection,
  isList: () => boolean,
): EvidenceStrength => {
  if (source === 'selfDescription' || CLAIM_SECTIONS.has(section)) return 'claimed';
  if (!EVIDENCE_SECTIONS.has(section)) return 'listed';
  return isList() ? 'listed' : 'experience';
};

/** The lines outside skills sections that are no bare list, joined (linear in the text). */
const narrativeOf = (
  original: string,
  lines: LineIndex,
  sections: readonly SectionSpan<ResumeSection>[],
  isList: (line: number) => boolean,
): string => {
  const runs: string[] = [];
  const { starts } = lines;
  // Consecutive kept lines are one slice of the text: their line breaks are the joins.
  let runStart = -1;
  let runEnd = -1;
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line] as number;
    const next = starts[line + 1];
    const end = next === undefined ? lines.length : next - 1;
    if (start === end || sectionAt(sections, start) === 'skills' || isList(line)) {
      if (runStart !== -1) runs.push(original.slice(runStart, runEnd));
      runStart = -1;
      continue;
    }
    if (runStart === -1) runStart = start;
    runEnd = end;
  }
  if (runStart !== -1) runs.push(original.slice(runStart, runEnd));
  return runs.join('\n');
};
