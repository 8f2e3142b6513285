import { isConceptName } from '../taxonomy/concept-name.ts';
import { kindOfSkill, type NamedKind } from '../taxonomy/named-kinds.ts';
import { isNotationLanguage } from '../taxonomy/notation-languages.ts';
import { PRODUCT_CATEGORIES, type SkillCategory } from '../taxonomy/skill-category.ts';
import type { BankQuestion, TechnicalTemplate } from './bank.types.ts';
import { q } from './technical/make-question.ts';

type Builder = (skill: string) => BankQuestion;

/** Per-category question builders for skills the curated bank does not cover. */
const BUILDERS: Record<SkillCategory, readonly Builder[]> = {
  language: [
    (s) =>
      q(
        'junior',
        `What do you like about ${s}, and what are its main pitfalls?`,
        `Checks hands-on familiarity with ${s} beyond listing it on a resume.`,
        `I like ${s} for its ecosystem and for how quickly I can get a correct, working program with its standard library and tooling. Its pitfalls are the ones I watch for in any language: error handling that is easy to skip, memory or concurrency behaviour that surprises newcomers, and dependencies that drift. I guard against them with a linter, tests around the error paths and pinned dependency versions.`,
      ),
    (s) =>
      q(
        'mid',
        `How do you structure, test and debug a medium-sized ${s} codebase?`,
        `Tests whether the candidate can work productively in ${s} on a real project.`,
        `I organise ${s} code into small modules by feature, with its build and dependency tools pinned in the repository. I test at two levels, fast unit tests for the logic and a few integration tests at the boundaries, and CI runs them with a linter and static analysis on every change. When something breaks I first reproduce it in a failing test, narrow it down with the debugger or logs, and keep that test once it is fixed.`,
      ),
    (s) =>
      q(
        'senior',
        `How does ${s} handle concurrency and memory, and how does that affect performance?`,
        `Checks deep understanding of the ${s} runtime model and its trade-offs.`,
        `I start from the execution model of ${s}: whether work runs on threads, an event loop or separate processes, and how shared state is protected. Then I look at how memory is managed, by garbage collection, reference counting or ownership, because that decides where allocations and pauses cost time. When performance matters I profile before changing anything, fix the hottest path, and confirm the gain with the same benchmark.`,
      ),
  ],
  framework: [
    (s) =>
      q(
        'junior',
        `What problem does ${s} solve, and how is a typical ${s} project structured?`,
        `Checks basic working knowledge of ${s} and its conventions.`,
        `${s} gives me tested building blocks and conventions, so I do not hand-write routing, state handling, data access or rendering. A typical ${s} project separates configuration, the entry point, feature modules and tests, and input follows a predictable lifecycle to the output. I keep to its conventions for layout and naming because they let the next developer find their way without asking.`,
      ),
    (s) =>
      q(
        'mid',
        `What performance or maintainability problems have you run into with ${s}, and how did you fix them?`,
        `Tests real production experience with ${s}.`,
        `The problems I watch for with ${s} are slow rendering or responses, N+1 queries, heavy bundles and tangled dependencies. I measure first, with its profiling tools or request timings, then fix the cause with the feature built for it, such as caching, batching or lazy loading, and compare the numbers before and after. To stop it coming back I add a test, a lint rule or a short team guideline.`,
      ),
    (s) =>
      q(
        'senior',
        `When would you not choose ${s}, and what would you use instead?`,
        `Checks architectural judgement about ${s} rather than attachment to one tool.`,
        `I would not choose ${s} when its costs outweigh what it gives: a team that does not know it, performance needs outside its sweet spot, or an ecosystem too young for a system we must maintain for years. In that case I compare it with one or two alternatives on concrete criteria such as maintenance, hiring and performance. I settle it with a short spike and record the decision in an architecture decision record.`,
      ),
  ],
  database: [
    (s) =>
      q(
        'mid',
        `How would you model data in ${s} for a typical application?`,
        `Checks data modelling skills specific to ${s}.`,
        `I start from the access patterns: which queries must be fast and how the data will grow. I then shape the schema in ${s} around them, with normalised tables, embedded documents or partition keys depending on how ${s} stores and indexes data. I let the database enforce constraints where it can, and I roll schema changes out in backward-compatible steps.`,
      ),
    (s) =>
      q(
        'senior',
        `A query on ${s} has become slow as data grew. How do you diagnose and fix it?`,
        `Tests performance tuning and operational experience with ${s}.`,
        `I read the query plan or use the profiling tools of ${s} to see where the time goes: a full scan, an unused index, lock contention or skewed data. I fix the cause with the right index, a rewritten query, partitioning or a cache, and confirm the gain with before-and-after measurements. Then I add slow-query monitoring so the next regression is caught early.`,
      ),
    (s) =>
      q(
        'mid',
        `How do you back up, replicate and scale ${s} in production?`,
        `Checks operational knowledge of running ${s} reliably.`,
        `I back up ${s} on a schedule that meets the recovery point we agreed, and I test restores regularly, because an untested backup is only a hope. For replication I choose between synchronous and asynchronous copies knowing the trade-off between safe failover and stale reads. To scale I add read replicas first and partition writes when one primary is no longer enough.`,
      ),
  ],
  cloud: [
    (s) =>
      q(
        'mid',
        `How have you used ${s} in a production system, and how did you secure it?`,
        `Checks hands-on cloud experience with ${s} and security awareness.`,
        `I use ${s} as one part of a small architecture provisioned as code, so every change is reviewed and repeatable. Access goes through least-privilege identities instead of long-lived keys, and I keep network exposure minimal, encrypt data at rest and in transit, and turn on logging from day one. When something fails I start from those logs and the service's own metrics.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you control the cost and reliability of workloads on ${s}?`,
        `Tests operational maturity with ${s}.`,
        `For reliability I spread a workload on ${s} across zones, add health checks and autoscaling, and test the backups by restoring them. For cost I tag every resource, set budgets with alerts, right-size what is over-provisioned and use commitments or spot capacity where the workload allows it. I review both every month, because usage drifts.`,
      ),
  ],
  devops: [
    (s) =>
      q(
        'mid',
        `How does ${s} fit into your build, deploy and operate workflow?`,
        `Checks practical experience with ${s} in a delivery pipeline.`,
        `${s} sits where it automates a repeatable step of the build, deploy or operate workflow, and its configuration lives in the repository so changes are reviewed like code. I test changes to it on a branch or a staging environment first, and a failed run must be visible and easy to roll back. I judge it by outcomes such as pipeline time and the share of failed deployments.`,
      ),
    (s) =>
      q(
        'senior',
        `What can go wrong with ${s} in production, and how do you make it reliable and secure?`,
        `Tests depth of operational experience with ${s}.`,
        `The failure modes I expect with ${s} are configuration drift, exposed secrets, exhausted resources and single points of failure. My safeguards are least privilege, pinned versions, monitoring with alerts that reach an owner, and a runbook for the common incidents. After any incident I write a short blameless review and turn its lessons into a check or an automated guard.`,
      ),
  ],
  'data-ml': [
    (s) =>
      q(
        'mid',
        `Describe a project where you used ${s}. How did you validate the results?`,
        `Checks hands-on experience with ${s} and rigour in evaluation.`,
        `I use ${s} when the problem and the data call for it, and I decide that by comparing it with a simple baseline first. I validate the results with held-out data, reconciliation against numbers I trust and sanity checks with people who know the domain. A result only counts for me when it changes a decision or a metric the business cares about.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you make results that rely on ${s} reproducible and trustworthy for the people who use them?`,
        `Tests rigour and engineering discipline around data work with ${s}.`,
        `I make work that relies on ${s} reproducible first: versioned code, data and configuration, and steps that run the same way every time, by hand or on a schedule. I check the inputs, write the assumptions next to the results and have a colleague review the method before anything is shared. When the work feeds a system that runs on its own, I add monitoring for drift and failures with alerts that reach an owner.`,
      ),
  ],
  testing: [
    (s) =>
      q(
        'mid',
        `How do you use ${s} to catch bugs early without slowing the team down?`,
        `Checks practical testing strategy with ${s}.`,
        `I use ${s} where it catches the risks other test levels miss, and I keep those tests fast, deterministic and independent so they can run in CI on every change. A test that fails must point at the cause, so I name tests after the behaviour they check. The best sign it works is a real bug caught before production.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you keep a large suite built with ${s} maintainable and trustworthy?`,
        `Tests experience scaling test suites with ${s}.`,
        `I keep a large ${s} suite readable with shared helpers, data builders and names that describe behaviour, so a failure explains itself. Flaky tests get an owner and a fix instead of a retry, and I keep the suite's duration in check with parallel runs and test selection. I watch escaped defects and pipeline time to know whether the suite still earns its cost.`,
      ),
  ],
  security: [
    (s) =>
      q(
        'mid',
        `How have you applied ${s} in practice, and what risks does it address?`,
        `Checks practical security experience with ${s}.`,
        `${s} addresses specific threats, and I treat it as one layer of defence in depth, never the only one. When I apply it I start from what an attacker could do, choose the controls and tools that stop that, and fix findings in order of risk. I verify it works with tests, monitoring or an audit rather than assuming so.`,
      ),
    (s) =>
      q(
        'senior',
        `How would you roll out ${s} across an organisation with minimal friction?`,
        `Tests security leadership and pragmatism around ${s}.`,
        `I roll out ${s} by first finding the systems where it matters most, with a simple risk assessment and measurable goals. I automate it and set safe defaults so the secure path is the easy one, and I train the teams affected instead of only issuing rules. I track adoption and exceptions and review them with leadership on a fixed schedule.`,
      ),
  ],
  'product-design': [
    (s) =>
      q(
        'mid',
        `How do you use ${s} in your day-to-day work, and what outcome did it improve?`,
        `Checks practical, outcome-oriented use of ${s}.`,
        `I use ${s} to turn a fuzzy problem into something the team can decide on and build. I start with the people affected and what they need, work through the steps in small iterations, and make decisions visible so others can challenge them. I judge the result by an outcome such as adoption, fewer support requests or faster delivery.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you help a team adopt ${s} effectively?`,
        `Tests the ability to spread good practice around ${s}.`,
        `I help a team adopt ${s} by showing, with one small example, the problem it solves for them. I introduce it gradually, with templates, examples and pairing rather than mandates, and I adapt it to how the team already works. I check after a few weeks whether it is helping and drop the parts that are not.`,
      ),
  ],
  'business-finance': [
    (s) =>
      q(
        'mid',
        `Tell me about a recent piece of work that relied on ${s}. What was its goal, and how did you know it was reached?`,
        `Checks practical experience with ${s} and its business outcome.`,
        `The work I have in mind started from a goal agreed with the person who owned it, and I wrote down the number that would show it was reached. I did the ${s} work in small steps, checked each result against a trusted source or with the people it affected, and reported progress in plain terms. It was done when that number moved and the owner could act on the result without asking me for more detail.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you make your ${s} work reliable and easy for others to use?`,
        `Tests rigour, documentation and communication around ${s}.`,
        `I keep inputs, assumptions and outputs clearly separated, and I document each assumption next to where it is used. Every piece of ${s} work gets a check or a second reviewer before it leaves me, and results are presented with the key message first for the audience. When data or requirements change, the structure lets me update the work without starting over.`,
      ),
  ],
  domain: [
    (s) =>
      q(
        'mid',
        `What experience do you have with ${s}, and what are its key concepts?`,
        `Checks real exposure to ${s} rather than keyword matching.`,
        `My understanding of ${s} rests on a few core concepts that shape the daily work and the decisions made in it. I would explain them in plain words first and then connect them to the tools, standards or regulations the field relies on. Where I have not yet worked in ${s} professionally, I say so and show how quickly I have learnt comparable fields.`,
      ),
    (s) =>
      q(
        'senior',
        `What trade-offs and common mistakes do you see in ${s}?`,
        `Tests depth of judgement in ${s}.`,
        `The main trade-offs in ${s} are between speed and rigour, and between standard practice and what a particular context needs. I decide case by case, with the evidence and the people who carry the risk. I keep my knowledge current through the field's publications, communities and colleagues who know more than I do.`,
      ),
  ],
  'soft-skill': [
    (s) =>
      q(
        'mid',
        `Tell me about a recent situation where ${s} made the difference to the outcome.`,
        `Checks evidence of ${s} in real situations, not just claims.`,
        `In a recent project the outcome depended on ${s}, with a deadline the whole team shared. I took specific actions myself, spoke to the people involved early, made the next step clear and followed up until it was done. The result was visible in the feedback I received and in the decision that followed, and since then I act on such signs earlier.`,
      ),
    (s) =>
      q(
        'senior',
        `How have you developed your ${s}, and how do you help others develop theirs?`,
        `Tests self-awareness and the ability to grow ${s} in a team.`,
        `My ${s} ${/skills$/i.test(s) ? 'have' : 'has'} improved through feedback I asked for and through deliberate practice after it, for example by preparing difficult conversations in advance. I help colleagues grow theirs by modelling the behaviour, giving specific feedback and pairing on real situations. I know it is working when people come to me earlier and when the same problems stop recurring.`,
      ),
  ],
  'spoken-language': [
    (s) =>
      q(
        'junior',
        `Could we continue this part of the interview in ${s}? Tell me about your current role.`,
        `Checks that the candidate can hold a work conversation in ${s}.`,
        `I can, yes. In my current role I work on a small team that builds and maintains internal tools; I take a task from the first conversation with the people who need it to its release, and I explain my work in short written updates every week. I use ${s} at work for meetings and for documentation, so I am comfortable discussing technical details and asking for clarification when I need it.`,
      ),
    (s) =>
      q(
        'mid',
        `How do you use ${s} at work, and how would you handle a misunderstanding with a colleague who speaks it natively?`,
        `Tests working fluency in ${s} and the habits that prevent miscommunication.`,
        `I use ${s} every week for meetings, written updates and reviews. When I am not sure I understood, I restate what I heard in my own words and confirm the next step in writing, so a misunderstanding surfaces early. After an important meeting I send a short summary of the decisions, which has caught more than one mismatch before it cost any work.`,
      ),
  ],
};

