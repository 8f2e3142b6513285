import { type GapKind, gapKind } from './gap-steps.ts';

/**
 * The tasks of a day that deepens core skills the resume already shows, worded for what each
 * skill is: a teacher is not asked to solve katas that exercise Teaching, nor a nurse to revisit
 * the trade-offs of Patient Care. Unlike a gap's steps, these may build on the resume's work.
 */

/** Kinds one uses in a project: a story "that used" them; for the others, one "where" they mattered. */
const USED_KINDS: ReadonlySet<GapKind> = new Set([
  'language',
  'framework',
  'data',
  'cloud',
  'tool',
  'craft',
  'notation',
  'app',
]);

const TRADE_OFFS = (s: string) =>
  `Review ${s}: revisit its core concepts and the trade-offs you would discuss in an interview.`;

/** The review line of one skill, by kind. */
const REVIEW: Readonly<Record<GapKind, (s: string) => string>> = {
  language: TRADE_OFFS,
  framework: TRADE_OFFS,
  data: TRADE_OFFS,
  cloud: TRADE_OFFS,
  tool: TRADE_OFFS,
  craft: TRADE_OFFS,
  notation: (s) =>
    `Review ${s}: revisit its syntax, its common pitfalls and the tools that check it.`,
  app: (s) =>
    `Review ${s}: list the features your work relied on, and learn one you have not used yet.`,
  practice: (s) =>
    `Review ${s}: write down the steps you follow, the standard you hold the work to, and the trade-offs you would discuss in an interview.`,
  discipline: (s) =>
    `Review ${s}: the ideas and methods your work relied on, and how you would explain one to a non-specialist.`,
  credential: (s) =>
    `Review ${s}: the body of knowledge it covers, and where your work put each part of it to use.`,
  creative: (s) =>
    `Review ${s}: pick two pieces of your work that show it best and note the choices you made in each.`,
  regulation: (s) =>
    `Review ${s}: what it requires of this role, and how your past work met those requirements.`,
  sector: (s) =>
    `Review ${s}: the sector's current trends and pressures, and how your past work answered them.`,
  procedure: (s) =>
    `Review ${s}: the steps, the safety and quality checks, and the mistakes they guard against.`,
  network: (s) =>
    `Review ${s}: how it works, the settings your work relied on, and how you checked it was healthy.`,
  'soft-skill': (s) =>
    `Write down three concrete things you did that showed ${s} in your best work.`,
  'spoken-language': (s) =>
    `Review ${s}: the words of your field you need to describe your work in it.`,
};

const KATAS = (names: string) =>
  `Solve two practice problems or small katas that exercise ${names}.`;
const HANDS_ON = (names: string) =>
  `Do a small hands-on exercise with ${names} that uses one feature you have not tried before.`;

/** The practice line of the skills of one kind (names joined), by kind. */
const PRACTICE: Readonly<Record<GapKind, (names: string) => string>> = {
  language: KATAS,
  framework: KATAS,
  craft: KATAS,
  data: (names) =>
    `Take a small public data set close to this posting's work and use ${names} to answer one question it raises.`,
  cloud: HANDS_ON,
  tool: HANDS_ON,
  notation: (names) =>
    `Write a small, valid ${names} file of the kind this role uses, and check it with a validator.`,
  app: (names) =>
    `Do one task this posting's duties describe in ${names}, and note any shortcut or feature that would have saved time.`,
  practice: (names) =>
    `Take one duty from this posting and write, step by step, how you would use ${names} to carry it out.`,
  discipline: (names) =>
    `Take one problem this posting's duties describe and write how ${names} would frame it and test the answer.`,
  credential: (names) =>
    `Take one duty from this posting and write which parts of ${names} it calls on, and how.`,
  creative: (names) =>
    `Revise one piece of your ${names} work for this posting's audience, and note what you changed and why.`,
  regulation: (names) =>
    `Take one duty from this posting and check it against ${names}: what must be documented, by whom, and when.`,
  sector: (names) =>
    `Prepare a two-minute answer on the change in ${names} that matters most to this employer, and why.`,
  procedure: (names) =>
    `Write the checklist you follow for ${names}, and compare it with a current published protocol.`,
  network: (names) =>
    `Draw a network you knew well, with ${names} in it, and explain aloud how traffic flows and where it could fail.`,
  'soft-skill': (names) =>
    `Answer aloud, in under two minutes: "Tell me about a time your ${names.toLowerCase()} made the difference."`,
  'spoken-language': (names) =>
    `Answer two of the questions in this report aloud in ${names}, without notes.`,
};

/**
 * The tasks of a day deepening one or two core skills: a review of each, one story from the
 * resume (a project that used them, or a moment that showed a trait), and a practice per kind.
 * Three to five tasks.
 */
export const coreTasks = (skills: readonly string[]): string[] => {
  const kinds = skills.map(gapKind);
  const reviews = skills.map((s, i) => REVIEW[kinds[i] as GapKind](s));
  // Traits and spoken languages are shown by a moment or spoken, not used in a project.
  const shown = (kind: GapKind) => kind !== 'soft-skill' && kind !== 'spoken-language';
  const used = skills.filter((_, i) => shown(kinds[i] as GapKind));
  const project = kinds.filter(shown).every((k) => USED_KINDS.has(k))
    ? `that used ${used.join(' or ')}`
    : `where ${used.join(' or ')} mattered`;
  const story =
    used.length > 0
      ? `Pick one project from your resume ${project} and rehearse it as a 3-minute story (problem, your decisions, measurable result).`
      : kinds.every((k) => k === 'spoken-language')
        ? `Rehearse a 3-minute account of one project from your resume in ${skills.join(' and ')}.`
        : `Pick one moment from your resume that shows ${skills.filter((_, i) => kinds[i] === 'soft-skill').join(' or ')} and rehearse it as a 3-minute STAR story (situation, your actions, measurable result).`;
  // One practice line per wording, in the order the skills come: kinds that share a wording
  // share the line ("katas that exercise Python and React", "a hands-on exercise with AWS and
  // Docker").
  const byWording = new Map<(names: string) => string, string[]>();
  skills.forEach((s, i) => {
    const wording = PRACTICE[kinds[i] as GapKind];
    byWording.set(wording, [...(byWording.get(wording) ?? []), s]);
  });
  const practice = [...byWording].map(([wording, names]) => wording(names.join(' and ')));
  return [...reviews, story, ...practice];
};
