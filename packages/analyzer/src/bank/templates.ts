import type { SkillCategory } from '../taxonomy/skill-category.ts';
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
        `A strong answer names concrete strengths of ${s}, such as its type system, ecosystem or performance profile, with an example from real work. It then names pitfalls the candidate has actually hit, such as error handling, memory or concurrency behaviour, and how they avoid them. Honest trade-offs signal real experience.`,
      ),
    (s) =>
      q(
        'mid',
        `How do you structure, test and debug a medium-sized ${s} codebase?`,
        `Tests whether the candidate can work productively in ${s} on a real project.`,
        `Describe how ${s} code is organised into modules or packages, which build and dependency tools you use, and the conventions that keep it readable. Explain the testing framework and what you test at each level, plus the linters or static analysis you rely on. Close with a debugging example: the tools used, how you narrowed the problem down and what the fix was.`,
      ),
    (s) =>
      q(
        'senior',
        `How does ${s} handle concurrency and memory, and how does that affect performance?`,
        `Checks deep understanding of the ${s} runtime model and its trade-offs.`,
        `Explain the execution model of ${s}: threads, an event loop, green threads or processes, and how shared state is protected. Describe how memory is managed, whether by garbage collection, reference counting or manual ownership, and the costs that creates. Give an example of profiling and fixing a performance problem in ${s}.`,
      ),
  ],
  framework: [
    (s) =>
      q(
        'junior',
        `What problem does ${s} solve, and how is a typical ${s} project structured?`,
        `Checks basic working knowledge of ${s} and its conventions.`,
        `Explain what ${s} gives you compared with building without it, such as routing, state handling, data access or rendering. Walk through the usual project layout and the request or render lifecycle from input to output. Mention one convention of ${s} that you follow and why it helps.`,
      ),
    (s) =>
      q(
        'mid',
        `What performance or maintainability problems have you run into with ${s}, and how did you fix them?`,
        `Tests real production experience with ${s}.`,
        `A strong answer describes a specific problem, such as slow rendering, N+1 queries, heavy bundles or tangled dependencies, and how it was measured. It explains the fix using the right ${s} features or patterns and the measurable result. It also notes what the team changed to prevent a repeat, such as a lint rule, test or guideline.`,
      ),
    (s) =>
      q(
        'senior',
        `When would you not choose ${s}, and what would you use instead?`,
        `Checks architectural judgement about ${s} rather than attachment to one tool.`,
        `Describe the sweet spot of ${s} and the situations where its costs outweigh its benefits, such as team skills, performance needs, ecosystem maturity or long-term maintenance. Compare it honestly with one or two alternatives on concrete criteria. Explain how you would decide with the team, for example through a small spike or an architecture decision record.`,
      ),
  ],
  database: [
    (s) =>
      q(
        'mid',
        `How would you model data in ${s} for a typical application?`,
        `Checks data modelling skills specific to ${s}.`,
        `Start from the access patterns: which queries must be fast and how data grows. Explain how ${s} stores and indexes data, and how that shapes the schema, such as normalised tables, embedded documents or partition keys. Mention constraints, consistency guarantees and how schema changes are rolled out safely.`,
      ),
    (s) =>
      q(
        'senior',
        `A query on ${s} has become slow as data grew. How do you diagnose and fix it?`,
        `Tests performance tuning and operational experience with ${s}.`,
        `Use the query plan or profiling tools of ${s} to see where time goes, such as full scans, poor index use, lock contention or data skew. Fix the root cause with the right index, a rewritten query, partitioning or caching, and verify with before-and-after measurements. Then add monitoring for slow queries so regressions are caught early.`,
      ),
    (s) =>
      q(
        'mid',
        `How do you back up, replicate and scale ${s} in production?`,
        `Checks operational knowledge of running ${s} reliably.`,
        `Describe the backup approach for ${s} and, crucially, how restores are tested, plus the recovery point and recovery time it achieves. Explain the replication model, whether synchronous or asynchronous, and what that means for failover and stale reads. Finish with how you would scale reads and writes as load grows.`,
      ),
  ],
  cloud: [
    (s) =>
      q(
        'mid',
        `How have you used ${s} in a production system, and how did you secure it?`,
        `Checks hands-on cloud experience with ${s} and security awareness.`,
        `Describe the architecture in which you used ${s}, what it replaced or enabled, and how it was provisioned, ideally as code. Explain access control with least-privilege identities rather than long-lived keys, network exposure, encryption and logging. Mention one problem you hit and how you resolved it.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you control the cost and reliability of workloads on ${s}?`,
        `Tests operational maturity with ${s}.`,
        `For reliability, explain how the workload on ${s} survives failures through redundancy across zones, health checks, autoscaling and tested backups. For cost, describe tagging, budgets and alerts, right-sizing, and pricing options such as commitments or spot capacity. Give a concrete example of a saving or an outage you helped prevent.`,
      ),
  ],
  devops: [
    (s) =>
      q(
        'mid',
        `How does ${s} fit into your build, deploy and operate workflow?`,
        `Checks practical experience with ${s} in a delivery pipeline.`,
        `Explain where ${s} sits in the workflow, what it automates and how its configuration is versioned and reviewed. Describe how you tested changes to it and how failures were detected and rolled back. Mention one improvement you made with ${s}, such as faster pipelines or fewer failed deployments, with a number if possible.`,
      ),
    (s) =>
      q(
        'senior',
        `What can go wrong with ${s} in production, and how do you make it reliable and secure?`,
        `Tests depth of operational experience with ${s}.`,
        `Name concrete failure modes of ${s}, such as configuration drift, secrets exposure, resource exhaustion or single points of failure. Explain the safeguards: least privilege, pinned versions, monitoring and alerting, and documented runbooks. Describe an incident involving ${s} and what changed afterwards.`,
      ),
  ],
  'data-ml': [
    (s) =>
      q(
        'mid',
        `Describe a project where you used ${s}. How did you validate the results?`,
        `Checks hands-on experience with ${s} and rigour in evaluation.`,
        `Describe the problem, the data and why ${s} was the right tool for it. Explain how you validated the results, for example with held-out data, baselines, reconciliation against trusted numbers or sanity checks with domain experts. Close with the impact on a business decision or metric.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you take work built with ${s} from a notebook to a reliable production pipeline?`,
        `Tests engineering discipline around data and ML work with ${s}.`,
        `Explain how you make the ${s} work reproducible through versioned code, data and configuration, and how it is scheduled or served. Describe data-quality checks, monitoring for drift or failures, and alerting to an owner. Mention how performance and cost were kept under control as data volume grew.`,
      ),
  ],
  testing: [
    (s) =>
      q(
        'mid',
        `How do you use ${s} to catch bugs early without slowing the team down?`,
        `Checks practical testing strategy with ${s}.`,
        `Explain where ${s} fits in the test strategy and which risks it covers that other levels do not. Describe how tests are kept fast, deterministic and independent, and how they run in CI on every change. Give an example of a real bug that ${s} caught before production.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you keep a large suite built with ${s} maintainable and trustworthy?`,
        `Tests experience scaling test suites with ${s}.`,
        `Describe how the ${s} tests are structured with shared helpers, data builders and clear naming so failures are easy to read. Explain how flaky tests are detected, owned and fixed rather than retried, and how suite duration is kept in check through parallelism and test selection. Mention the metrics you watch, such as escaped defects and pipeline time.`,
      ),
  ],
  security: [
    (s) =>
      q(
        'mid',
        `How have you applied ${s} in practice, and what risks does it address?`,
        `Checks practical security experience with ${s}.`,
        `Name the threats that ${s} addresses and where it sits among other controls in a defence-in-depth approach. Describe a concrete implementation or assessment you did, including tools, findings and how they were fixed. Mention how effectiveness was verified, for example through testing, monitoring or audits.`,
      ),
    (s) =>
      q(
        'senior',
        `How would you roll out ${s} across an organisation with minimal friction?`,
        `Tests security leadership and pragmatism around ${s}.`,
        `Start with a risk assessment to prioritise the systems where ${s} matters most, and define measurable goals. Roll out incrementally with automation and sensible defaults so the secure path is the easy one, and train the teams affected. Track adoption and exceptions, and review them regularly with leadership.`,
      ),
  ],
  'product-design': [
    (s) =>
      q(
        'mid',
        `How do you use ${s} in your day-to-day work, and what outcome did it improve?`,
        `Checks practical, outcome-oriented use of ${s}.`,
        `Describe a concrete situation where you applied ${s}, the problem it addressed and the people involved. Explain the steps you followed and the decisions you made along the way. Close with the measurable outcome, such as better adoption, fewer support tickets or faster delivery, and what you would do differently.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you help a team adopt ${s} effectively?`,
        `Tests the ability to spread good practice around ${s}.`,
        `Explain why ${s} mattered for the team and how you made the case with evidence. Describe how you introduced it gradually with templates, examples and coaching rather than mandates. Mention how you measured whether it was working and how you adapted it to the team context.`,
      ),
  ],
  'business-finance': [
    (s) =>
      q(
        'mid',
        `Walk me through a piece of work where you used ${s}. What decision did it support?`,
        `Checks practical experience with ${s} and business impact.`,
        `Describe the business question, the data or inputs, and how you applied ${s} step by step. Explain how you checked accuracy, for example by reconciling to a trusted source or reviewing assumptions with stakeholders. Close with the decision it informed and the result.`,
      ),
    (s) =>
      q(
        'senior',
        `How do you make work based on ${s} reliable and easy for others to use?`,
        `Tests rigour, documentation and communication around ${s}.`,
        `Explain how you structure work in ${s} so inputs, assumptions and outputs are clearly separated and documented. Describe the checks and reviews that catch errors, and how the results are presented for the audience, with the key message first. Mention how you handle changing requirements or data over time.`,
      ),
  ],
  domain: [
    (s) =>
      q(
        'mid',
        `What experience do you have with ${s}, and what are its key concepts?`,
        `Checks real exposure to ${s} rather than keyword matching.`,
        `Summarise the core concepts of ${s} in your own words and how they shape the work. Describe a concrete project where ${s} mattered, your role and the hardest problem you solved. Mention the tools, standards or regulations involved.`,
      ),
    (s) =>
      q(
        'senior',
        `What trade-offs and common mistakes do you see in ${s}?`,
        `Tests depth of judgement in ${s}.`,
        `Name the main trade-offs practitioners of ${s} face and how you decide between them in a given context. Describe a mistake you made or saw, what it cost and what was learned. Explain how you keep your knowledge of ${s} current.`,
      ),
  ],
  'soft-skill': [
    (s) =>
      q(
        'mid',
        `Tell me about a recent situation where ${s} made the difference to the outcome.`,
        `Checks evidence of ${s} in real situations, not just claims.`,
        `Use a specific, recent example: describe the situation and what was at stake, then the actions you personally took that showed ${s}. Explain the result with concrete evidence such as feedback, a metric or a decision made. Finish with what you learned about ${s} from it.`,
      ),
    (s) =>
      q(
        'senior',
        `How have you developed your ${s}, and how do you help others develop theirs?`,
        `Tests self-awareness and the ability to grow ${s} in a team.`,
        `Describe how your ${s} has improved over time, including feedback you received and the deliberate practice that followed. Give an example of helping a colleague or team improve in this area, for example through coaching or modelling the behaviour. Mention how you know it is working.`,
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

/**
 * Builds 2-3 category-appropriate questions for a skill without curated questions; every
 * question, intention and answer outline names the skill.
 */
export const technicalTemplates: TechnicalTemplate = (skill, category) => {
  const name = category === 'soft-skill' ? inSentence(skill.trim()) : skill.trim();
  return BUILDERS[category].map((build) => build(name));
};

/** Lower-cases Title Case words (`Active Listening` -> `active listening`), keeping acronyms. */
const inSentence = (name: string): string =>
  name.replace(
    /\b([A-Z])([a-z]+)\b/g,
    (_, first: string, rest: string) => first.toLowerCase() + rest,
  );
