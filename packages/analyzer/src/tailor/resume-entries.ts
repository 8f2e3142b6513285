import {
  type ResumeExperience,
  type ResumeProject,
  type ResumeSource,
  TAILORED_RESUME_LIMITS,
} from '@prepkit/shared';
import { cutText } from './fit-content.ts';
import {
  BULLET,
  DATE_RANGE,
  hasDate,
  LONE_NOW,
  TITLE_WORDS,
  trimSeparators,
  withoutDate,
} from './resume-patterns.ts';
import { joinWrapped, type SourceLine } from './source-text.ts';

/** A block of a section: its heading lines (role, employer, dates) and its bullets. */
interface Entry {
  header: SourceLine[];
  /** Whether a heading line holds more than dates (see {@link restOf}). */
  headerHasRest: boolean;
  bullets: string[][];
  prose: string[];
}

const newEntry = (): Entry => ({ header: [], headerHasRest: false, bullets: [], prose: [] });

const addHeader = (entry: Entry, line: SourceLine): void => {
  entry.header.push(line);
  entry.headerHasRest ||= restOf(line.text) !== '';
};

/** A heading line without its dates and the separators around them; '' when nothing else is left. */
const restOf = (text: string): string => {
  const rest = trimSeparators(withoutDate(text), 'both').trim();
  return rest && !LONE_NOW.test(rest) ? rest : '';
};
const hasContent = (e: Entry) => e.bullets.length > 0 || e.prose.length > 0;

/**
 * Splits the lines of an experience or projects section into entries. A bullet opens a bullet;
 * a line with a date (or right before one) is a heading line and starts a new entry after
 * content; other lines continue the last bullet, or are prose when long.
 */
export const splitEntries = (lines: readonly SourceLine[]): Entry[] => {
  const entries: Entry[] = [];
  let current = newEntry();
  lines.forEach((line, i) => {
    const text = line.text;
    const next = lines[i + 1]?.text ?? '';
    if (BULLET.test(text)) {
      const body = text.replace(BULLET, '').trim();
      if (body) current.bullets.push([body]);
      return;
    }
    const header =
      hasDate(text) ||
      LONE_NOW.test(text) ||
      (hasDate(next) &&
        !BULLET.test(next) &&
        !/^[a-z]/.test(text) &&
        // A long line under a bullet continues it even before a dated heading.
        text.length <= (current.bullets.length > 0 ? 50 : 90));
    // A role line right under a dates-only heading ("June 2022 –" / "Present") belongs to it.
    const datesOnly = current.header.length > 0 && !hasContent(current) && !current.headerHasRest;
    if (header || (datesOnly && text.length <= 120)) {
      if (hasContent(current)) {
        entries.push(current);
        current = newEntry();
      }
      addHeader(current, line);
      return;
    }
    const lastBullet = current.bullets[current.bullets.length - 1];
    if (lastBullet) lastBullet.push(text);
    else if (current.prose.length > 0 || text.length >= 45) current.prose.push(text);
    else addHeader(current, line);
  });
  if (hasContent(current) || current.header.length > 0) entries.push(current);
  return entries;
};

/** Bullets of an entry: its bullet lines joined, or its prose cut into sentences. */
const bulletsOf = (entry: Entry): string[] => {
  const bullets = entry.bullets.map((parts) => joinWrapped(parts));
  if (entry.prose.length > 0) {
    const prose = joinWrapped(entry.prose);
    bullets.push(
      ...prose
        .split(/(?<=[.!?])\s+(?=[A-Z¿¡])/)
        .map((s) => s.trim())
        .filter(Boolean),
    );
  }
  // Cut to what a bullet may hold before anything reads it: relevance is judged on what is shown.
  return bullets.map((b) => cutText(b, TAILORED_RESUME_LIMITS.text));
};

/** The dates in an entry's heading and the heading lines with the dates taken out. */
const readHeader = (header: readonly SourceLine[]) => {
  const joined = header.map((l) => l.text).join(' ');
  const m = DATE_RANGE.exec(joined);
  const start = m?.[1];
  let end = m?.[2];
  if (m && !end && header.some((l) => LONE_NOW.test(l.text))) {
    end = header.find((l) => LONE_NOW.test(l.text))?.text;
  }
  const rest = header.map((l) => restOf(l.text)).filter((t) => t !== '');
  return { start, end, rest };
};

const first = (entry: Entry): ResumeSource | undefined => entry.header[0]?.source;

const optional = <K extends string>(key: K, value: string | undefined) =>
  value ? ({ [key]: value } as Record<K, string>) : ({} as Partial<Record<K, string>>);

/** Title, employer and location from the heading lines that are left once dates are out. */
const roleOf = (rest: readonly string[]) => {
  if (rest.length >= 2) {
    const titleIndex = Math.max(
      0,
      rest.findIndex((t) => TITLE_WORDS.test(t)),
    );
    const title = rest[titleIndex] as string;
    const employer = rest.find((_, i) => i !== titleIndex) as string;
    // "Analytical Engines Ltd, London": the employer, then the place.
    const [organization = employer, ...place] = employer.split(/\s*,\s*/);
    return { title, organization, location: place.join(', ') || undefined };
  }
  const parts = (rest[0] ?? '').split(/\s*,\s*|\s+\|\s+|\s+at\s+/).filter(Boolean);
  if (parts.length < 2)
    return { title: parts[0] ?? '', organization: parts[0] ?? '', location: undefined };
  // "Software Engineer (Front-End), Google, Mountain View, CA": role, employer, then place.
  const titleIndex = Math.max(
    0,
    parts.findIndex((p) => TITLE_WORDS.test(p)),
  );
  const title = parts[titleIndex] as string;
  const others = parts.filter((_, i) => i !== titleIndex);
  const organization = others[0] as string;
  const location = others.slice(1).join(', ') || undefined;
  return { title, organization, location };
};

/** The entries of an experience section as roles. */
export const readExperience = (lines: readonly SourceLine[]): ResumeExperience[] =>
  splitEntries(lines).flatMap((entry) => {
    const source = first(entry);
    if (!source) return [];
    const { start, end, rest } = readHeader(entry.header);
    const role = roleOf(rest);
    if (!role.title || !role.organization) return [];
    return [
      {
        title: role.title,
        organization: role.organization,
        ...optional('location', role.location),
        ...optional('start', start),
        ...optional('end', end),
        bullets: bulletsOf(entry),
        source,
      },
    ];
  });

/** The entries of a projects section. */
export const readProjects = (lines: readonly SourceLine[]): ResumeProject[] =>
  splitEntries(lines).flatMap((entry) => {
    const source = first(entry);
    if (!source) return [];
    const { start, end, rest } = readHeader(entry.header);
    const name = (rest[0] ?? '').split(/\s+\|\s+/)[0]?.trim() ?? '';
    if (!name) return [];
    const date = start ? (end ? `${start} – ${end}` : start) : undefined;
    return [{ name, ...optional('date', date), bullets: bulletsOf(entry), source }];
  });