/** Builders for a craft that produces a piece of work from a brief (see `named-kinds.ts`). */
const CREATIVE_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'mid',
      `Walk me through how you take a piece of ${s} work from brief to final version.`,
      `Checks a working process for ${s}, not only a portfolio.`,
      `I start by making sure I understand the brief: the audience, the message, the constraints and how success will be judged. I explore a few directions quickly, choose one with the person who owns the brief, and refine it in rounds with specific feedback. Before delivering the ${s} work I check every detail against the brief and the style guide, and prepare it in the formats each channel needs.`,
    ),
  (s) =>
    q(
      'senior',
      `How do you give and take feedback on ${s} work?`,
      `Tests judgement and collaboration around ${s}.`,
      `I ask for feedback against the brief and the audience rather than personal taste, and I ask reviewers what problem they see before we discuss solutions. When I give feedback on ${s} work, I start with what works, then name the one or two changes that matter most and why. I keep a short record of decisions, so the same debate does not return in the next round.`,
    ),
];

/** Builders for a certification, licence or admission (see `named-kinds.ts`). */
const CREDENTIAL_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'mid',
      `This role asks for ${s}. Do you hold it, and if not, how far along are you?`,
      `Checks where the candidate stands on ${s}, which the posting requires.`,
      `I answer that plainly: if I hold ${s}, I give the year I obtained it and one piece of work where its knowledge mattered. If I am still working towards it, I say which steps I have completed, which remain and the date I have planned for the next one. I also name the topics of ${s} I already use with confidence, so the interviewer can judge what I bring on the first day.`,
    ),
  (s) =>
    q(
      'senior',
      `How do you keep the knowledge behind ${s} current?`,
      `Tests professional development around ${s}.`,
      `I meet the continuing-education requirements of ${s} with courses chosen for the work I do, not only for the hours they give. I follow changes to the rules and standards it covers through the issuing body's updates and professional groups, and I discuss them with colleagues. When a change affects our work, I write a short note for the team on what it means in practice.`,
    ),
];

