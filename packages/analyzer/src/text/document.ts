import { matchSkills, type SkillMatch } from '../taxonomy/match-skills.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { foldAccents } from './fold.ts';
import { tokenize } from './tokenize.ts';

/** A text prepared for analysis: original (NFC) and folded forms, with its skill matches. */
export interface ScannedText {
  /** The input, NFC-normalised, line endings unified: evidence is cut from it. */
  original: string;
  /** Same length as `original`, accents folded: offsets are shared. */
  folded: string;
  /** Skill matches, after the context rule, in text order. */
  matches: SkillMatch[];
}

/** Normalises line endings and odd spaces, NFC. */
export const cleanText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u00ad]/g, '');

/**
 * Drops matches of ambiguous skills (Spring, Swift, R...) when none of their related skills
 * (or skills that list them as related) is found in the same text without such doubt.
 */
export const applyContextRule = (matches: readonly SkillMatch[]): SkillMatch[] => {
  const certain = new Set<string>();
  for (const m of matches) if (!SKILL_BY_NAME.get(m.skill)?.needsContext) certain.add(m.skill);
  const keep = (name: string): boolean => {
    const skill = SKILL_BY_NAME.get(name);
    if (skill === undefined) return false;
    if (!skill.needsContext) return true;
    if (skill.related.some((r) => certain.has(r))) return true;
    for (const other of certain) {
      if (SKILL_BY_NAME.get(other)?.related.includes(name)) return true;
    }
    return false;
  };
  return matches.filter((m) => keep(m.skill));
};

/** URLs, e-mail addresses and domains name no skill (`github.com/jane`): blanked, length kept. */
export const blankLinks = (text: string): string =>
  text.replace(
    /\b(?:https?:\/\/|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|me|edu|dev|co)(?:\/\S*)?/gi,
    (m) => ' '.repeat(m.length),
  );

/** Folds, tokenizes and matches a text. */
export const scanText = (text: string): ScannedText => {
  const original = cleanText(text);
  const folded = blankLinks(foldAccents(original));
  const matches = applyContextRule(matchSkills(folded, tokenize(folded)));
  return { original, folded, matches };
};
