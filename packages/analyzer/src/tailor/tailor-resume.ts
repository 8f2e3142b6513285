import {
  type ResumeSource,
  TAILORED_RESUME_LIMITS,
  type TailoredResumeContent,
} from '@prepkit/shared';
import { parseJobDescription } from '../jd/parse-job-description.ts';
import { indexLines, lineAt } from '../resume/evidence-lines.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { scanText } from '../text/document.ts';
import { fitContent } from './fit-content.ts';
import { type ResumeDocument, readResumeDocument } from './resume-document.ts';
import { contentWords, joinWrapped } from './source-text.ts';

/** What the offline tailoring reads. */
export interface TailorInput {
  title: string;
  jobDescription: string;
  resumeText: string;
  selfDescription: string;
}

/** The name of the group that holds the skills the posting asks for. */
export const POSTING_SKILLS_GROUP = 'Skills for this role';

const SUMMARY_SENTENCES = 3;
const SUMMARY_MAX = TAILORED_RESUME_LIMITS.text;
const HEADLINE_SKILLS = 4;

/** Stable sort, most relevant first. */
const byRelevance = <T>(items: readonly T[], score: (item: T) => number): T[] =>
  items
    .map((item, i) => ({ item, i, s: score(item) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.item);

/** Where in the candidate's material each posting skill shows, in the candidate's words. */
const skillMentions = (text: string, from: ResumeSource['from']) => {
  const { original, matches } = scanText(text);
  const lines = indexLines(original);
  return matches
    .filter((m) => !LOOSE_CATEGORIES.has(SKILL_BY_NAME.get(m.skill)?.category ?? 'domain'))
    .map((m) => ({
      skill: m.skill,
      text: original.slice(m.start, m.end),
      source: { from, line: lineAt(lines, m.start) + 1 },
    }));
};

/** Categories whose mentions in prose are phrases ("Collaborating"), not skills to list. */
const LOOSE_CATEGORIES: ReadonlySet<string> = new Set(['soft-skill', 'domain', 'product-design']);

const skillsOf = (text: string): string[] => scanText(text).matches.map((m) => m.skill);

/**
 * The deterministic tailored resume: the resume's own sections, with the posting's skills
 * first, bullets ordered by relevance to the posting, dates and employers as written. It adds
 * no fact: the headline is the posting's title and skills the candidate shows; the summary is
 * the candidate's own summary (or self-description) sentences.
 */
export const tailorResume = (input: TailorInput): TailoredResumeContent => {
  const jd = parseJobDescription(input.jobDescription, input.title);
  const weight = new Map(jd.skills.map((s) => [s.skill, s.weight]));
  const jdWords = new Set(contentWords(`${jd.title} ${input.jobDescription}`));
  const relevance = (text: string): number => {
    let score = 0;
    for (const skill of new Set(skillsOf(text))) score += weight.get(skill) ?? 0;
    const words = contentWords(text);
    const shared = words.filter((w) => jdWords.has(w)).length;
    return score + shared / Math.max(4, words.length);
  };
  const doc: ResumeDocument = readResumeDocument(input.resumeText, input.selfDescription);
  const skills = groupSkills(doc, input, weight);
  const headlineSkills = (skills[0]?.group === POSTING_SKILLS_GROUP ? skills[0].items : []).slice(
    0,
    HEADLINE_SKILLS,
  );
  const summarySentences = joinWrapped(doc.summary.map((l) => l.text))
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const summary = byRelevance(summarySentences, relevance)
    .slice(0, SUMMARY_SENTENCES)
    .sort((a, b) => summarySentences.indexOf(a) - summarySentences.indexOf(b))
    .reduce(
      // Whole sentences, in order, that keep the summary within its limit (a first sentence
      // longer than that is cut by fitContent).
      (kept, sentence) =>
        kept === ''
          ? sentence
          : kept.length + 1 + sentence.length <= SUMMARY_MAX
            ? `${kept} ${sentence}`
            : kept,
      '',
    );
  return fitContent({
    name: doc.name,
    headline: [jd.title, ...headlineSkills].filter(Boolean).join(' · '),
    contact: doc.contact,
    summary,
    skills,
    experience: doc.experience.map((e) => ({ ...e, bullets: byRelevance(e.bullets, relevance) })),
    projects: byRelevance(
      doc.projects.map((p) => ({ ...p, bullets: byRelevance(p.bullets, relevance) })),
      (p) => relevance([p.name, ...p.bullets].join(' ')),
    ),
    education: doc.education,
    certifications: doc.certifications,
    languages: doc.languages,
  });
};

/**
 * Skills grouped with the posting's first: every skill the posting asks for that the candidate's
 * material shows (as the candidate wrote it, heaviest first), then the resume's own groups.
 */
const groupSkills = (
  doc: ResumeDocument,
  input: TailorInput,
  weight: ReadonlyMap<string, number>,
): TailoredResumeContent['skills'] => {
  const posting: { text: string; w: number }[] = [];
  const covered = new Set<string>();
  const taken = new Set<string>();
  const rest: { group: string; items: string[] }[] = [];
  for (const group of doc.skillGroups) {
    const kept: string[] = [];
    for (const item of group.items) {
      const key = item.text.toLowerCase();
      if (taken.has(key)) continue;
      taken.add(key);
      const asked = skillsOf(item.text).filter((s) => weight.has(s));
      if (asked.length > 0) {
        posting.push({ text: item.text, w: Math.max(...asked.map((s) => weight.get(s) ?? 0)) });
        for (const s of asked) covered.add(s);
      } else kept.push(item.text);
    }
    if (kept.length > 0) rest.push({ group: group.group, items: kept });
  }
  // Skills the posting asks for that show outside the skills section (in a bullet, say).
  for (const m of [
    ...skillMentions(input.resumeText, 'resume'),
    ...skillMentions(input.selfDescription, 'selfDescription'),
  ]) {
    if (!weight.has(m.skill) || covered.has(m.skill) || taken.has(m.text.toLowerCase())) continue;
    covered.add(m.skill);
    taken.add(m.text.toLowerCase());
    posting.push({ text: m.text, w: weight.get(m.skill) ?? 0 });
  }
  const first = byRelevance(posting, (p) => p.w).map((p) => p.text);
  return [...(first.length > 0 ? [{ group: POSTING_SKILLS_GROUP, items: first }] : []), ...rest];
};