/** Builders for a law, a regulation or a standard audited against (see `named-kinds.ts`). */
const REGULATION_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `What does ${s} require, and how does it affect the day-to-day work of a role like this?`,
      `Checks a working knowledge of ${s} and the obligations it sets.`,
      `${s} sets obligations, and I would name the few that touch this role's daily work: what must be recorded and kept, who may see or change what, what needs consent or approval, and what must be reported and by when. I follow the organisation's procedures for each of them. When a case is not covered, I ask the person who owns compliance with ${s} rather than guess.`,
    ),
  (s) =>
    q(
      'mid',
      `Tell me about a time you had to bring work in line with ${s}. What did you change, and how did you show it?`,
      `Tests practical experience of working within ${s}.`,
      `I first listed the requirements of ${s} that applied to the work and compared them with how we actually worked, which showed a few gaps, such as records kept too long or access that was too broad. I closed them with small changes to the procedure and the tools, and kept evidence of each: a log, a signed approval, a test. When the review came, we could show what we did instead of describing it.`,
    ),
  (s) =>
    q(
      'senior',
      `How would you prepare a team for an audit or a review against ${s}?`,
      `Checks the ability to organise compliance with ${s} across a team.`,
      `I map each requirement of ${s} to an owner, a control and the evidence that shows it works, and run a short internal review first, while there is still time to fix what it finds. The evidence is collected as part of the normal work, not gathered in a rush before the audit. After the audit I turn each finding into a tracked action with a date, and check later that it stayed fixed.`,
    ),
];

