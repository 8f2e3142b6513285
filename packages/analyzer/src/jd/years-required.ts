import { matchSkills } from '../taxonomy/match-skills.ts';
import { tokenize } from '../text/tokenize.ts';

const WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
};

const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)`;
/**
 * "5+ years", "3-5 years", "at least 5 years", "minimum of 5 years", "(2 Years of Experience)",
 * "3 anos". Spaces are bounded ({0,3}): two adjacent unbounded runs would backtrack
 * quadratically on a long run of spaces.
 */
const YEARS = new RegExp(
  String.raw`\b${NUMBER}\s{0,3}(?:\+|plus)?\s{0,3}(?:(?:-|–|to|a)\s{0,3}\d{1,2}\s{0,3})?(?:\+\s{0,3})?(?:years?|yrs?|anos?)\b([^.;\n]{0,80})`,
  'gi',
);

const toNumber = (s: string): number => WORDS[s.toLowerCase()] ?? Number.parseInt(s, 10);

/** A years-of-experience demand, overall or for one skill. */
export interface YearsDemand {
  years: number;
  /** The skill the years are about ("5+ years of Python"), or null for overall experience. */
  skill: string | null;
}

/** Finds "N+ years of ..." demands in a (folded) job description. */
export const findYearsDemands = (folded: string): YearsDemand[] => {
  const out: YearsDemand[] = [];
  for (const m of folded.matchAll(YEARS)) {
    const years = toNumber(m[1] ?? '');
    if (!Number.isFinite(years) || years <= 0 || years > 30) continue;
    const rest = m[2] ?? '';
    if (
      !/^\s*(?:of|de|in|en|with|as|building|working|\(|experience|experiencia|professional|industry|relevant|hands|proven|\))/i.test(
        rest,
      ) &&
      rest.trim() !== ''
    ) {
      continue;
    }
    const tail = rest.slice(0, 60);
    const skill = matchSkills(tail, tokenize(tail))[0]?.skill ?? null;
    out.push({ years, skill });
  }
  return out;
};
