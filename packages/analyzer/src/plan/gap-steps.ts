import { isConceptName as isConcept } from '../taxonomy/concept-name.ts';
import { isProductName, kindOfSkill, type NamedKind } from '../taxonomy/named-kinds.ts';
import { isNotationLanguage } from '../taxonomy/notation-languages.ts';
import { PRODUCT_CATEGORIES, type SkillCategory } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { SKILL_STEPS } from './skill-steps.ts';

/**
 * What kind of thing a gap is: it decides how the plan words the step that closes it. A kind
 * listed by name (an application, a discipline, a sector...) or one that follows the category.
 */
export type GapKind =
  | NamedKind
  | 'language'
  | 'notation'
  | 'framework'
  | 'data'
  | 'cloud'
  | 'tool'
  | 'practice'
  | 'soft-skill'
  | 'spoken-language';

const KIND_OF: Readonly<Record<SkillCategory, GapKind>> = {
  language: 'language',
  framework: 'framework',
  database: 'tool',
  cloud: 'cloud',
  devops: 'tool',
  'data-ml': 'data',
  testing: 'practice',
  security: 'practice',
  'product-design': 'practice',
  'business-finance': 'practice',
  domain: 'practice',
  'soft-skill': 'soft-skill',
  'spoken-language': 'spoken-language',
};

/** Categories that hold both practices (Unit Testing) and the products that serve them (Jest). */
const TOOLING_CATEGORIES: ReadonlySet<SkillCategory> = new Set([
  'testing',
  'security',
  'product-design',
]);

/** The kind of a skill (a skill outside the taxonomy reads as a practice). */
export const gapKind = (skill: string): GapKind => {
  const category = SKILL_BY_NAME.get(skill)?.category ?? 'domain';
  const kind = KIND_OF[category];
  if (kind === 'language' && isNotationLanguage(skill)) return 'notation';
  // Applications, fields of software work, disciplines, credentials, crafts, rulebooks,
  // sectors and procedures, by name.
  const named = kindOfSkill(skill, category);
  if (named !== undefined) return named;
  if (PRODUCT_CATEGORIES.has(category) && isConcept(skill)) return 'practice';
  // A product among practices (Playwright, pytest), not an acronym of a rule (GDPR).
  if (TOOLING_CATEGORIES.has(category) && isProductName(skill)) return 'tool';
  return kind;
};

/**
 * Tasks that close one gap, by kind: two variants each, so two gaps of one kind never get the
 * same day. None of them refers to the candidate's past experience with the skill: it is a gap.
 */