/** Builders for an academic discipline (see `named-kinds.ts`). */
const DISCIPLINE_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `Which ideas from ${s} do you use most, and how would you explain one of them to a colleague outside the field?`,
      `Checks a working command of ${s} and the ability to share it.`,
      `The ideas from ${s} I use most are the ones this kind of work rests on; I would pick one and explain it with an everyday example before any formula or term. I check that the colleague could use it, for example to read a result or judge an estimate, rather than only recognise the word. When I am unsure of a detail, I go back to a standard textbook of ${s} rather than rely on memory.`,
    ),
  (s) =>
    q(
      'mid',
      `Tell me about a problem you solved with ${s}. Which method did you choose, and how did you check the result?`,
      `Tests whether the candidate can apply ${s} to real problems with rigour.`,
      `I describe a problem where ${s} gave the answer: what was asked, the method I chose, the simpler one I compared it with, and the assumptions it needed. I checked the result with an independent estimate, a limiting case or a colleague's review before anyone relied on it. I end with what the result changed and what I would do differently now.`,
    ),
  (s) =>
    q(
      'senior',
      `How do you keep up with ${s}, and how do you judge a new result or method in it?`,
      `Checks depth and critical judgement in ${s}.`,
      `I follow a few journals, review articles and conferences in ${s}, and read the work closest to our problems in full. I judge a new result by its evidence: whether the method fits the question, whether it was tested on more than one case and whether others have reproduced it. Before we adopt a new method, I try it on a problem where we already know the answer.`,
    ),
];

