import { foldAccents } from '../text/fold.ts';
import { headingOf } from '../text/sections.ts';
import { JD_HEADINGS } from './jd-headings.ts';

/** "Job title: X", "Position: X", "Role: X", "Puesto: X", "Cargo: X", "Título del puesto: X". */
const LABEL =
  /^[ \t]*(?:job title|position title|position|role|title|puesto|cargo|t[ií]tulo(?: del puesto)?|vacante)[ \t]*[:\-–][ \t]*(.{3,80}?)[ \t]*$/im;

/**
 * "We are hiring a Senior Frontend Engineer", "looking for a specialized Game Developer",
 * "buscamos un ...": up to two lower-case words (adjectives) may stand before the title.
 */
const LEAD =
  /(?:looking for|seeking|hiring|buscamos)\s+(?:an?\s+|un[ao]?\s+)?(?:(?!(?:with|who|to|for|in|on|at|and|or|that|the)\b)[a-z][\w-]*,?\s+){0,2}([A-Z][\w/+#.-]*(?:\s+[A-Z(][\w/+#.()-]*){0,5}(?:,\s+[A-Z][\w/+#.-]*(?:\s+[A-Z][\w/+#.-]*){0,2})?)/;

/** Lines a browser or a site adds around a posting: never a title. */
const DEBRIS = [
  /https?:\/\/|www\.|\.(?:com|org|net|io|edu|gov)\b/i, // a URL
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/, // a date (13/1/24)
  /\b\d{1,2}:\d{2}\b/, // a time (15:01)
  /\bpage \d+ (?:of|de) \d+\b|\bp[aá]gina \d+\b|^\d+ (?:of|de) \d+$/i, // page furniture
  /^(?:job|req(?:uisition)?)\s*(?:#|id\b|no\.?)/i, // a job number
  /\bcookies?\b|\bsign in\b|\blog ?in\b|\bapply now\b|\bskip to\b|\bmenu\b/i, // banners, navigation
  /\s[|›»]\s/, // breadcrumbs and navigation bars
  /^(?:job (?:description|brief|summary|overview)|description|position summary|role overview|about (?:us|the (?:role|company|job))|overview|summary)\s*:?$/i,
];

/** Words that name a role: a title-like line with one of them is preferred. */
const ROLE_WORD =
  /\b(?:engineer|developer|programmer|architect|manager|analyst|scientist|designer|specialist|coordinator|director|lead|head|consultant|administrator|officer|intern|assistant|associate|curator|archivist|registrar|librarian|technician|nurse|physician|accountant|controller|auditor|representative|agent|writer|editor|researcher|professor|lecturer|fellow|tester|strategist|planner|advisor|adviser|supervisor|executive|operator|owner|recruiter|sre|devops|scholar|postdoc\w*|practicante|pasante|becario|analista|desarrollador\w*|ingenier[oa]|gerente|jefe|coordinador\w*|dise[nñ]ador\w*|especialista|asistente|t[eé]cnico)\b/i;

const LINES_READ = 25;
/** A site's name after the title: "Director, Software - Career Portal". */
const SITE_SUFFIX =
  /\s+[-–|]\s+(?:[\p{Lu}][\p{L}&.]*\s+){0,3}(?:career portal|careers?|jobs?|job board)$/iu;
/** A company's name ("Acme Inc.", "Globex Corporation", "Careers at Globex"): never a title. */
const COMPANY =
  /\b(?:inc|corp|corporation|llc|ltd|limited|gmbh|plc|s\.?a|s\.?l|co|company|group|holdings)\.?$|^careers? at\b/i;
/** A list item ("- Python, SQL"): never a title. */
const BULLET = /^[-–•*▪●◦‣]\s/;
/** "BBVA: Convocatoria para Practicante de Riesgos en Lima" -> "Practicante de Riesgos". */
const CALL = /\bconvocatoria (?:para|de)\s+(.+?)(?:\s+en\s+[\p{Lu}][\p{L} ]*)?$/iu;

/** A job family's page names its roles: "Payroll Roles", "Data Analyst Roles at GitLab". */
const FAMILY_SUFFIX =
  /\s+[Rr]oles(?:\s+at\s+[\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*){0,2})?$/u;
/** A Markdown heading's marker. */
const HEADING_MARK = /^#{1,6}\s+/;

/** A note after a title: "(2 Years of Experience)", "(Full-time)", "(Remote)", "(m/f/d)". */
const TITLE_NOTE =
  /\s*\((?=[^)]*\b(?:years?|experience|full[- ]time|part[- ]time|remote|hybrid|on[- ]?site|contract|temporary|permanent|m\/f\/d|m\/w\/d|h\/f|f\/m)\b)[^()]{1,60}\)\s*$/i;

const isTitleLike = (line: string): boolean =>
  line.length >= 3 &&
  line.length <= 80 &&
  line.split(/\s+/).length <= 10 &&
  !/[.!?]$/.test(line) &&
  !COMPANY.test(line) &&
  !BULLET.test(line) &&
  headingOf(foldAccents(line), JD_HEADINGS) === null &&
  /\p{L}/u.test(line) &&
  !DEBRIS.some((re) => re.test(line));

/**
 * The role title: the given one; else an explicit label ("Job title: X"); else the first
 * title-like line of the posting's top that names a role, or a "hiring a X" phrase; else the
 * first title-like line. Print debris (URLs, dates, times, page furniture, navigation) is
 * never a title; a note after it ("(2 Years of Experience)", "(Full-time)") is dropped.
 */
export const deriveJdTitle = (title: string, text: string): string => {
  const given = title.trim();
  if (given.length > 0) return given;
  const derived = readTitle(text);
  return derived.replace(TITLE_NOTE, '').trim() || derived;
};

/** The title a posting gives itself (see {@link deriveJdTitle}), notes included. */
const readTitle = (text: string): string => {
  // A label's value may be quoted, as in a page's front matter (title: "Data Analyst").
  const label = LABEL.exec(text.slice(0, 5_000))?.[1]
    ?.trim()
    .replace(/^(["'“‘])(.+)["'”’],?$/u, '$2');
  const top = text
    .slice(0, 5_000)
    .split('\n')
    .map((l) => l.replace(/^job description:\s*/i, '').trim())
    .filter((l) => l.length > 0)
    .slice(0, LINES_READ);
  if (label && !DEBRIS.some((re) => re.test(label))) {
    // A label that names no role ("Data Analytics", a department or a job family) yields to
    // the first title-like line of the top that does ("## Data Analyst Roles at GitLab").
    const role = ROLE_WORD.test(label)
      ? label
      : (top
          .map((l) => l.replace(HEADING_MARK, ''))
          .find((l) => l !== label && isTitleLike(l) && ROLE_WORD.test(l)) ?? label);
    return role.replace(FAMILY_SUFFIX, '');
  }
  for (const line of top) {
    const led = LEAD.exec(line)?.[1]?.trim();
    if (led) return led;
    if (isTitleLike(line) && ROLE_WORD.test(line)) {
      return CALL.exec(line)?.[1]?.trim() ?? line.replace(SITE_SUFFIX, '');
    }
  }
  const lead = LEAD.exec(text.slice(0, 20_000))?.[1]?.trim();
  if (lead) return lead;
  const first = top.find(isTitleLike);
  if (first) return first;
  // "Frontend Engineer. Requirements: ..." - a short first sentence names the role.
  const sentence = /^([^.!?:]{3,60})[.!?:]\s/.exec(top[0] ?? '')?.[1]?.trim();
  return sentence && sentence.split(/\s+/).length <= 6 ? sentence : '';
};
