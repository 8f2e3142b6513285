import type { SkillMatch } from './match-skills.ts';
import { SKILL_BY_NAME } from './taxonomy.ts';

/** Characters read on each side of a match: keeps each check O(1). */
const WINDOW = 48;

/** Languages whose names are never ordinary words: a neighbour in a list of languages. */
const LANGUAGE =
  '(?:python|java|javascript|typescript|ruby|go|golang|rust|c\\+\\+|c#|php|scala|kotlin|perl|elixir|erlang|haskell|swift|dart|julia|lua|bash|node\\.js)';
const COORDINATION = '\\s*(?:,|/|and/or|or|and)\\s*';

/**
 * Words around an ambiguous language name (Go, Ruby, C, Rust, Swift...) that show it is the
 * language, whatever else the text holds: it is coordinated with another language ("Ruby and/or
 * Go", "C, C++ or Java"), something is written or built in it ("applications in Go",
 * "programming skills - Ruby"), or it qualifies code ("Go services", "Ruby gems").
 */
const BEFORE = [
  new RegExp(`\\b${LANGUAGE}${COORDINATION}$`, 'i'),
  /\b(?:programming|coding|scripting|written|writing|develop(?:ed|ing)?|code|coded|built|applications?|services|tools|software|programs?|proficien(?:t|cy)|fluen(?:t|cy)|expertise)(?:\s+(?:at least|also|both))?\s+(?:in|with|using)\s+$/i,
  /\b(?:programming|coding)(?:\s+(?:skills?|languages?|experience))?\s*[-–:]\s*$/i,
  /\blanguages?\s+(?:such as|like|including|e\.g\.,?|:)\s*$/i,
];
const AFTER = [
  new RegExp(`^${COORDINATION}${LANGUAGE}\\b`, 'i'),
  /^\s+(?:programming|language|code(?:base)?|developers?|engineers?|services|microservices|modules|scripts?|gems?|binaries|routines)\b/i,
];

/** Whether this match's own words show that the ambiguous language is meant. */
const confirmed = (text: string, m: SkillMatch): boolean => {
  const before = text.slice(Math.max(0, m.start - WINDOW), m.start);
  const after = text.slice(m.end, m.end + WINDOW);
  return BEFORE.some((re) => re.test(before)) || AFTER.some((re) => re.test(after));
};

/** Mentions of one language read for its own words: a language meant as one says so early. */
const MENTIONS_READ = 32;

/**
 * Which of `candidates` (ambiguous skills the context rule would drop) are programming languages
 * confirmed by the words right around one of their first mentions: the context rule then keeps
 * them even when no related skill is found. At most {@link MENTIONS_READ} mentions per skill
 * are read, so a text of a thousand "Go"s costs no more than one of thirty-two.
 */
export const languagesConfirmedInPlace = (
  text: string,
  matches: readonly SkillMatch[],
  candidates: ReadonlySet<string>,
): Set<string> => {
  const found = new Set<string>();
  const read = new Map<string, number>();
  for (const m of matches) {
    if (!candidates.has(m.skill) || found.has(m.skill)) continue;
    const seen = read.get(m.skill) ?? 0;
    if (seen >= MENTIONS_READ) continue;
    read.set(m.skill, seen + 1);
    if (SKILL_BY_NAME.get(m.skill)?.category === 'language' && confirmed(text, m)) {
      found.add(m.skill);
    }
  }
  return found;
};