/** Builders for a sector or market a role works in (see `named-kinds.ts`). */
const SECTOR_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `What do you know about ${s}, and what makes working in it different?`,
      `Checks a working picture of ${s}, the sector this role is in.`,
      `I would describe ${s} by its main players, how money and decisions flow between them and the rules they work under. What makes work in ${s} different is usually what its customers expect, how it is regulated and how fast it changes, and I would give one example of each. I keep up with ${s} through a few trade publications and the news of the companies in it.`,
    ),
  (s) =>
    q(
      'mid',
      `Which trends in ${s} matter most for this role right now?`,
      `Tests awareness of where ${s} is heading and what that means for the work.`,
      `I would pick two or three trends in ${s} that touch this role directly, such as a new rule, a change in what customers expect or a technology that changes how the work is done. For each I explain what it means for the team's daily work and what I would do about it in my first months. I check my view against what the company itself says in its reports and announcements.`,
    ),
  (s) =>
    q(
      'senior',
      `What would you bring to ${s} from your other work, and what would you need to learn first?`,
      `Checks how the candidate would carry experience into ${s}.`,
      `I say plainly which of my skills carry over to ${s} and which parts of it are new to me, such as its rules, its vocabulary or its customers. I learn those first by talking to people who have worked in ${s} for years, reading the rules that apply and finding out how the company measures success. I hold back habits from elsewhere until I understand why ${s} does things its own way.`,
    ),
];

/** Builders for a hands-on clinical or laboratory procedure (see `named-kinds.ts`). */
const PROCEDURE_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `Walk me through how you carry out ${s}, from preparation to recording the result.`,
      `Checks a safe, step-by-step command of ${s}.`,
      `Before ${s} I check the request or the protocol, confirm the identity of the patient or the sample with two identifiers, and make sure I have the materials and the protective equipment I need. I then follow the steps in order, watching for signs that something is going wrong, and I stop and ask when it does. I record what I did and the result straight away, and label everything so nothing can be mixed up.`,
    ),
  (s) =>
    q(
      'mid',
      `What can go wrong with ${s}, and how do you prevent it?`,
      `Tests awareness of the errors and risks of ${s}.`,
      `The errors I guard against in ${s} are mix-ups of patients or samples, contamination, and steps done out of order or in a hurry. I prevent them with a fixed routine: two identifiers, a clean setup, the protocol at hand and a check of each result against what I expected. When something does go wrong, I make it safe first, then report and record it so the cause can be found.`,
    ),
  (s) =>
    q(
      'senior',
      `How do you train someone new in ${s}, and decide when they can do it alone?`,
      `Checks the ability to teach ${s} and keep its quality across a team.`,
      `I explain why each step of ${s} matters before showing how, then demonstrate it, then watch the trainee do it and give specific feedback each time. They work alone once they have done it correctly a set number of times under observation and can say what they would do if it went wrong. I record the sign-off and check their work again after a few weeks.`,
    ),
];