const STEPS: Readonly<Record<GapKind, readonly ((s: string) => string[])[]>> = {
  language: [
    (s) => [
      `Work through an official tutorial for ${s} up to functions, modules and error handling, typing every example yourself.`,
      `Write a small command-line program in ${s} that reads a file, transforms it and prints a summary, with two unit tests.`,
      `Read one short open-source file written in ${s} line by line and note three idioms you would not have written yourself.`,
      `Answer aloud: "How does ${s} handle errors, and how would you test code written in it?"`,
    ],
    (s) => [
      `Study the types, standard collections and memory or concurrency model of ${s} from its reference documentation.`,
      `Solve three short practice problems in ${s} and compare your solutions with idiomatic ones.`,
      `Write down the build, test and package tools used with ${s} and run each once on a small program.`,
      `Prepare a two-minute answer on when ${s} is a good choice and when it is not.`,
    ],
  ],
  notation: [
    (s) => [
      `Work through an official tutorial or reference guide for ${s}, typing every example yourself.`,
      `Write one small page, style sheet, document or query in ${s} that you could show in the interview.`,
      `Check your work with a validator or linter for ${s} and fix what it reports.`,
      `Answer aloud: "What mistakes do people often make with ${s}, and how do you avoid them?"`,
    ],
    (s) => [
      `Read the reference of ${s} and list the ten constructs used most, with one example each.`,
      `Rewrite a small public example in ${s} so that it is shorter and clearer.`,
      `Write down how you would review or test work written in ${s} before it ships.`,
      `Prepare a two-minute answer on what good ${s} looks like in a shared codebase.`,
    ],
  ],
  app: [
    (s) => [
      `Open a free account or trial of ${s} and work through its official getting-started guide.`,
      `Use ${s} for one real task of your own this week, like those this posting's duties describe.`,
      `Note the three features of ${s} that teams rely on most, and one setting you would change for a new team.`,
      `Answer aloud: "How would you set up ${s} so that a new team can use it from day one?"`,
    ],
    (s) => [
      `Watch one official tutorial on ${s} and list the five features used most.`,
      `Recreate in ${s} one piece of work this posting's duties describe: a record, a document, a board or a report.`,
      `Write down two mistakes teams make with ${s} and how to avoid them.`,
      `Prepare a two-minute answer on how ${s} helps a team share work and decisions.`,
    ],
  ],
  framework: [
    (s) => [
      `Follow an official getting-started guide for ${s} and build its example to the end.`,
      `Extend the example with one feature of your own and write a test for it.`,
      `Write a half-page note on how ${s} structures a project and where its main extension points are.`,
      `Answer aloud: "What problem does ${s} solve, and what are its trade-offs?"`,
    ],
    (s) => [
      `Read the documentation of ${s} on its core concepts, and sketch from memory how a request or a change flows through it.`,
      `Rebuild a small feature you know well with ${s}: a form, a list view or an API endpoint.`,
      `Find two common performance or design pitfalls of ${s} and how the documentation says to avoid them.`,
      `Compare ${s} with one alternative in five bullet points you could say in an interview.`,
    ],
  ],
  craft: [
    (s) => [
      `Choose a well-regarded course or guide on ${s} and work through its first practical module, doing every exercise yourself.`,
      `Build one small, complete exercise in ${s} that you could show and explain in the interview, and keep it in a repository.`,
      `Write down the three mistakes people new to ${s} make most often, and how you would avoid them.`,
      `Answer aloud: "What does good work in ${s} look like, and how do you check it?"`,
    ],
    (s) => [
      `Read the chapter on the core ideas of ${s} in a well-regarded introduction, and summarise them on one page.`,
      `Find a small open-source project that shows ${s} done well, and note how it is organised, tested and documented.`,
      `List the tools most used in ${s} today and mark the ones this posting names.`,
      `Prepare a two-minute answer on how you would get up to speed in ${s} in your first month.`,
    ],
  ],
  discipline: [
    (s) => [
      `Review the core ideas of ${s} that this role relies on, from a standard textbook or course, and summarise them on one page.`,
      `Work through three typical problems in ${s} from that source, writing out every step.`,
      `Write down where ${s} shows up in this posting's duties, with one example for each.`,
      `Answer aloud: "Which ideas from ${s} matter most in this role, and why?"`,
    ],
    (s) => [
      `Read one recent review article or textbook chapter in ${s} that touches this role's work, and note three points you could discuss.`,
      `Explain one central concept of ${s} to a non-specialist in two minutes and record yourself.`,
      `List the methods, models or instruments of ${s} the posting implies, and check that you can describe each in a sentence.`,
      `Prepare a two-minute answer on why ${s} matters for the team's work.`,
    ],
  ],
  credential: [
    (s) => [
      `Look up what ${s} requires today: eligibility, exams or supervised hours, cost and how long it usually takes.`,
      `Write down the steps between you and ${s}, with a realistic date for each.`,
      `Study the official outline or syllabus of ${s} and mark the topics this role uses most.`,
      `Answer aloud: "This role asks for ${s}. Where are you on the way to it, and which of its topics do you know well already?"`,
    ],
    (s) => [
      `Read the posting again and note whether ${s} is needed on the first day or may be gained after hiring.`,
      `Work through one official sample exam or practice question set for ${s} and note your weakest topics.`,
      `Write a half-page note on how the knowledge behind ${s} shows in the duties of this role.`,
      `Prepare a two-minute answer on your plan to obtain ${s}.`,
    ],
  ],
  creative: [
    (s) => [
      `Study three strong published examples of ${s} in this employer's field and note what makes each one work.`,
      `Do one small ${s} task from a brief you write yourself, of the kind this role's duties describe.`,
      `Ask someone whose judgement you trust to critique it, then revise it once.`,
      `Answer aloud: "Walk me through your ${s} process, from brief to final version."`,
    ],
    (s) => [
      `Write down the tools and file formats this role's ${s} work is likely to use, and try the one you know least.`,
      `Recreate one published example of ${s} from scratch, to learn how it was made.`,
      `Turn the result into a one-page portfolio entry: the brief, your choices and the outcome.`,
      `Prepare a two-minute answer on how you take feedback on ${s} work.`,
    ],
  ],
  regulation: [
    (s) => [
      `Read the official text or an authoritative summary of ${s} and list the obligations that apply to this role's duties.`,
      `Take one task this posting describes and check it against ${s}: what must be recorded, who may see or change what, and what needs approval.`,
      `Note the breaches or audit findings ${s} most often leads to, and how teams avoid them.`,
      `Answer aloud: "How does ${s} shape the way you would do this job?"`,
    ],
    (s) => [
      `Find the guidance that the regulator or standards body publishes on ${s} and write a one-page glossary of its key terms.`,
      `Read one published enforcement case, audit report or case study about ${s} and write down what went wrong.`,
      `Draft a short checklist you would follow to keep your own work within ${s}.`,
      `Prepare a two-minute answer on how you would keep a team's work within ${s} from the first day.`,
    ],
  ],
  sector: [
    (s) => [
      `Read two recent industry reports or trade articles on ${s} and note the three trends they agree on.`,
      `Map the main players in ${s}, such as customers, suppliers, regulators and competitors, and mark where this employer sits among them.`,
      `Learn twenty terms people in ${s} use every day and write a one-line definition of each.`,
      `Answer aloud: "What do you know about ${s}, and what would you need to learn in your first month?"`,
    ],
    (s) => [
      `Read this employer's recent news, reports or blog and note what it says about ${s}.`,
      `Find one published story of a company in ${s} that succeeded or failed, and write down why.`,
      `List the rules and standards that shape work in ${s} and mark those this role touches.`,
      `Prepare a two-minute answer on why you want to work in ${s}.`,
    ],
  ],
  network: [
    (s) => [
      `Read the official overview of ${s} and draw where it sits in a small office network, from a user's device to the internet.`,
      `Set up ${s} in a free lab or simulator (such as Cisco Packet Tracer, GNS3 or a vendor's sandbox) and get one working configuration.`,
      `Break the lab on purpose once, find the fault with the status and show commands, and write down the steps.`,
      `Answer aloud: "Users at one site lose their connection and ${s} is in the path: how do you troubleshoot it?"`,
    ],
    (s) => [
      `List the settings of ${s} a network team checks most often, and what a healthy value looks like for each.`,
      `Write a one-page runbook for a common ${s} task this posting's duties describe, with a rollback step.`,
      `Read one vendor or community guide to securing ${s} and note the three settings you would change first.`,
      `Answer aloud: "How would you roll out a change to ${s} across many sites without an outage?"`,
    ],
  ],
  procedure: [
    (s) => [
      `Read a current protocol or guideline for ${s}: when it is used, the materials, each step and the safety checks.`,
      `Write the steps of ${s} from memory as a checklist, then compare it with the protocol and correct it.`,
      `List the errors and complications of ${s} that happen most, and how each is prevented and handled.`,
      `Answer aloud: "Walk me through how you carry out ${s}, from preparation to recording the result."`,
    ],
    (s) => [
      `Watch a demonstration of ${s} from a recognised training institution and note each step and why it is done.`,
      `Find out how this employer could train and sign you off on ${s}, and how long that usually takes.`,
      `Write down how the results of ${s} are recorded and checked, and who signs them off.`,
      `Prepare a two-minute answer on how you keep ${s} safe and its results reliable.`,
    ],
  ],
  data: [
    (s) => [
      `Learn the core ideas of ${s} from a reputable course chapter or the official guide, and summarise them on one page.`,
      `Apply ${s} to a small public data set and write down what you measured and what the result means.`,
      `List how you would validate work done with ${s}: baselines, held-out data and sanity checks.`,
      `Answer aloud: "Walk me through a project where ${s} would be the right tool."`,
    ],
    (s) => [
      `Reproduce one short worked example that uses ${s}, step by step, and note every assumption it makes.`,
      `Change one input or parameter in that example and explain how the result moved.`,
      `Write down the three questions an interviewer is most likely to ask about ${s}, with your answers.`,
      `Explain ${s} to a non-specialist in two minutes and record yourself.`,
    ],
  ],
  cloud: [
    (s) => [
      `Read the overview and pricing pages of ${s} and write down what it is for and what it costs at small scale.`,
      `Use a free tier or a local emulator to deploy the smallest working example with ${s}.`,
      `Lock down what you deployed: a least-privilege identity, logging turned on; then tear everything down.`,
      `Answer aloud: "How would you make a workload on ${s} reliable and keep its cost under control?"`,
    ],
    (s) => [
      `Study how ${s} handles identity, networking and scaling from its official documentation.`,
      `Follow one official hands-on lab for ${s} from start to finish and keep notes of each step.`,
      `Draw a small architecture that uses ${s} and mark where it could fail.`,
      `Prepare a two-minute comparison of ${s} with its closest equivalent on another cloud.`,
    ],
  ],
  tool: [
    (s) => [
      `Set up a small practice project with ${s}, following an official quick start or tutorial.`,
      `Commit the project with its configuration and write down each step you took.`,
      `Break your setup on purpose once, read the error and fix it: note what you learned about ${s}.`,
      `Answer aloud: "Where does ${s} fit in a delivery workflow, and what can go wrong with it?"`,
    ],
    (s) => [
      `Read the documentation of ${s} on its core concepts and write a one-page cheat sheet.`,
      `Reproduce a common task with ${s} from scratch, without copying a finished example.`,
      `List the security and reliability settings of ${s} that matter in production.`,
      `Prepare a two-minute explanation of ${s} for a teammate who has never used it.`,
    ],
    (s) => [
      `Watch or read one official introduction to ${s} and list the five commands or settings used most.`,
      `Automate one small chore of your own with ${s} and keep the result in a repository.`,
      `Write down how you would check that ${s} is working correctly in production.`,
      `Answer aloud: "What would you look at first if ${s} failed during a release?"`,
    ],
  ],
  practice: [
    (s) => [
      `Read an introduction to ${s} from a recognised guide or standard and note its key principles.`,
      `Apply ${s} to a small case you make up or find in a public example, and write down each step.`,
      `List the mistakes people commonly make with ${s} and how to avoid them.`,
      `Answer aloud: "How would you apply ${s} in this role in your first month?"`,
    ],
    (s) => [
      `Find two published case studies of ${s} and summarise what worked and what did not.`,
      `Write a one-page checklist you would follow to do ${s} well.`,
      `Work through one exercise or template on ${s} and review your work with a fresh eye the next day.`,
      `Prepare three questions about how the team handles ${s} today.`,
    ],
    (s) => [
      `Write a one-paragraph definition of ${s} in your own words, then check it against a trusted source.`,
      `Sketch how ${s} would look in a team like the one in this posting: who does what, and when.`,
      `Note two metrics or signals that would show ${s} is being done well.`,
      `Answer aloud: "What does good ${s} look like, and how would you know it is missing?"`,
    ],
  ],
  'soft-skill': [
    (s) => [
      `Read a short, practical guide on ${s} and pick two techniques you will use this week.`,
      `Write a STAR story from any part of your life, work or study, that shows ${s}.`,
      `Practise a STAR story aloud in under two minutes and ask someone for one piece of feedback.`,
    ],
    (s) => [
      `Write down what good ${s} looks like in this role, in three concrete behaviours.`,
      `Recall a moment you could have shown more ${s} and write what you would do differently now.`,
      `Rehearse an answer to "Tell me about a time you showed ${s}" and time it.`,
    ],
  ],
  'spoken-language': [
    (s) => [
      `Record a three-minute introduction of yourself and your work in ${s}, then listen and note what to improve.`,
      `Learn twenty words and phrases in ${s} that this job's posting and interviews will use.`,
      `Hold a 30-minute conversation in ${s} with a tutor or a language-exchange partner about your work.`,
    ],
    (s) => [
      `Read the job posting aloud in ${s} and summarise it in your own words.`,
      `Write answers in ${s} to three likely interview questions and have them corrected.`,
      `Practise answering three likely interview questions aloud in ${s} until you can do it without notes.`,
    ],
  ],
};

/**
 * The tasks of the day that closes a gap: the skill's own (see `skill-steps.ts`), else its
 * kind's; `variant` picks one of the wordings.
 */
export const gapTasks = (skill: string, variant: number): string[] => {
  const wordings: readonly (readonly string[])[] =
    SKILL_STEPS[skill] ?? STEPS[gapKind(skill)].map((build) => build(skill));
  const n = wordings.length;
  // Mixing the halves of two wordings gives n * n different days before one repeats.
  const first = wordings[variant % n] as readonly string[];
  const second = wordings[Math.floor(variant / n) % n] as readonly string[];
  const half = Math.ceil(first.length / 2);
  return [...first.slice(0, half), ...second.slice(half)];
};

/** Every kind, for tests that render each wording. */
export const GAP_KINDS = Object.keys(STEPS) as GapKind[];

/** How many different days a kind can give before one repeats. */
export const variantsOf = (kind: GapKind): number => STEPS[kind].length ** 2;
