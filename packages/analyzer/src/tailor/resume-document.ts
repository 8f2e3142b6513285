import type {
  ResumeEducation,
  ResumeExperience,
  ResumeLineItem,
  ResumeProject,
  ResumeSource,
} from '@prepkit/shared';
import {
  LANGUAGE_HEADINGS,
  RESUME_HEADINGS,
  type ResumeSection,
} from '../resume/resume-headings.ts';
import { appendTo } from '../text/append-to.ts';
import { foldAccents } from '../text/fold.ts';
import { type HeadingVocabulary, headingOf } from '../text/sections.ts';
import { readExperience, readProjects } from './resume-entries.ts';
import {
  BULLET,
  DATE_RANGE,
  EMAIL,
  INSTITUTION,
  isDegree,
  PHONE,
  URL,
  withoutDate,
} from './resume-patterns.ts';
import { type SourceLine, sourceLines } from './source-text.ts';

type Section = ResumeSection | 'languages';

const HEADINGS: HeadingVocabulary<Exclude<Section, 'header'>> = {
  ...RESUME_HEADINGS,
  other: (RESUME_HEADINGS.other ?? []).filter((h) => !LANGUAGE_HEADINGS.includes(h)),
  languages: LANGUAGE_HEADINGS,
};

/** One skill as written, with its line. */
export interface SourcedSkill {
  text: string;
  source: ResumeSource;
}

/** A resume read into its parts, every part with the line it came from. */
export interface ResumeDocument {
  name: string;
  contact: ResumeLineItem[];
  /** The summary/objective lines, then the self-description's lines. */
  summary: SourceLine[];
  /** Skills-section groups as written ("Languages: ..."), `Skills` when unlabelled. */
  skillGroups: { group: string; items: SourcedSkill[] }[];
  experience: ResumeExperience[];
  projects: ResumeProject[];
  education: ResumeEducation[];
  certifications: ResumeLineItem[];
  languages: ResumeLineItem[];
}

/** Lines per section; a heading line itself belongs to none. */
const bySection = (lines: readonly SourceLine[]): Map<Section, SourceLine[]> => {
  const out = new Map<Section, SourceLine[]>();
  let section: Section = 'header';
  for (const line of lines) {
    if (line.source.from === 'selfDescription') continue;
    const heading = headingOf(foldAccents(line.text), HEADINGS);
    const inline = /:\s*(.+)$/.exec(line.text)?.[1];
    // Inside a skills section, "Languages: Python, Go" is a group of skills, not a new section.
    if (heading !== null && !(section === 'skills' && inline)) {
      section = heading;
      // An inline heading ("Skills: TypeScript, Go") keeps its content.
      if (inline) appendTo(out, section, { ...line, text: inline });
      continue;
    }
    appendTo(out, section, line);
  }
  return out;
};

const items = (line: SourceLine, pattern: RegExp): ResumeLineItem[] =>
  [...line.text.matchAll(pattern)].map((m) => ({
    text: m[0].replace(/[.,;)]+$/, '').trim(),
    source: line.source,
  }));

/** Lines that may hold a contact: an address needs its "@", a link its dot or slash, a phone digits. */
const MAY_HOLD_CONTACT = /[@./\d]/;

const readContact = (header: readonly SourceLine[]): ResumeLineItem[] => {
  const seen = new Set<string>();
  return header
    .slice(1)
    .filter((line) => MAY_HOLD_CONTACT.test(line.text))
    .flatMap((line) => [...items(line, EMAIL), ...items(line, URL), ...items(line, PHONE)])
    .filter((c) => c.text.length >= 5 && !seen.has(c.text) && seen.add(c.text));
};

const readSkills = (lines: readonly SourceLine[]) => {
  const groups: { group: string; items: SourcedSkill[] }[] = [];
  let current: { group: string; items: SourcedSkill[] } | null = null;
  let carry = '';
  for (const line of lines) {
    let text = line.text.replace(BULLET, '');
    const label = /^([^:,]{2,40}):\s*(.*)$/.exec(text);
    if (label) {
      if (current && carry) pushSkill(current, carry, line.source);
      current = { group: (label[1] as string).trim(), items: [] };
      groups.push(current);
      text = label[2] as string;
      carry = '';
    } else if (!current) {
      current = { group: 'Skills', items: [] };
      groups.push(current);
    }
    // A line that did not end on a separator continues its last item ("Google Cloud" / "Platform").
    const joined = carry ? `${carry} ${text}` : text;
    const parts = joined.split(/\s*[,;|•·]\s*/);
    carry = /[,;|•·]\s*$/.test(joined) ? '' : (parts.pop() ?? '');
    for (const p of parts) pushSkill(current, p, line.source);
    if (line === lines[lines.length - 1] && carry) pushSkill(current, carry, line.source);
  }
  return groups.filter((g) => g.items.length > 0);
};