/** Builders for a network's equipment, protocols and services (see `named-kinds.ts`). */
const NETWORK_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `Where does ${s} fit in a network you would support, and how do you check that it is healthy?`,
      `Checks a working picture of ${s} in a real network.`,
      `I place ${s} by the layer it works at and by what depends on it: which devices, services and users stop working when it fails. I know its basic configuration and how to read its state from the command line or the management console, with the few counters and logs that show whether it is healthy. Before I change anything I save the running configuration and note how to roll it back.`,
    ),
  (s) =>
    q(
      'mid',
      `Users at one site report slow or dropped connections, and ${s} is in the path. How do you troubleshoot it?`,
      `Tests a methodical, layer-by-layer approach to faults involving ${s}.`,
      `I narrow the scope first: which users and services, since when, and whether anything changed. Then I work up the layers, from link and interface errors to addressing and routing, and then the ${s} configuration and logs, comparing them with a site that works. I fix the cause rather than the symptom, confirm with the users that it is solved, and record what happened so the next person finds it faster.`,
    ),
  (s) =>
    q(
      'senior',
      `How would you roll out a change to ${s} across many sites without causing an outage?`,
      `Checks change control and risk judgement for ${s} at scale.`,
      `I write the change as a reviewed configuration with a rollback plan and agree a maintenance window with the people affected. I try it in a lab or on one low-risk site first, compare monitoring before and after, and then roll it out in waves, stopping at the first sign of trouble. The configurations of ${s} are backed up and kept under version control, so I can see who changed what and restore a known good state.`,
    ),
];

/** Builders for an everyday application of office and team work (see `named-kinds.ts`). */
const APP_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `Which features of ${s} do you use most, and how do you keep your work in it organised?`,
      `Checks hands-on familiarity with ${s} beyond listing it on a resume.`,
      `I use ${s} for the part of the work it was chosen for, and I know its main features well enough to show a colleague how they work. I keep my work in ${s} organised with clear names, the shared structure the team agreed on and access only for the people who need it. When I meet a feature I do not know, I read the official help pages before inventing a workaround.`,
    ),
  (s) =>
    q(
      'mid',
      `How would you set up ${s} for a team that is new to it?`,
      `Tests whether the candidate can make ${s} useful to a whole team.`,
      `I would start from the work the team does and set up ${s} around it: a simple structure, naming rules and only the integrations that save real time. I write a one-page guide with examples, show it in a short session and name a person to ask. After a few weeks I look at how the team actually uses ${s} and remove what nobody needs.`,
    ),
  (s) =>
    q(
      'senior',
      `What goes wrong when a team relies on ${s}, and how do you prevent it?`,
      `Checks judgement about the risks of depending on ${s}.`,
      `The problems I see most with ${s} are information scattered in too many places, access nobody reviews and records that exist nowhere else. I prevent them with an agreed structure, a regular review of who can see and change what, and exports or backups of what matters. When a team outgrows ${s}, I plan the move with the people who use it every day.`,
    ),
];

/** Builders for a field of building and running software (see `named-kinds.ts`). */
const CRAFT_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `What does a typical ${s} project involve, from the first version to something people use?`,
      `Checks a working picture of ${s} from start to finish.`,
      `Every ${s} project starts from what its users need and the constraints it must meet, such as devices, data, performance or cost. I build the smallest version that works end to end first, then add to it in small steps, each one tested and reviewed before it ships. Once people use it, monitoring and their feedback decide what I work on next.`,
    ),
  (s) =>
    q(
      'mid',
      `Tell me about a piece of ${s} work you are proud of. What was hard about it, and how did you solve it?`,
      `Tests real, hands-on experience in ${s}.`,
      `I pick ${s} work where the first approach did not hold up, because it shows how I think. I describe the problem and its constraints, the options I weighed and why I chose one, and how I checked that it worked, with a number where I have one. I end with what I would do differently now, which is usually to test the risky part earlier.`,
    ),
  (s) =>
    q(
      'senior',
      `How do you keep the quality of ${s} work high as the team and the system grow?`,
      `Checks judgement about quality and practice in ${s} at scale.`,
      `In ${s} I rely on a few habits that scale: small changes reviewed by a colleague, automated tests and checks that run on every change, and shared conventions written down with examples. I measure what users feel, such as errors and speed, so the team sees when quality slips. When the same problem comes back, I fix the process or the tooling, not only the instance.`,
    ),
];

