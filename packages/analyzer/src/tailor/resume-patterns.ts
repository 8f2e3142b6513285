/** Patterns the resume parser uses to tell dates, roles, degrees and schools apart. */

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ene(?:ro)?|abr(?:il)?|ago(?:sto)?|dic(?:iembre)?|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|enero|febrero|marzo)\\.?';
const DATE = `(?:${MONTH}\\s+)?(?:\\d{1,2}[/.])?(?:19|20)\\d{2}`;
const NOW = '(?:present|current|now|today|actualidad|presente|hoy)';

/** A date range ("June 2022 – Sept. 2022", "2018 - Present") or a single date. */
export const DATE_RANGE = new RegExp(
  `(?:expected\\s+)?(${DATE})(?:\\s*(?:[-–—]|to|a|hasta)\\s*(${DATE}|${NOW})?)?`,
  'i',
);
/** A date range spelled across a line break ("June 2022 –" then "Present"). */
export const LONE_NOW = new RegExp(`^${NOW}$`, 'i');

export const hasDate = (line: string): boolean => DATE_RANGE.test(line);

/**
 * The line without its date: the longer side of it, so that what is left is still a piece of
 * the line as written ("Viasat Inc.  June 2022 – Sept. 2022" -> "Viasat Inc.").
 */
export const withoutDate = (line: string): string => {
  const m = DATE_RANGE.exec(line);
  if (!m) return line.trim();
  const before = trimSeparators(line.slice(0, m.index), 'end').trim();
  const after = trimSeparators(line.slice(m.index + m[0].length), 'start').trim();
  return before.length >= after.length ? before : after;
};

const SEPARATOR_MARKS = new Set([',', '|', '–', '—', '-']);
const isSeparator = (c: string): boolean => SEPARATOR_MARKS.has(c) || /\s/.test(c);

/**
 * The text without the spaces, commas, bars and dashes at its start, its end or both. A loop,
 * not a pattern: `[\s,|–—-]+$` tries every start in a long run of them, quadratic.
 */
export const trimSeparators = (text: string, side: 'start' | 'end' | 'both'): string => {
  let from = 0;
  let to = text.length;
  if (side !== 'end') while (from < to && isSeparator(text[from] as string)) from++;
  if (side !== 'start') while (to > from && isSeparator(text[to - 1] as string)) to--;
  return text.slice(from, to);
};

/** Words that make a line a role title rather than an employer. */
export const TITLE_WORDS =
  /\b(engineer|developer|manager|intern|analyst|designer|consultant|lead|architect|scientist|director|officer|specialist|assistant|associate|administrator|coordinator|technician|programmer|head|founder|owner|researcher|teacher|ingenier[oa]|desarrollador[a]?|analista|jefe|gerente|dise[nñ]ador[a]?|becari[oa]|practicante|t[eé]cnico)\b/i;

/** Degree names: abbreviations case-sensitively, words in any case. */
const DEGREE_ABBR =
  /(?:^|[\s(,])(B\.?\s?S\.?c?|B\.?A\.?|M\.?S\.?c?|M\.?A\.?|B\.?\s?Tech|M\.?\s?Tech|MBA|Ph\.?\s?D\.?|B\.E\.|M\.E\.)(?![A-Za-z])/;
const DEGREE_WORD =
  /\b(bachelor|master|associate degree|diploma|doctor|licenciad|licenciatur|ingenier|grado en|m[aá]ster|maestr[ií]a|t[eé]cnico superior|degree)/i;
export const isDegree = (text: string): boolean => DEGREE_ABBR.test(text) || DEGREE_WORD.test(text);

export const INSTITUTION =
  /\b(universit|college|institut|school|academy|polytechnic|universidad|escuela|instituto|colegio|facultad|[eé]cole|hochschule|bootcamp)/i;

/** Bullet markers that open a bullet line. */
export const BULLET = /^[•▪●◦‣∙·*\-–—]\s*/;

// Each pattern starts a match only where a run of its characters starts (a digit after no
// digit, a word after no word and its hyphens): a later start in the same run could only
// fail again, and trying every one made a long line quadratic ("abc...xyz" x 10,000 letters
// without an "@").
export const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
export const PHONE = /\+?\(?(?<!\d)\d[\d ()\-.]{7,}\d(?![\w])/g;
export const URL =
  /\b(?:https?:\/\/\S+|www\.\S+|(?:linkedin|github|gitlab)\.com\/\S+|(?<!\w-*)\w[\w-]*\.(?:dev|io|me)(?:\/\S*)?)/gi;
