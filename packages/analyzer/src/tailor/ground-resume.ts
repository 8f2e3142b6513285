import type { TailoredResumeContent } from '@prepkit/shared';
import { parseJobDescription } from '../jd/parse-job-description.ts';
import { passageFinder, phraseFinder } from './source-search.ts';
import {
  contentWords,
  normalizedContentWords,
  normalizeForMatch,
  passageWords,
  sourceLines,
} from './source-text.ts';

/** The candidate's material a tailored resume is checked against, and the posting's title. */
export interface GroundingSource {
  resumeText: string;
  selfDescription: string;
  /** The title sent with the posting ('' when none was sent). */
  title: string;
  /** The posting: when no title was sent, the headline may name the title derived from it. */
  jobDescription: string;
}

export interface GroundingResult {
  /** The resume with everything not found in the source removed. */
  resume: TailoredResumeContent;
  /** One sentence per removal. */
  warnings: string[];
  /** Facts and bullets checked, and how many of them were removed. */
  checked: number;
  removed: number;
}

/** Share of a bullet's content words that must come from one passage of the source. */
export const BULLET_OVERLAP = 0.6;
/** Lines of the source a bullet may span (bullets wrap). */
const WINDOW_LINES = 8;

/**
 * The grounding check of a tailored resume: every organization, title, date, degree,
 * institution, certification, language, contact and skill must be found in the resume or the
 * self-description (accents, case and punctuation aside); every bullet and summary sentence
 * must share most of its content words with a passage of them. What fails is removed, with a
 * warning. Pure and deterministic.
 */
export const groundResume = (
  resume: TailoredResumeContent,
  source: GroundingSource,
): GroundingResult => {
  const haystack = normalizeForMatch(`${source.resumeText}\n${source.selfDescription}`);
  const lines = sourceLines(source.resumeText, source.selfDescription);
  const phrases = phraseFinder(haystack);
  const windows = passageFinder(
    passageWords(
      lines.map((l) => l.text),
      WINDOW_LINES,
    ),
  );
  const sourceWords = new Set(normalizedContentWords(haystack));
  // The headline may name the role aimed at: the title sent, or the one the posting gives (the
  // same derivation the tailoring and the report use when none was sent).
  const titleWords = new Set(
    contentWords(parseJobDescription(source.jobDescription, source.title).title),
  );
  const warnings: string[] = [];
  let checked = 0;
  let removed = 0;

  const found = (value: string): boolean => {
    const needle = normalizeForMatch(value);
    return needle.trim().length > 0 && phrases.has(needle);
  };
  const check = (ok: boolean, warning: string): boolean => {
    checked++;
    if (!ok) {
      removed++;
      warnings.push(warning);
    }
    return ok;
  };
  const passage = (text: string): boolean => {
    const words = contentWords(text);
    if (words.length === 0) return found(text);
    const need = Math.ceil(words.length * BULLET_OVERLAP);
    return windows.holds(words, need);
  };
  const bullets = (items: readonly string[], where: string) =>
    items.filter((b) =>
      check(passage(b), `Removed a bullet of ${where} not found in the resume: "${cut(b)}".`),
    );
  /** An optional field kept only when found. */
  const optional = <T extends object, K extends keyof T & string>(
    item: T,
    key: K,
    where: string,
  ): T => {
    const value = item[key];
    if (
      typeof value !== 'string' ||
      check(found(value), `Removed the ${key} "${value}" of ${where}: not in the resume.`)
    )
      return item;
    const { [key]: _dropped, ...rest } = item;
    return rest as T;
  };

  const name =
    resume.name &&
    !check(found(resume.name), `Removed the name "${resume.name}": not in the resume.`)
      ? ''
      : resume.name;
  const headline = resume.headline
    .split(/\s+[·|•]\s+/)
    .filter((part) =>
      check(
        contentWords(part).every((w) => sourceWords.has(w) || titleWords.has(w)),
        `Removed "${part}" from the headline: not in the resume or the posting's title.`,
      ),
    )
    .join(' · ');
  const summary = resume.summary
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.trim())
    .filter((s) =>
      check(passage(s), `Removed a summary sentence not found in the resume: "${cut(s)}".`),
    )
    .join(' ');
  const lineItems = (items: TailoredResumeContent['contact'], what: string) =>
    items.filter((c) =>
      check(found(c.text), `Removed the ${what} "${c.text}": not in the resume.`),
    );

  const skills = resume.skills
    .map((g) => ({
      ...g,
      items: g.items.filter((s) => check(found(s), `Removed the skill "${s}": not in the resume.`)),
    }))
    .filter((g) => g.items.length > 0);

  const experience = resume.experience
    .filter(
      (e) =>
        check(
          found(e.organization),
          `Removed the role at "${e.organization}": that employer is not in the resume.`,
        ) &&
        check(
          found(e.title),
          `Removed the role "${e.title}" at ${e.organization}: that title is not in the resume.`,
        ),
    )
    .map((e) => {
      const where = `${e.title} at ${e.organization}`;
      const kept = optional(optional(optional(e, 'location', where), 'start', where), 'end', where);
      return { ...kept, bullets: bullets(e.bullets, where) };
    });
  const projects = resume.projects
    .filter((p) => check(found(p.name), `Removed the project "${p.name}": not in the resume.`))
    .map((p) => ({ ...optional(p, 'date', p.name), bullets: bullets(p.bullets, p.name) }));
  const education = resume.education
    .filter(
      (e) =>
        check(found(e.degree), `Removed the degree "${e.degree}": not in the resume.`) &&
        check(
          found(e.institution),
          `Removed the education at "${e.institution}": not in the resume.`,
        ),
    )
    .map((e) => {
      const where = `${e.degree}, ${e.institution}`;
      const kept = optional(optional(e, 'start', where), 'end', where);
      return { ...kept, details: bullets(e.details, where) };
    });

  return {
    resume: {
      name,
      headline,
      contact: lineItems(resume.contact, 'contact'),
      summary,
      skills,
      experience,
      projects,
      education,
      certifications: lineItems(resume.certifications, 'certification'),
      languages: lineItems(resume.languages, 'language'),
    },
    warnings,
    checked,
    removed,
  };
};

const cut = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

/** True when so much was removed that the output should be treated as invalid (and retried). */
export const failsBadly = (result: Pick<GroundingResult, 'checked' | 'removed'>): boolean =>
  result.checked > 0 && result.removed / result.checked > 0.3;