/** Questions for a markup, style, data or query language, which runs no program of its own. */
const NOTATION_BUILDERS: readonly Builder[] = [
  (s) =>
    q(
      'junior',
      `What are the building blocks of ${s}, and which mistakes do newcomers make with it?`,
      `Checks hands-on familiarity with ${s} beyond listing it on a resume.`,
      `The building blocks of ${s} are a handful of constructs I use every day, and I keep its official reference at hand for the rest. The mistakes I see most are an invalid or inconsistent structure, examples copied without being understood, and no check before the work ships. I avoid them with a validator or linter for ${s}, small examples I can try, and a colleague's review.`,
    ),
  (s) =>
    q(
      'mid',
      `How do you keep work written in ${s} readable and correct as it grows?`,
      `Tests whether the candidate can maintain ${s} on a real project.`,
      `I keep work in ${s} small and consistent: one style for naming and layout, shared pieces instead of copies, and comments only where the intent is not obvious. A validator, linter or test runs on every change, so a mistake is caught before it reaches anyone. When a file grows hard to read, I split it along the lines of what it describes.`,
    ),
  (s) =>
    q(
      'senior',
      `What would you standardise about ${s} across a team, and how?`,
      `Checks judgement about conventions and tooling for ${s}.`,
      `I would standardise the layout, the naming and the checks that run on ${s}, because those are where teams drift apart. I write them down as a short guide with examples, enforce in CI what a tool can check, and leave the rest to review. I revisit the guide when it stops matching what the team actually writes.`,
    ),
];

/**
 * Builders for each kind listed by name: a craft is shown by a piece of work and its process, a
 * credential is held or worked towards, a rulebook sets obligations work is kept within, an
 * application is one a team uses, a discipline is its ideas used on real problems, a sector is
 * known by its players, rules and trends, a procedure is done step by step, a field of
 * software work is shown by work done in it, and a network is set up, troubleshot and changed
 * safely.
 */
const NAMED_BUILDERS: Readonly<Record<NamedKind, readonly Builder[]>> = {
  creative: CREATIVE_BUILDERS,
  credential: CREDENTIAL_BUILDERS,
  regulation: REGULATION_BUILDERS,
  app: APP_BUILDERS,
  discipline: DISCIPLINE_BUILDERS,
  sector: SECTOR_BUILDERS,
  procedure: PROCEDURE_BUILDERS,
  craft: CRAFT_BUILDERS,
  network: NETWORK_BUILDERS,
};

/**
 * Builds 2-3 category-appropriate questions for a skill without curated questions; every
 * question, intention and answer outline names the skill.
 */
export const technicalTemplates: TechnicalTemplate = (skill, category) => {
  const name = category === 'soft-skill' ? inSentence(skill.trim()) : skill.trim();
  if (category === 'language' && isNotationLanguage(name))
    return NOTATION_BUILDERS.map((build) => build(name));
  // A kind listed by name is asked about as what it is (see `named-kinds.ts`).
  const named = kindOfSkill(name, category);
  if (named !== undefined) return NAMED_BUILDERS[named].map((build) => build(name));
  // An idea filed among products ("Troubleshooting", "Scalability", "Open Source") is asked
  // about as a field's idea, not as a tool in a deploy workflow or a framework's project.
  const builders = PRODUCT_CATEGORIES.has(category) && isConceptName(name) ? 'domain' : category;
  return BUILDERS[builders].map((build) => build(name));
};

/** Lower-cases Title Case words (`Active Listening` -> `active listening`), keeping acronyms. */
const inSentence = (name: string): string =>
  name.replace(
    /\b([A-Z])([a-z]+)\b/g,
    (_, first: string, rest: string) => first.toLowerCase() + rest,
  );
