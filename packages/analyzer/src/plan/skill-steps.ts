/**
 * The days that close the gaps postings name most often, written for each skill: the wording of
 * its kind ("Apply Open Source to a small case you make up", "Write a one-page checklist you
 * would follow to do Documentation well") fits these badly. Two variants of four tasks each,
 * like a kind's (their halves are mixed the same way); the name appears as written. None refers
 * to the candidate's past work with the skill: it is a gap.
 */
export const SKILL_STEPS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'Open Source': [
    [
      'Read the opensource.guide section on how to contribute to Open Source and note the steps from finding an issue to getting a pull request merged.',
      'Pick an actively maintained project, read its README, CONTRIBUTING file and licence, and list three issues labelled for newcomers.',
      'Write a short comparison of the MIT, Apache 2.0 and GPL licences, covering what each one lets this employer do with Open Source code it ships.',
      'Answer aloud: "How would you decide whether an Open Source library is safe and healthy enough for the team to depend on?"',
    ],
    [
      'List five Open Source tools that this role is likely to rely on and, for each, note its licence, how often it is released and who maintains it.',
      'Fork one small project, build it locally by following its own instructions, and write down every step that was unclear or broken.',
      'Draft a polite issue or small pull request for an Open Source project that fixes one documentation gap, following its contribution rules.',
      'Prepare a two-minute answer on how Open Source projects make decisions, review contributions and handle disagreements between maintainers.',
    ],
  ],
  Documentation: [
    [
      'Read the Diataxis framework at diataxis.fr and note how it splits Documentation into tutorials, how-to guides, reference and explanation.',
      'Pick the README of a popular open-source project and mark where it answers, or fails to answer, what it does, how to install it and how to get help.',
      'Write a how-to page of Documentation, no longer than 400 words, for a task this role does often, then follow it step by step as a newcomer would and fix every gap.',
      'Answer aloud: "How do you keep Documentation accurate when the system or process it describes keeps changing?"',
    ],
    [
      'List the kinds of Documentation this posting implies, such as user guides, internal procedures, API references or policy notes, and say who reads each one.',
      'Find two public examples of the same kind of document, for instance two GOV.UK guidance pages, and compare their structure, tone and use of headings.',
      'Rewrite one confusing paragraph of existing Documentation in plain English, shortening sentences and putting the action first, and keep both versions to show the change.',
      'Prepare a two-minute answer on how you would organise Documentation so that people can find what they need without asking the team.',
    ],
  ],
  Agile: [
    [
      "Read the Agile Manifesto and its twelve principles, and write one sentence on what each principle would change in a team's week.",
      'Sketch a two-week sprint for a small made-up project, with a sprint goal, five user stories and their acceptance criteria.',
      'Compare Scrum and Kanban in a short table covering roles, meetings, planning and how each Agile method handles work that arrives mid-cycle.',
      'Answer aloud: "What would you do if an Agile team kept missing its sprint commitments?"',
    ],
    [
      'Write down what a typical Agile week looks like, from planning and daily stand-ups to the review and retrospective, and what each meeting is for.',
      'Take a large piece of work, such as launching a small website, and split it into user stories small enough to finish in two or three days each.',
      "Run a solo retrospective on something you did recently using the format 'what went well, what did not, what to try next', and turn it into one Agile improvement.",
      'Prepare a two-minute answer on how Agile ways of working fit an organisation with fixed budgets, deadlines or regulations.',
    ],
  ],
  'Stakeholder Management': [
    [
      'Pick a realistic project this role might run and draw a power-interest grid for Stakeholder Management, placing at least eight stakeholders on it.',
      'For the four most important stakeholders of a project like this, write what each one wants, what worries them and how often they expect to hear from the team.',
      'Draft a short monthly update email for senior stakeholders covering progress, risks and decisions needed, as part of a Stakeholder Management plan.',
      'Answer aloud: "How would you handle Stakeholder Management when two senior people want opposite things from the same project?"',
    ],
    [
      'Read two short articles on Stakeholder Management and list the techniques both recommend, such as mapping, RACI charts and communication plans.',
      'Write a RACI chart for a made-up change, such as moving a team to a new booking system, with at least six people or groups.',
      "Script how you would say no to a stakeholder's late request while keeping their trust, offering at least two alternatives.",
      'Prepare a two-minute answer on how Stakeholder Management changes when the stakeholders are volunteers, customers or senior leaders rather than colleagues.',
    ],
  ],
  'Cloud Computing': [
    [
      'Read the NIST definition of Cloud Computing (SP 800-145) and write one line each on IaaS, PaaS and SaaS with an everyday example.',
      'Sign up for the free tier of one major provider and deploy a static web page or small function, writing down each step.',
      'List the main costs of Cloud Computing for a small service, such as compute, storage and data transfer, and estimate a monthly bill using a public pricing calculator.',
      'Answer aloud: "When would you advise this employer not to move a system to Cloud Computing?"',
    ],
    [
      'Draw a simple Cloud Computing architecture for a web app with a load balancer, two servers, a managed database and file storage, and label what each part does.',
      'Write down the shared responsibility model in your own words, listing what the provider secures and what the customer must secure.',
      'Compare how two Cloud Computing providers name the same three services, such as virtual machines, object storage and managed databases, in a short table.',
      'Prepare a two-minute answer on how you would keep Cloud Computing costs and security under control for a small team.',
    ],
  ],
  'Project Management': [
    [
      'Write down the five phases of Project Management, from initiation to closure, with one key document or output for each.',
      'Pick a made-up project, such as organising a community open day, and build a work breakdown with at least fifteen tasks and their dependencies.',
      'Write a Project Management risk register for a six-week project with eight risks, each with a likelihood, impact, owner and planned response.',
      'Answer aloud: "What Project Management steps would you take when a project is running late and over budget?"',
    ],
    [
      'Compare predictive and Agile approaches to Project Management in a short table, covering planning, change control, reporting and when each fits best.',
      'Draft a project charter for a made-up three-month project with its goal, scope, budget, timeline, roles and what is out of scope.',
      'Prepare a weekly Project Management status report for a made-up project, using red, amber and green ratings for schedule, budget and scope.',
      'Prepare a two-minute answer on how you would manage scope creep when the people funding a project keep adding requests.',
    ],
  ],
  Troubleshooting: [
    [
      'Write down a step-by-step Troubleshooting method, from reproducing the problem and gathering evidence to testing one change at a time and confirming the fix.',
      'Pick a common problem, such as a website that loads slowly or a printer that will not connect, and list the questions you would ask and the checks you would run in order.',
      'Practise Troubleshooting on a deliberately broken setup, such as a spreadsheet formula or small script you break on purpose, and log each hypothesis and test.',
      'Answer aloud: "How would you approach Troubleshooting a problem that only happens sometimes and that you cannot reproduce on demand?"',
    ],
    [
      'Read the chapter on effective Troubleshooting in the Google SRE book and note the steps it recommends for moving from symptoms to a cause.',
      'Choose three error messages common in the tools this posting mentions, look up what causes each one, and write the first check you would make.',
      'Write a short Troubleshooting log for a made-up outage covering symptoms, timeline, root cause and what will stop it recurring.',
      'Prepare a two-minute answer on how you keep users informed while Troubleshooting an urgent problem that you have not yet solved.',
    ],
  ],
  Monitoring: [
    [
      'Read the chapter on Monitoring distributed systems in the Google SRE book and note the four golden signals: latency, traffic, errors and saturation.',
      'Pick a public website or app and list what you would watch for it, with a normal value and an alert threshold for each measure.',
      'Sketch a Monitoring dashboard with no more than six charts, and write one sentence on the decision each chart helps someone make.',
      'Answer aloud: "How would you set up Monitoring alerts so that people act on them instead of ignoring them?"',
    ],
    [
      'List what Monitoring would mean in this role, whether that is systems, services, projects or funded programmes, and name five measures worth tracking.',
      'Write a simple Monitoring plan in a spreadsheet that gives each measure a data source, how often it is checked, who owns it and what counts as a problem.',
      'Draw a simple escalation path showing who is told, how and within what time when a measure crosses its threshold.',
      'Prepare a two-minute answer on how you would use Monitoring data to spot a problem early and report it to people who are not specialists.',
    ],
  ],
  Cybersecurity: [
    [
      "Read the NCSC's 10 Steps to Cyber Security and note which three steps matter most for Cybersecurity in an organisation like this employer.",
      'Pick a recent, well-reported data breach and write down how the attackers got in, what was lost and which controls would have stopped it.',
      'Write a short Cybersecurity checklist for a new member of staff covering passwords, multi-factor authentication, phishing, updates and reporting incidents.',
      'Answer aloud: "How would you explain the importance of Cybersecurity to colleagues who see security rules as getting in the way of their work?"',
    ],
    [
      'Draw a simple threat model for a small web service or office network, listing its assets, likely attackers, entry points and one Cybersecurity control for each entry point.',
      'Set up multi-factor authentication and a password manager on your own accounts, and write down each step as instructions a non-technical colleague could follow.',
      'Write a short Cybersecurity incident response plan for a phishing attack that succeeded, covering who to tell, what to isolate, what evidence to keep and how to recover.',
      'Prepare a two-minute answer on how you would balance Cybersecurity with ease of use when choosing or configuring a new system.',
    ],
  ],
  'Open Science': [
    [
      'Read the FAIR principles and write one sentence on what each of the four letters would mean for Open Science in the kind of work this posting describes.',
      'Pick a published study that shares its data and code, and note which materials are available, under what licence, and what would stop you reproducing it.',
      'Draft a one-page Open Science plan for an imaginary project, covering preregistration, data sharing, licences and where the code would be kept.',
      'Answer aloud: "How would you balance Open Science with privacy when a data set contains personal information?"',
    ],
    [
      'Read the summary of the UNESCO Recommendation on Open Science and list the practices it names that a team like this one could adopt first.',
      'Write a short README and a data dictionary for a small public data set, as if you were publishing it alongside a paper.',
      'Compare three open licences, such as CC BY, CC0 and MIT, and note when Open Science work would use each for data, text and code.',
      'Prepare a two-minute answer on how you would persuade a sceptical colleague that Open Science is worth the extra effort.',
    ],
  ],
  'UX Design': [
    [
      "Read the Nielsen Norman Group's article on the ten usability heuristics, which underpin much of UX Design, and find one example of each on a public website.",
      "Run a short heuristic review of this employer's website or app and write down the five problems that would most affect a first-time visitor.",
      'Sketch on paper a wireframe for a simple sign-up form, and write one sentence of UX Design reasoning for each choice you make.',
      'Answer aloud: "How would you approach UX Design for a new feature when there is no time or budget for formal user research?"',
    ],
    [
      "Pick one everyday task, such as booking an appointment, and map the journey through a public service's website, noting each point of friction that good UX Design would remove.",
      'Ask two friends or family members to try the same task while thinking aloud, and write down where they hesitate or go wrong.',
      'Write a one-page UX Design brief for a small improvement to a website or app of your choice, stating the user need, the measure of success and how you would test it.',
      'Prepare a two-minute answer on how you would handle a stakeholder who asks for UX Design changes that user testing does not support.',
    ],
  ],
  'Quality Assurance': [
    [
      'Read the ISTQB glossary entries for Quality Assurance, quality control, verification and validation, and write the difference between them in your own words.',
      'Pick a simple web form, such as a contact or login page, and write ten test cases covering normal, boundary and error inputs.',
      'Draft a one-page Quality Assurance plan for a small product or service launch, stating what gets checked, by whom, and the criteria for sign-off.',
      'Answer aloud: "How would you build Quality Assurance into a team\'s process so that problems are caught before release rather than after?"',
    ],
    [
      'Pick a process this employer delivers, such as a report, a service or a software release, and list where Quality Assurance checks could catch mistakes before they reach users.',
      'Write a defect report for a real problem you find on a public website, with steps to reproduce, expected and actual results, and a severity rating.',
      'Define three Quality Assurance measures a team could track, such as the share of defects found after release, and note how each might be gamed or misread.',
      'Prepare a two-minute answer on how Quality Assurance should inform the decision to release when known defects remain and the deadline is close.',
    ],
  ],
  'Code Review': [
    [
      "Read Google's engineering practices guide to Code Review and note what it says reviewers should look at first.",
      'Review three merged pull requests in an open-source project and write the comments you would have made on each.',
      'Write a short Code Review checklist that covers correctness, tests, readability, naming and security.',
      'Answer aloud: "How do you give Code Review feedback that a colleague can act on without feeling attacked?"',
    ],
    [
      'Pick an open-source pull request with a long discussion and note how the Code Review comments changed the final code.',
      'Take a function of about fifty lines from a public repository and write review comments on it, marking each as blocking or optional.',
      'List ways a team can keep Code Review fast, such as small changes, automated linting and agreed response times, and note the trade-off of each.',
      'Prepare a two-minute answer on how you would respond when your own code receives Code Review comments you disagree with.',
    ],
  ],
  'Incident Management': [
    [
      'Read the chapter on managing incidents in the Google SRE book and list the roles it assigns during Incident Management.',
      'Pick a public post-incident report from a large service provider and write a timeline of detection, response, mitigation and recovery.',
      'Write a one-page Incident Management runbook for a made-up outage of a key service, covering severity levels, who to call and how to update users.',
      'Answer aloud: "What would you do in the first thirty minutes of Incident Management when a critical service goes down?"',
    ],
    [
      'Read the public status page history of a large online service and note how its Incident Management updates change from first alert to resolution.',
      'Draft the three messages you would send to users during an outage: a first acknowledgement, a progress update and a resolution notice.',
      'Write a blameless post-incident review template for Incident Management, with sections for impact, timeline, root causes and follow-up actions.',
      'Prepare a two-minute answer on how you would keep Incident Management blameless while still holding the team to its follow-up actions.',
    ],
  ],
  'Version Control': [
    [
      'Read the first three chapters of the Pro Git book and explain the Version Control ideas of commits, branches and the staging area in your own words.',
      'Set up a Git repository for a small text or code project, make at least ten meaningful commits, and push it to a free hosting service.',
      'Create a scratch repository with two branches that edit the same line, merge them, and write down how you resolve the Version Control conflict.',
      'Answer aloud: "What Version Control branching strategy would you suggest for a small team, and why?"',
    ],
    [
      'Compare two branching models used in Version Control, such as trunk-based development and Git Flow, and list when each suits a team.',
      'Write commit messages for five imaginary changes, each with a short summary line and a body that explains why the change was made.',
      'Practise undoing mistakes in a scratch repository with git revert, git reset and git restore, and note which Version Control command is safe on shared branches.',
      'Prepare a two-minute answer on how Version Control helps a team review, audit and roll back changes, with one concrete example.',
    ],
  ],
  'Data Modeling': [
    [
      'Read an introduction to Data Modeling that explains conceptual, logical and physical models, and write one sentence on each.',
      'Pick a familiar domain, such as a library loan system, and draw an entity-relationship diagram with at least five entities, their keys and relationships.',
      'Write SQL table definitions for a simple schema of customers, orders and products, and check the Data Modeling choices against third normal form.',
      'Answer aloud: "In Data Modeling, how do you decide when to normalise and when to denormalise for reporting?"',
    ],
    [
      'Download a public data set from a government open data portal and, as a Data Modeling exercise, sketch the entities, attributes and relationships it implies.',
      'List the data quality problems you spot in that data set, such as duplicates or mixed formats, and note how a better model would prevent them.',
      'Design a star schema, a common Data Modeling pattern for reporting, for donations by month and region, naming the fact and dimension tables.',
      'Prepare a two-minute answer on how you would gather requirements from non-technical colleagues before starting Data Modeling for a new system.',
    ],
  ],
  Compliance: [
    [
      "Pick one regulation or standard that applies to this employer's sector, such as the GDPR, and summarise its main Compliance duties on one page.",
      "Map one of this employer's likely processes, such as collecting personal data or handling payments, against those duties and note where gaps could arise.",
      'Write a short Compliance checklist for a new project, covering data protection, record keeping, approvals and who signs off.',
      'Answer aloud: "How would you handle a situation where meeting a deadline would mean cutting a Compliance corner?"',
    ],
    [
      "Read a recent enforcement notice or fine published by a regulator in this employer's sector and write down what Compliance failure caused it.",
      'List three controls that would have prevented that failure, and say for each whether it is preventive, detective or corrective.',
      'Draft a one-page plan for explaining a new Compliance rule to a busy team, including training, reminders and how you would check it is followed.',
      'Prepare a two-minute answer on how you would keep Compliance work proportionate, so that rules protect the organisation without stalling everyday work.',
    ],
  ],
  'Process Improvement': [
    [
      'Read an introduction to the Plan-Do-Check-Act cycle and write how each stage would apply to a Process Improvement project in this role.',
      'Pick an everyday process, such as handling a customer email or booking a meeting room, and draw a flowchart of its current steps with rough times for each.',
      'Write a one-page Process Improvement proposal for a process of your choice, stating the problem, the change, the measure of success and the risks.',
      'Answer aloud: "How would you get buy-in for Process Improvement from a team that is happy with the way things are done?"',
    ],
    [
      'Read about the Lean idea of waste and list examples, such as waiting, rework and hand-offs, that Process Improvement typically targets in an office.',
      'Map a process this employer is likely to run, such as welcoming a new member of staff or answering a public enquiry, and mark the steps that add no value.',
      'Apply the five whys to one recurring problem of your choice, and write down the root cause and one Process Improvement you would test.',
      'Prepare a two-minute answer on how you would measure whether a Process Improvement actually worked, and what you would do if it did not.',
    ],
  ],
};