const pushSkill = (group: { items: SourcedSkill[] }, raw: string, source: ResumeSource) => {
  const text = raw.replace(/\.$/, '').trim();
  if (text.length >= 1 && text.length <= 60) group.items.push({ text, source });
};

const readEducation = (lines: readonly SourceLine[]): ResumeEducation[] => {
  const out: ResumeEducation[] = [];
  let pending: {
    degree?: string;
    institution?: string;
    start?: string;
    end?: string;
    source: ResumeSource;
  } | null = null;
  const flush = () => {
    if (pending && (pending.degree || pending.institution)) {
      out.push({
        ...pending,
        institution: pending.institution ?? (pending.degree as string),
        degree: pending.degree ?? (pending.institution as string),
        details: [],
      });
    }
    pending = null;
  };
  for (const line of lines) {
    const date = DATE_RANGE.exec(line.text);
    const rest = withoutDate(line.text);
    const parts = rest.split(/\s*[,;|]\s*/).filter(Boolean);
    const degreeAt = parts.findIndex(isDegree);
    const schoolAt = parts.findIndex((p) => INSTITUTION.test(p));
    if (degreeAt < 0 && schoolAt < 0) {
      const last = out[out.length - 1];
      if (pending) pending.institution ??= rest;
      else if (last && rest) last.details.push(rest.replace(BULLET, ''));
      continue;
    }
    const current = pending as { degree?: string; institution?: string } | null;
    const clash =
      current && ((degreeAt >= 0 && current.degree) || (schoolAt >= 0 && current.institution));
    if (!pending || clash) {
      flush();
      pending = { source: line.source };
    }
    const p = pending as unknown as {
      degree?: string;
      institution?: string;
      start?: string;
      end?: string;
    };
    if (degreeAt >= 0) {
      const until = schoolAt > degreeAt ? schoolAt : parts.length;
      // The degree and its field: "B.Tech, Computer Science and Engineering".
      p.degree = parts.slice(degreeAt, Math.min(until, degreeAt + 2)).join(', ');
    }
    if (schoolAt >= 0) p.institution = parts[schoolAt];
    if (date?.[1]) {
      p.start = date[2] ? date[1] : undefined;
      p.end = date[2] ?? date[1];
    }
    for (const k of ['start', 'end'] as const) if (p[k] === undefined) delete p[k];
    if (p.degree && p.institution) flush();
  }
  flush();
  return out;
};

const lineItems = (lines: readonly SourceLine[], split: boolean): ResumeLineItem[] =>
  lines.flatMap((line) => {
    const text = line.text.replace(BULLET, '').trim();
    const parts = split ? text.split(/\s*[,;|·•]\s*/) : [text];
    return parts
      .filter((t) => /[\p{L}\p{N}]/u.test(t))
      .map((t) => ({ text: t, source: line.source }));
  });

/** Reads a resume (and self-description) into its sections and entries. */
export const readResumeDocument = (resumeText: string, selfDescription: string): ResumeDocument => {
  const lines = sourceLines(resumeText, selfDescription);
  const sections = bySection(lines);
  const header = sections.get('header') ?? [];
  const nameLine = header[0];
  const name =
    nameLine && nameLine.text.length <= 60 && !/[@\d]/.test(nameLine.text) ? nameLine.text : '';
  return {
    name,
    contact: readContact(header),
    summary: [
      ...(sections.get('summary') ?? []),
      ...lines.filter((l) => l.source.from === 'selfDescription'),
    ],
    skillGroups: readSkills(sections.get('skills') ?? []),
    experience: readExperience(sections.get('experience') ?? []),
    projects: readProjects(sections.get('projects') ?? []),
    education: readEducation(sections.get('education') ?? []),
    certifications: lineItems(sections.get('certifications') ?? [], false),
    languages: lineItems(sections.get('languages') ?? [], true),
  };
};
