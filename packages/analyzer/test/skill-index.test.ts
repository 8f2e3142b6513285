import { describe, expect, it } from 'vitest';
import { matchSkills } from '../src/taxonomy/match-skills.ts';
import type { Skill } from '../src/taxonomy/skill.types.ts';
import { buildSkillIndex } from '../src/taxonomy/skill-index.ts';
import { tokenize } from '../src/text/tokenize.ts';

const skill = (name: string, aliases: string[] = []): Skill => ({
  name,
  category: 'business-finance',
  aliases: [name.toLowerCase(), ...aliases],
  caseSensitiveAliases: [],
  certainAliases: [],
  jointAliases: [],
  related: [],
  needsContext: false,
});

/** Fifty names that share their first two words, as "gestion de ..." names do. */
const crowded = [
  ...Array.from({ length: 50 }, (_, i) => skill(`Gestion de sujet${i}`)),
  skill('Gestion de projets', ['gestion de projet']),
  skill('Gestion de projets agiles'),
  skill('Gestion de projets agiles distribues'),
  skill('Gestion de dossiers complexes'),
  skill('Gestion de fichier'),
  skill('Gestion'),
  skill('Gestion de'),
];
const index = buildSkillIndex(crowded);
const found = (text: string): string[] =>
  matchSkills(text, tokenize(text), index).map((m) => m.skill);

describe('the skill index, where many names share their first words', () => {
  it('when a name is one of many that share their first two words, then its third word finds it, longest first', () => {
    expect(found('la gestion de sujet7 et la gestion de sujet42')).toEqual([
      'Gestion de sujet7',
      'Gestion de sujet42',
    ]);
    expect(found('gestion de projets agiles distribues')).toEqual([
      'Gestion de projets agiles distribues',
    ]);
    expect(found('gestion de projets agiles, gestion de projets.')).toEqual([
      'Gestion de projets agiles',
      'Gestion de projets',
    ]);
  });

  it('when the third word follows no name, then the shorter names still match', () => {
    expect(found('gestion de rien')).toEqual(['Gestion de']);
    expect(found('gestion et suivi')).toEqual(['Gestion']);
    expect(found('gestion de')).toEqual(['Gestion de']);
    // "dossiers" follows a longer name only: the shorter ones are read after it.
    expect(found('gestion de dossiers simples')).toEqual(['Gestion de']);
  });

  it("when the third word is the plural of a name's word (an acronym's, or a Romance object's), then that name is found", () => {
    expect(found('gestion de projet')).toEqual(['Gestion de projets']);
    const english = buildSkillIndex([
      ...Array.from({ length: 40 }, (_, i) => skill(`Open source topic${i}`)),
      skill('Open source API'),
      skill('Open source'),
    ]);
    const text = 'open source APIs';
    expect(matchSkills(text, tokenize(text), english).map((m) => m.skill)).toEqual([
      'Open source API',
    ]);
  });
});

describe('names written in the other English spelling', () => {
  const spelt = buildSkillIndex([
    skill('Data Visualization'),
    skill('User-Centered Design'),
    skill('Financial Modeling'),
    skill('Behavioral Science'),
    skill('Program Management'),
    skill('Requirements Analysis', ['analyze requirements']),
  ]);
  const foundIn = (text: string): string[] =>
    matchSkills(text, tokenize(text), spelt).map((m) => m.skill);

  it('when a posting writes a name the British way (1.8.253), then the American name finds it', () => {
    expect(
      foundIn(
        'data visualisation, user-centred design, financial modelling, behavioural science, programme management, analyse requirements',
      ),
    ).toEqual([
      'Data Visualization',
      'User-Centered Design',
      'Financial Modeling',
      'Behavioral Science',
      'Program Management',
      'Requirements Analysis',
    ]);
  });

  it('when a name is British and the text American, then it is found too', () => {
    const british = buildSkillIndex([skill('Data Visualisation'), skill('Labelling')]);
    const text = 'data visualization and labeling';
    expect(matchSkills(text, tokenize(text), british).map((m) => m.skill)).toEqual([
      'Data Visualisation',
      'Labelling',
    ]);
  });

  it('when a word only looks like a spelling pair, then no other name is made of it', () => {
    expect(foundIn('colour programs, expertise, for the data visual')).toEqual([]);
  });
});
