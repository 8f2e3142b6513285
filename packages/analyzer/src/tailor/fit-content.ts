import {
  TAILORED_RESUME_LIMITS as L,
  type ResumeLineItem,
  type TailoredResumeContent,
} from '@prepkit/shared';

/**
 * The text as it is when it fits in `max` characters (trimmed, as the contract counts them);
 * else cut to `max` at the last space when one falls in the second half, so words stay whole.
 * What is left is still the candidate's own words.
 */
export const cutText = (text: string, max: number): string => {
  const trimmed = text.trim();
  if (trimmed.length <= max) return text;
  const head = trimmed.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space >= max / 2 ? head.slice(0, space) : head).trim();
};

/** Dates and places cut to their limit; a field that is absent stays absent. */
const cutShort = <T extends { location?: string; start?: string; end?: string; date?: string }>(
  item: T,
): T => {
  const out = { ...item };
  for (const key of ['location', 'start', 'end', 'date'] as const) {
    const value = out[key];
    if (value !== undefined) out[key] = cutText(value, L.short) as T[typeof key];
  }
  return out;
};

/** A contact too long for its field is no address once cut: it is left out. */
const fittingContacts = (items: readonly ResumeLineItem[]): ResumeLineItem[] =>
  items.filter((c) => c.text.trim().length <= L.line);

const cutItems = (items: readonly ResumeLineItem[]): ResumeLineItem[] =>
  items.map((c) => ({ ...c, text: cutText(c.text, L.line) }));

/**
 * The content cut to the lengths its contract allows (`tailoredResumeContentSchema`): a resume
 * line of 10,000 characters read as a bullet, a title or a degree is cut, not stored and sent
 * over its documented limit.
 */
export const fitContent = (c: TailoredResumeContent): TailoredResumeContent => ({
  name: cutText(c.name, L.name),
  headline: cutText(c.headline, L.line),
  contact: fittingContacts(c.contact),
  summary: cutText(c.summary, L.text),
  skills: c.skills.map((g) => ({
    group: cutText(g.group, L.skill),
    items: g.items.map((item) => cutText(item, L.skill)),
  })),
  experience: c.experience.map((e) => ({
    ...cutShort(e),
    title: cutText(e.title, L.name),
    organization: cutText(e.organization, L.name),
    bullets: e.bullets.map((b) => cutText(b, L.text)),
  })),
  projects: c.projects.map((p) => ({
    ...cutShort(p),
    name: cutText(p.name, L.name),
    bullets: p.bullets.map((b) => cutText(b, L.text)),
  })),
  education: c.education.map((e) => ({
    ...cutShort(e),
    degree: cutText(e.degree, L.line),
    institution: cutText(e.institution, L.line),
    details: e.details.map((d) => cutText(d, L.text)),
  })),
  certifications: cutItems(c.certifications),
  languages: cutItems(c.languages),
});
