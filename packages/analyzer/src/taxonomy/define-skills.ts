import type { Skill } from './skill.types.ts';
import type { SkillCategory } from './skill-category.ts';

/**
 * Builds skills from compact entries `[flags]Name|alias;alias|Related;Related`.
 * Flags before the name: `!` the name itself matches only with its exact case; `?` the skill
 * needs context (a related skill in the same document). An alias starting with `=` is
 * case-sensitive; one starting with `+` says by itself which thing is meant ("golang" for the
 * ambiguous Go) and needs no context; one starting with `&` names another skill as well, in its
 * own words ("data structures and algorithms": Algorithms too).
 */
export const defineSkills = (category: SkillCategory, entries: readonly string[]): Skill[] =>
  entries.map((entry) => {
    const [head = '', aliasPart = '', relatedPart = ''] = entry.split('|');
    const flags = /^[!?]+/.exec(head)?.[0] ?? '';
    const name = head.slice(flags.length).trim();
    const aliases: string[] = [];
    const caseSensitiveAliases: string[] = [];
    const certainAliases: string[] = [];
    const jointAliases: string[] = [];
    (flags.includes('!') ? caseSensitiveAliases : aliases).push(name);
    for (const raw of split(aliasPart)) {
      if (raw.startsWith('=')) caseSensitiveAliases.push(raw.slice(1));
      else if (raw.startsWith('+')) {
        aliases.push(raw.slice(1));
        certainAliases.push(raw.slice(1).toLowerCase());
      } else if (raw.startsWith('&')) {
        aliases.push(raw.slice(1));
        jointAliases.push(raw.slice(1).toLowerCase());
      } else aliases.push(raw);
    }
    return {
      name,
      category,
      aliases,
      caseSensitiveAliases,
      certainAliases,
      jointAliases,
      related: split(relatedPart),
      needsContext: flags.includes('?'),
    };
  });

const split = (part: string): string[] =>
  part
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
