import { SKILL_BY_NAME, SKILLS } from '../src/taxonomy/taxonomy.ts';
import { foldAccents } from '../src/text/fold.ts';
import type { EvalLabels } from './eval-labels.ts';

/** A label's skill written as one of a taxonomy skill's other names. */
export interface AliasedLabelName {
  file: string;
  name: string;
  canonical: string;
}

const key = (name: string): string => foldAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();

/** Each way a skill is written (lower case, accents folded) -> the skills written so. */
const skillsByWriting = (): Map<string, Set<string>> => {
  const map = new Map<string, Set<string>>();
  for (const skill of SKILLS)
    for (const written of [skill.name, ...skill.aliases, ...skill.caseSensitiveAliases]) {
      const k = key(written);
      const names = map.get(k) ?? new Set<string>();
      names.add(skill.name);
      map.set(k, names);
    }
  return map;
};

/**
 * Label names that the taxonomy writes otherwise ("TIBCO Spotfire" for Spotfire, "Ubuntu" for
 * Linux): the scorer compares names as written, so each would count as a missed skill and a
 * wrong one at once. A name two skills share says nothing and is not listed.
 */
export const aliasedLabelNames = (labels: EvalLabels): AliasedLabelName[] => {
  const writings = skillsByWriting();
  const out: AliasedLabelName[] = [];
  const documents = [
    ...labels.postings.map((p) => ({
      file: p.file,
      names: [...p.core, ...p.niche, ...p.acceptable],
    })),
    ...labels.resumes.map((r) => ({ file: r.file, names: [...r.core, ...r.acceptable] })),
  ];
  for (const { file, names } of documents)
    for (const name of new Set(names)) {
      if (SKILL_BY_NAME.has(name)) continue;
      const skills = writings.get(key(name));
      const canonical = skills?.size === 1 ? [...skills][0] : undefined;
      if (canonical !== undefined) out.push({ file, name, canonical });
    }
  return out;
};
