import { describe, expect, it } from 'vitest';
import { BANK_SKILLS } from '../src/bank/skills-list.ts';
import { findSkills, SKILL_BY_NAME, SKILL_CATEGORIES, SKILLS } from '../src/index.ts';
import { SKILL_INDEX } from '../src/taxonomy/skill-index.ts';

describe('skills taxonomy', () => {
  it('when the taxonomy is loaded, then it has at least 800 skills with unique canonical names', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(800);
    expect(new Set(SKILLS.map((s) => s.name)).size).toBe(SKILLS.length);
  });

  it('when a skill is defined, then its category is a known one and its related skills exist', () => {
    for (const skill of SKILLS) {
      expect(SKILL_CATEGORIES).toContain(skill.category);
      for (const r of skill.related)
        expect(SKILL_BY_NAME.has(r), `${skill.name} -> ${r}`).toBe(true);
    }
  });

  it('when the categories are counted, then software, data, cloud, product, finance and soft skills are all covered', () => {
    const counts = new Map<string, number>();
    for (const s of SKILLS) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
    for (const category of SKILL_CATEGORIES)
      expect(counts.get(category) ?? 0, category).toBeGreaterThanOrEqual(10);
  });

  it('when an ambiguous skill needs context, then it has related skills to provide it', () => {
    for (const s of SKILLS.filter((x) => x.needsContext))
      expect(s.related.length, s.name).toBeGreaterThan(0);
  });

  it('when two skills are written the same way, in any case, then that is a data error (one alias, one skill)', () => {
    // "OSPF" written in capitals for Routing Protocols and "ospf" for OSPF itself is one
    // writing claimed twice: the capitals' skill took every find.
    for (const entries of SKILL_INDEX.values()) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        const key = e.tokens.join(' ').toLowerCase();
        const prev = owner.get(key);
        expect(
          prev === undefined || prev === e.skill.name,
          `${key}: ${prev} / ${e.skill.name}`,
        ).toBe(true);
        owner.set(key, e.skill.name);
      }
    }
  });

  it('when an alias is marked as written for two skills (&), then the text of it names its own skill and another', () => {
    for (const skill of SKILLS)
      for (const alias of skill.jointAliases) {
        const found = findSkills(alias).map((s) => s.skill);
        expect(found, alias).toContain(skill.name);
        expect(
          found.filter((name) => name !== skill.name),
          alias,
        ).not.toHaveLength(0);
      }
  });

  it('when the bank lists its 200 skills, then every name is a canonical taxonomy name', () => {
    expect(BANK_SKILLS.length).toBeGreaterThanOrEqual(200);
    const missing = BANK_SKILLS.map((s) => (typeof s === 'string' ? s : s.name)).filter(
      (n) => !SKILL_BY_NAME.has(n),
    );
    expect(missing).toEqual([]);
  });
});
