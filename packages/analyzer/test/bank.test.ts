import { describe, expect, it } from 'vitest';
import {
  BANK_SKILLS,
  BEHAVIORAL_BANK,
  COMPETENCIES,
  COMPETENCY_SIGNALS,
  TECHNICAL_BANK,
  technicalTemplates,
} from '../src/bank/index.ts';
import { SKILL_CATEGORIES } from '../src/taxonomy/skill-category.ts';

/** Counts sentences: terminal punctuation followed by whitespace or the end of the text. */
const sentenceCount = (text: string): number =>
  (text.replace(/\b(e\.g|i\.e|vs|etc)\./gi, '$1').match(/[.!?]["')`\]]*(?=\s|$)/g) ?? []).length;

const technical = [...TECHNICAL_BANK.values()].flat();
const allQuestions = [...technical, ...BEHAVIORAL_BANK];
const bankNames = BANK_SKILLS.map((skill) => skill.name);

describe('question bank', () => {
  it('when the skills list loads, then it has 200 unique names in known categories', () => {
    expect(bankNames.length).toBeGreaterThanOrEqual(200);
    expect(new Set(bankNames).size).toBe(bankNames.length);
    for (const skill of BANK_SKILLS) expect(SKILL_CATEGORIES).toContain(skill.category);
  });

  it('when the bank loads, then every listed skill has at least 2 questions', () => {
    const thin = bankNames.filter((name) => (TECHNICAL_BANK.get(name)?.length ?? 0) < 2);
    expect(thin).toEqual([]);
  });

  it('when the bank loads, then it has no key outside the skills list', () => {
    const listed = new Set(bankNames);
    expect([...TECHNICAL_BANK.keys()].filter((key) => !listed.has(key))).toEqual([]);
    expect(TECHNICAL_BANK.size).toBe(bankNames.length);
  });

  it('when the bank loads, then about 60 skills have a junior, a mid and a senior question', () => {
    const fullLadder = [...TECHNICAL_BANK.values()].filter((questions) =>
      (['junior', 'mid', 'senior'] as const).every((level) =>
        questions.some((question) => question.level === level),
      ),
    );
    expect(fullLadder.length).toBeGreaterThanOrEqual(55);
  });

  it('when the bank loads, then no question text appears twice', () => {
    const texts = allQuestions.map((question) => question.question.toLowerCase());
    const duplicates = texts.filter((text, index) => texts.indexOf(text) !== index);
    expect(duplicates).toEqual([]);
  });

  it('when the bank loads, then every answer has 2-5 sentences and at least 120 characters', () => {
    const bad = allQuestions
      .filter(
        (q) => q.answer.length < 120 || sentenceCount(q.answer) < 2 || sentenceCount(q.answer) > 5,
      )
      .map((q) => q.question);
    expect(bad).toEqual([]);
  });

  it('when the bank loads, then every string is trimmed and non-empty', () => {
    const strings = [
      ...technical.flatMap((q) => [q.question, q.intention, q.answer]),
      ...BEHAVIORAL_BANK.flatMap((q) => [q.question, q.intention, q.answer]),
      ...Object.values(COMPETENCY_SIGNALS).flat(),
      ...bankNames,
    ];
    expect(strings.filter((text) => text.length === 0 || text !== text.trim())).toEqual([]);
  });

  it('when the bank loads, then questions end with "?" or "." and intentions are 1-2 sentences', () => {
    expect(allQuestions.filter((q) => !/[?.]$/.test(q.question)).map((q) => q.question)).toEqual(
      [],
    );
    const verbose = allQuestions.filter((q) => {
      const count = sentenceCount(q.intention);
      return count < 1 || count > 2;
    });
    expect(verbose.map((q) => q.question)).toEqual([]);
  });

  it('when the behavioral bank loads, then it has >= 40 STAR questions, >= 5 per competency', () => {
    expect(BEHAVIORAL_BANK.length).toBeGreaterThanOrEqual(40);
    for (const competency of COMPETENCIES) {
      const questions = BEHAVIORAL_BANK.filter((q) => q.competency === competency);
      expect(questions.length, competency).toBeGreaterThanOrEqual(5);
      for (const q of questions) {
        for (const step of ['Situation:', 'Task:', 'Action:', 'Result:']) {
          expect(q.answer, q.question).toContain(step);
        }
      }
    }
  });

  it('when competency signals load, then each competency has lower-case English and Spanish words', () => {
    for (const competency of COMPETENCIES) {
      const signals = COMPETENCY_SIGNALS[competency];
      expect(signals.length, competency).toBeGreaterThanOrEqual(8);
      expect(new Set(signals).size, competency).toBe(signals.length);
      expect(signals.every((signal) => signal === signal.toLowerCase())).toBe(true);
      expect(signals.some((signal) => /[áéíóúñ]|ción|cliente|prioriz/.test(signal))).toBe(true);
    }
  });

  it('when a template runs for any category, then it gives >= 2 valid questions naming the skill', () => {
    for (const category of SKILL_CATEGORIES) {
      const questions = technicalTemplates('  Quarkus ', category);
      expect(questions.length, category).toBeGreaterThanOrEqual(2);
      expect(questions.length, category).toBeLessThanOrEqual(3);
      for (const q of questions) {
        const named = category === 'soft-skill' ? 'quarkus' : 'Quarkus';
        expect(q.question, category).toContain(named);
        expect(q.answer, category).toContain(named);
        expect(q.intention, category).toContain(named);
        expect(q.answer.length).toBeGreaterThanOrEqual(120);
        expect(sentenceCount(q.answer), q.answer).toBeGreaterThanOrEqual(2);
        expect(sentenceCount(q.answer), q.answer).toBeLessThanOrEqual(5);
        expect(q.intention.trim()).toBe(q.intention);
      }
      expect(new Set(questions.map((q) => q.question)).size).toBe(questions.length);
    }
  });

  it('when templates run for a soft skill, then Title Case words read naturally and acronyms stay', () => {
    const [first] = technicalTemplates('Active Listening', 'soft-skill');
    expect(first?.question).toContain('where active listening made');
    const [acronym] = technicalTemplates('OKR Setting', 'soft-skill');
    expect(acronym?.question).toContain('OKR setting');
  });

  it('when counting sentences, then abbreviations and dotted names do not split them', () => {
    expect(sentenceCount('Node.js and .NET run fast. Use e.g. caching! Done?')).toBe(3);
    expect(sentenceCount('One sentence without a final stop')).toBe(0);
  });
});
