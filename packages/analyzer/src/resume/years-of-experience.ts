const MONTHS: readonly [RegExp, number][] = [
  [/^(jan|ene)/, 1],
  [/^feb/, 2],
  [/^mar/, 3],
  [/^(apr|abr)/, 4],
  [/^may/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^(aug|ago)/, 8],
  [/^(sep|set)/, 9],
  [/^oct/, 10],
  [/^nov/, 11],
  [/^(dec|dic)/, 12],
];
const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|set(?:iembre)?|septiembre|octubre|noviembre|dic(?:iembre)?)`;
const DATE = String.raw`(?:${MONTH}\.?,?\s+(?:19|20)\d\d|\d{1,2}\/(?:19|20)\d\d|(?:19|20)\d\d)`;
const OPEN = `(?:present|current|now|today|ongoing|actual|actualidad|presente|la fecha|hoy)`;
const RANGE = new RegExp(
  String.raw`(${DATE})\s*(?:-|–|—|to|until|a|hasta|al)\s*(${DATE}|${OPEN})?`,
  'gi',
);

interface Month {
  year: number;
  month: number;
  precise: boolean;
}

const parseDate = (s: string): Month | null => {
  const year = /(?:19|20)\d\d/.exec(s);
  if (!year) return null;
  const slash = /^(\d{1,2})\//.exec(s);
  if (slash)
    return {
      year: Number(year[0]),
      month: Math.min(12, Math.max(1, Number(slash[1]))),
      precise: true,
    };
  const word = s.toLowerCase();
  for (const [re, month] of MONTHS)
    if (re.test(word)) return { year: Number(year[0]), month, precise: true };
  return { year: Number(year[0]), month: 1, precise: false };
};

/** A date range of a resume, in months since year 0 (end exclusive). */
export interface MonthRange {
  from: number;
  to: number;
}

/**
 * Date ranges in a text: "Jan 2019 - Present", "2016-2018", "03/2020 – 06/2022", and a start
 * date with a dash whose "Present" was laid out on the next line. "Present" is the latest
 * year the text mentions (never the clock), so the result is reproducible.
 */
export const findDateRanges = (folded: string): MonthRange[] => {
  let latest = 0;
  for (const m of folded.matchAll(/\b(?:19|20)\d\d\b/g)) latest = Math.max(latest, Number(m[0]));
  const ranges: MonthRange[] = [];
  for (const m of folded.matchAll(RANGE)) {
    const start = parseDate(m[1] ?? '');
    if (!start) continue;
    let endText = m[2];
    if (endText === undefined) {
      const after = folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 200);
      if (!/^[^\n]*\n\s*(present|current)\b/i.test(after)) continue;
      endText = 'present';
    }
    const end = /^\d|^[a-z]{3}.*\d/i.test(endText)
      ? parseDate(endText)
      : { year: latest, month: 12, precise: true };
    if (!end) continue;
    const from = start.year * 12 + start.month - 1;
    const to = end.year * 12 + end.month - 1 + (end.precise && start.precise ? 1 : 0);
    if (to > from && to - from <= 50 * 12) ranges.push({ from, to });
  }
  return ranges;
};

/** Years covered by the union of ranges, one decimal. */
export const yearsCovered = (ranges: readonly MonthRange[]): number => {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  let months = 0;
  let cursor = Number.NEGATIVE_INFINITY;
  for (const r of sorted) {
    const from = Math.max(r.from, cursor);
    if (r.to > from) months += r.to - from;
    cursor = Math.max(cursor, r.to);
  }
  return Math.round((months / 12) * 10) / 10;
};

/** "over 5 years of experience", "5+ years of experience", "con 3 anos de experiencia". */
export const claimedYears = (folded: string): number | null => {
  const claims = [
    ...folded.matchAll(
      /\b(\d{1,2})\s{0,3}\+?\s{0,3}(?:years?|anos)\s{1,3}(?:of\s{1,3})?(?:proven\s{1,3}|professional\s{1,3}|industry\s{1,3}|de\s{1,3})?(?:experience|expertise|experiencia|building|developing|working|programming|as)\b/gi,
    ),
  ].map((m) => Number(m[1]));
  return claims.reduce<number | null>((max, n) => (max === null || n > max ? n : max), null);
};
