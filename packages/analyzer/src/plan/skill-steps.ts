/**
 * The days that close the gaps postings name most often (the 62 practices, data and
 * delivery skills most often a gap in the tune reports), written for each skill: the wording of
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
  'Research Skills': [
    [
      'Read the CRAAP test for evaluating sources and use it to practise Research Skills on three articles in the field of this role, noting where each one scores weakly.',
      'Turn one broad question from the field of this posting into two focused research questions, each with a clear outcome and a realistic method for answering it.',
      'Run a structured literature search using two synonyms per keyword and record the search strings, the date, the number of hits and the sources you kept.',
      'Answer aloud: "How would you apply Research Skills to a question the team has never studied, from the first search to a written summary?"',
    ],
    [
      'Pick a recent peer-reviewed paper in the field of this role and use Research Skills to summarise its question, method, sample, main finding and one limitation in half a page.',
      'Compare a qualitative and a quantitative method for the same question, such as interviews versus a survey, and note what each can and cannot show.',
      'Write a one-page research brief with a question, a short summary of the literature, a proposed method and the evidence that would change the conclusion.',
      "Prepare a two-minute answer on how Research Skills help tell a reliable source from a weak one, using one example from today's reading.",
    ],
  ],
  'Peer Review': [
    [
      "Read COPE's ethical guidelines for Peer Review and note what a reviewer owes the authors, the editor and the readers, including confidentiality and conflicts of interest.",
      'Pick a recent open-access paper in the field of this role and write a one-page Peer Review: its question, whether the methods answer it, the main weaknesses and what the authors should change.',
      'Sort your comments into major and minor ones, and rewrite each major one so that it names the problem, why it matters and what would fix it.',
      'Answer aloud: "How do you give a Peer Review that is critical of the work but fair and useful to its authors?"',
    ],
    [
      'Read the published reviewer reports of one paper in a journal with open Peer Review, such as eLife or PeerJ, and note what the most useful comments have in common.',
      'Write a checklist you would follow for a Peer Review in the field of this role: design, sample, analysis, figures, claims that go beyond the data, and reproducibility.',
      'Draft the confidential note to the editor for the paper you read, with your recommendation and the two reasons that decide it.',
      'Prepare a two-minute answer on how you decide whether to accept a Peer Review invitation, covering expertise, time and conflicts of interest.',
    ],
  ],
  'Data Management': [
    [
      'Read the FAIR Guiding Principles and note, for each of the four letters, one concrete Data Management step that would meet it.',
      'Take a messy folder of at least twenty files and rename them with a consistent convention that uses YYYY-MM-DD dates, version numbers and no spaces.',
      'Write a README for a small public data set that describes each column, its units, its allowed values, the source, the licence and the date of collection.',
      'Answer aloud: "How would you set up Data Management for a shared project so that someone new could find, understand and trust the data a year later?"',
    ],
    [
      "Draft a one-page Data Management plan for an imaginary project in this employer's field, covering what data is collected, formats, storage, access, retention and deletion.",
      'Compare three ways to store shared data, such as a network drive, a cloud folder and a database, noting the cost, access control and version history of each.',
      "Design a 3-2-1 backup routine for a team's data, stating what is copied, how often, where each copy goes and how a restore would be tested.",
      'Prepare a two-minute answer on how good Data Management reduces errors, duplicated work and risk when data is shared between teams.',
    ],
  ],
  DevOps: [
    [
      'Read the DORA research page on the four key metrics and note how each one measures DevOps performance and what a team could change to improve it.',
      'Create a public repository with a tiny script and one test, and add a continuous integration workflow on a free hosted service that runs the test on every push.',
      'Write a short blameless post-incident review for an imaginary outage, covering the timeline, the impact, the contributing causes and two follow-up actions.',
      'Answer aloud: "How would you bring DevOps practices to a team where developers and operations staff blame each other for failed releases?"',
    ],
    [
      "Map the path a code change takes from a developer's laptop to production and mark where DevOps practices such as automated tests and deployments would cut waiting time.",
      'Package a small web app in a container by following the official Docker getting-started guide, and note every manual step that could be automated.',
      'List the signals you would monitor for a web service, such as latency, error rate, traffic and saturation, and write one alert rule with a threshold for each.',
      'Prepare a two-minute answer on why DevOps is a culture of shared ownership rather than a job title or a tool, with one concrete example.',
    ],
  ],
  'Software Architecture': [
    [
      'Read the C4 model overview and note the purpose of its context, container, component and code diagrams for describing Software Architecture.',
      'Draw a context and container diagram for a familiar app, such as a food delivery service, showing its users, main services, data stores and external systems.',
      'Write an architecture decision record that chooses between a monolith and microservices for a small team, with the context, options, decision and consequences.',
      'Answer aloud: "How do you make Software Architecture decisions when the requirements are likely to change within a year?"',
    ],
    [
      'Read one chapter of The Architecture of Open Source Applications and describe the Software Architecture of that system in one page, naming its main components and how they communicate.',
      'List the quality attributes that matter most for a system this employer might run, such as availability, security and cost, and rank them with one reason each.',
      'Sketch how a simple URL shortener would grow from one server to a million users a day, noting where you would add caching, a load balancer and database replicas.',
      'Prepare a two-minute answer on one Software Architecture trade-off, such as consistency versus availability, and how you would explain it to a non-technical manager.',
    ],
  ],
  'Technical Support': [
    [
      "Read ten articles in a large software vendor's public help centre and note how each one structures a Technical Support answer, from the symptom to the fix.",
      'Draw a troubleshooting flowchart for a common problem, such as a laptop that cannot connect to Wi-Fi, with yes-or-no questions leading to each fix.',
      'Draft replies to three imaginary tickets, one angry, one vague and one urgent, each stating what you understood, the next step and when the user will hear back.',
      'Answer aloud: "How would you handle a Technical Support ticket you cannot solve when the user needs it fixed before a deadline today?"',
    ],
    [
      'Set up a spreadsheet that tracks Technical Support tickets with fields for priority, category, status, owner, time to first response and time to resolution.',
      'Define three priority levels with target response and resolution times, and sort ten invented tickets into them with one reason each.',
      'Write a knowledge base article for a frequent request, such as resetting a password, with numbered steps, the screenshots you would add and what to do if it fails.',
      'Prepare a two-minute answer on how you would explain a Technical Support fix to a user with no technical background without sounding condescending.',
    ],
  ],
  Debugging: [
    [
      'Read Eric Lippert\'s essay "How to debug small programs" and list the Debugging steps it recommends before asking someone else for help.',
      'Take a program of about a hundred lines, add three deliberate bugs of different kinds, and find each one with breakpoints and step-through, noting what revealed it.',
      'Write a minimal reproduction for an open bug in a public project, cutting it down to the fewest lines and steps that still show the failure.',
      'Answer aloud: "What is your Debugging approach for a bug that only appears in production and never on a developer\'s machine?"',
    ],
    [
      'Pick a closed bug report with a linked fix in an open-source project and retrace the Debugging path from the first symptom to the root cause in five short notes.',
      'Create a small repository where a bug enters several commits back, then use git bisect to find the commit that introduced it.',
      'Add log lines to a small program at its inputs, decisions and outputs, and write down which questions those logs would answer during an incident.',
      'Prepare a two-minute answer on a systematic Debugging method: reproduce, isolate, form a hypothesis, test it, fix it and add a test so the bug stays fixed.',
    ],
  ],
  'Customer Service': [
    [
      'Write three short scripts using the LAST method of listen, apologise, solve and thank for Customer Service cases such as a late delivery, a billing error and a rude caller.',
      'Study the public complaints policy of a large organisation, such as a bank or a council, and note its promised response times, escalation steps and tone.',
      'Rewrite five blunt replies, such as "That is not our policy", into clear and polite ones that still say no where needed and offer an alternative.',
      'Answer aloud: "How would you give good Customer Service to someone who is angry about a problem this employer cannot fix straight away?"',
    ],
    [
      'List the Customer Service channels this employer is likely to use, such as phone, email, chat and face to face, and note the right tone and response time for each.',
      'Role-play a difficult phone call aloud, recording it, and note where you interrupted, used jargon or forgot to confirm the next step.',
      'Define three measures of service quality, such as first-contact resolution, response time and satisfaction score, and note how each one could be gamed.',
      'Prepare a two-minute answer on how you would turn a complaint into a Customer Service success, with the steps from listening to following up.',
    ],
  ],
  'Data Privacy': [
    [
      "Read the GDPR's Article 5 principles and write one sentence for each on what it would mean for Data Privacy in the day-to-day work of this role.",
      'Map the personal data a small organisation holds, such as staff, customer or volunteer records, noting where it is stored, who can see it and how long it is kept.',
      'Draft a short procedure for a suspected personal data breach, covering who to tell, what to record and the deadline for reporting it to the regulator.',
      'Answer aloud: "How would you balance Data Privacy against a colleague\'s request to share a full customer list for a quick analysis?"',
    ],
    [
      "Pick a popular app's privacy notice and check it against Data Privacy basics: what is collected, why, on what lawful basis, who it is shared with and how to opt out.",
      'Take a sample data set with names and email addresses, pseudonymise it by replacing direct identifiers with keys stored separately, and note the re-identification risk that remains.',
      'Write a short data protection impact assessment for a new feature, such as location tracking, listing the risks to people and one mitigation for each.',
      'Prepare a two-minute answer on privacy by design and how Data Privacy can shape a project from its first plan rather than being checked at the end.',
    ],
  ],
  'Object-Oriented Programming': [
    [
      'Read the Refactoring Guru pages on the SOLID principles and write one small Object-Oriented Programming example for each principle.',
      'Model a library lending system with classes for books, members and loans, drawing a class diagram that shows attributes, methods and relationships.',
      'Implement that model in a language of your choice with unit tests, using composition for one relationship and inheritance only where it clearly fits.',
      'Answer aloud: "When would you choose composition over inheritance in Object-Oriented Programming, and why?"',
    ],
    [
      'Take a procedural script of about a hundred lines and refactor it with Object-Oriented Programming, grouping data and behaviour into classes with clear responsibilities.',
      'Implement two common design patterns, such as Strategy and Observer, in a small example and note the problem each one solves.',
      "Write short explanations with code of encapsulation, inheritance, polymorphism and abstraction, each with an example from this employer's field.",
      'Prepare a two-minute answer on the main strengths and pitfalls of Object-Oriented Programming, such as deep inheritance trees, and how to avoid them.',
    ],
  ],
  Prototyping: [
    [
      'Sketch paper versions of three screens for a simple app, such as booking a meeting room, as a first step in Prototyping, and note the assumption each screen tests.',
      "Turn the sketches into a clickable low-fidelity prototype on Figma's free plan, linking the screens so a tester can complete the whole task.",
      'Run a short usability test with two people, giving each one task, and record where they hesitated, what they said and what you would change.',
      'Answer aloud: "How do you decide how polished Prototyping work should be before it is shown to users or stakeholders?"',
    ],
    [
      "Pick a problem this employer's users might have and write three hypotheses that Prototyping could test, each with what you would build and what result would prove it wrong.",
      'Build a quick working prototype of one feature in an afternoon, using a spreadsheet, a no-code tool or a short script, and note the shortcuts you took.',
      'Write a one-page summary of what the prototype showed, what it did not show, and whether to refine it, change direction or drop it.',
      'Prepare a two-minute answer on why Prototyping early saves time and money, and how you would stop a prototype from being shipped as the finished product.',
    ],
  ],
  'Product Management': [
    [
      "Read the opening chapters of Basecamp's free book Shape Up and note how it frames Product Management work as setting an appetite, shaping ideas and betting on them.",
      'Pick a product used by millions of people and write a one-page brief on its target users, the problem it solves, its competitors and one feature to add next.',
      'Prioritise ten invented feature requests with the RICE method, scoring reach, impact, confidence and effort, and explain the top three choices.',
      'Answer aloud: "How would you handle a Product Management trade-off when a senior stakeholder insists on a feature the data does not support?"',
    ],
    [
      'Write five user stories with acceptance criteria for a simple product, such as an event sign-up page, as a Product Management exercise in turning needs into buildable work.',
      "Interview two people about how they currently solve a problem in this employer's area and note their goals, frustrations and workarounds without pitching a solution.",
      'Define one north-star metric and three supporting metrics for a product this employer offers, with how each would be measured and what would count as success.',
      'Prepare a two-minute answer on how Product Management balances user needs, business goals and technical limits, with one example of a trade-off.',
    ],
  ],
  'User Research': [
    [
      'Read the GOV.UK Service Manual guidance on User Research and note when it recommends interviews, usability testing and surveys.',
      'Write a discussion guide for a 30-minute interview about a service this employer offers, with open questions that do not lead the participant.',
      'Run a short usability test of a public website with a friend or relative, ask them to think aloud, and note every point where they hesitate.',
      'Answer aloud: "How would you plan User Research for a new service when the team has only two weeks and no budget to pay participants?"',
    ],
    [
      "Read the Nielsen Norman Group article on when to use which User Research methods and note which methods answer 'what' questions and which answer 'why' questions.",
      'Write a recruitment screener of five questions that would find suitable participants among the people this posting says the role serves.',
      'Sort ten made-up interview notes into themes on sticky notes or a whiteboard tool, and write three findings with one supporting quote each.',
      'Prepare a two-minute answer on how you would turn User Research findings into changes the team agrees to build, including findings nobody wants to hear.',
    ],
  ],
  'User-Centered Design': [
    [
      "Read the Interaction Design Foundation's introduction to User-Centered Design and note the stages of its iterative cycle.",
      'Pick an online public service form, such as a library card sign-up, and list the steps where a first-time user would most likely get stuck.',
      'Sketch paper prototypes of two alternative designs for a sign-up page and write the task you would ask five users to attempt with each.',
      'Answer aloud: "How would you keep User-Centered Design going when deadlines push the team to skip research and testing?"',
    ],
    [
      "Read the Design Council's page on the Double Diamond and note how its four phases map onto User-Centered Design.",
      'Write two short personas and one journey map for people using an online booking service, based on public reviews or forum posts rather than guesses.',
      'Draft a plan for testing a prototype with five users, listing the tasks, what success looks like and how changes will be decided afterwards.',
      'Prepare a two-minute answer on how User-Centered Design balances what users ask for with what the organisation needs and what the team can build.',
    ],
  ],
  KPIs: [
    [
      'Pick the public annual report of a charity, council or university and list the KPIs it publishes, noting which measure outcomes and which measure activity.',
      'Write a precise definition of one performance indicator, including its formula, data source, reporting period, owner and target.',
      'Draw a simple dashboard on paper with no more than six measures for a team like the one in this posting, and note the decision each measure would inform.',
      'Answer aloud: "How would you choose KPIs for a team whose work is hard to count, and how would you stop people gaming them?"',
    ],
    [
      'List likely KPIs for the role in this posting and mark each one as a leading indicator or a lagging indicator.',
      'Build a spreadsheet with twelve months of made-up figures for one measure and add a chart, a target line and a three-month rolling average.',
      'Write a short monthly performance note that explains a missed target, its likely cause and the proposed action in plain language for a manager.',
      'Prepare a two-minute answer on the difference between KPIs, metrics and objectives, with one example of each from an organisation like this employer.',
    ],
  ],
  'Community Management': [
    [
      'Read the Stack Overflow Code of Conduct and note how it words its rules, reporting routes and consequences, as a model for Community Management.',
      "Write a welcome post for new members of an online community of this employer's users, with three clear rules and a question that invites a reply.",
      'Draft calm replies to three made-up posts: an angry complaint, a spam message and a question nobody has answered for a week.',
      'Answer aloud: "How would you measure whether Community Management is working, beyond counting members and posts?"',
    ],
    [
      'Pick two active online communities, such as a Discord server and a forum, and compare how each handles Community Management in moderation, onboarding and events.',
      'Write a moderation ladder from a gentle reminder to a permanent ban, stating who decides at each step and how decisions are recorded.',
      'Plan one month of community activity, including a weekly discussion prompt, one online event and one way to thank helpful members in public.',
      'Prepare a two-minute answer on how Community Management can turn member feedback into changes the organisation actually makes.',
    ],
  ],
  'Social Media Marketing': [
    [
      'Pick two organisations similar to this employer, review a month of their posts, and note which Social Media Marketing formats get the most comments and shares.',
      'Write a four-week content calendar across two platforms, with a goal, an audience and a call to action for each post.',
      "Draft three versions of a post announcing an event, one each for LinkedIn, Instagram and Facebook, adapted to each platform's length and tone.",
      'Answer aloud: "How would you show that Social Media Marketing is producing results for this employer rather than just likes?"',
    ],
    [
      'List the Social Media Marketing metrics that matter for this posting, such as reach, engagement rate, click-through rate and conversions, and define each in one line.',
      'Write links with UTM tags for the same web page shared on three platforms, and note how the visits would be compared in a web analytics tool.',
      'Draft a response plan for a negative post that starts spreading, covering who replies, how fast, what is said and when to escalate.',
      'Prepare a two-minute answer on how Social Media Marketing fits with email, the website and events in a campaign for an organisation like this one.',
    ],
  ],
  Accessibility: [
    [
      'Read the WCAG 2.2 quick reference for the Level A and AA criteria on text alternatives, contrast and keyboard use, and note which Accessibility barrier each one prevents.',
      'Test one public web page using only the keyboard and then with the screen reader built into a computer or phone, and list every barrier met.',
      'Rewrite a dense paragraph from a public notice or leaflet in plain English, with short sentences and meaningful headings.',
      'Answer aloud: "How would you make sure Accessibility is built into a project from the start rather than fixed just before launch?"',
    ],
    [
      'Read the GOV.UK Service Manual introduction to making a service accessible and note what it says about Accessibility statements and testing with disabled people.',
      'Check the colour contrast of text on three public web pages with a free contrast checker and note which pairs fail the 4.5 to 1 ratio for normal text.',
      'List how booking an appointment could be made usable for people who are blind, deaf, have limited movement or have a cognitive impairment, including offline alternatives.',
      'Prepare a two-minute answer on how Accessibility applies to documents, videos and events as well as websites in an organisation like this one.',
    ],
  ],
  Scalability: [
    [
      'Read the performance efficiency pillar of the AWS Well-Architected Framework and note the practices it recommends for Scalability.',
      'Draw a diagram of a web application with a load balancer, several stateless servers, a cache and a database, and mark what would fail first if traffic grew tenfold.',
      'Write a short comparison of vertical and horizontal scaling, covering cost, limits and the changes each needs in the code.',
      'Answer aloud: "How would you find the first bottleneck when a service slows down under heavy load, and what would you change to improve its Scalability?"',
    ],
    [
      'Read the Twelve-Factor App principles and note which ones make Scalability easier, such as stateless processes and disposability.',
      'Run a simple load test with a free tool against a small local web app and record how response time changes as the number of concurrent users rises.',
      'List three ways to reduce load on a database, such as read replicas, caching and partitioning, with one drawback of each.',
      "Prepare a two-minute answer on how Scalability applies to a team's processes and people as well as to its systems.",
    ],
  ],
  Budgeting: [
    [
      'Pick the published budget of a local council, university or charity and note how its Budgeting groups lines into income, staff costs and other spending.',
      'Build a spreadsheet budget for a twelve-month project with staff, equipment and overhead lines, monthly columns and totals that update automatically.',
      'Write a one-page variance report for a made-up quarter in which spending is ten per cent over plan, explaining the causes and proposed actions.',
      'Answer aloud: "How would you handle Budgeting when a manager asks for a new cost halfway through the year and there is no spare money?"',
    ],
    [
      'Read the Wikipedia article on zero-based budgeting and note how it differs from incremental Budgeting, with one advantage and one risk of each.',
      'List the costs a team like the one in this posting would need to plan for, and mark each as fixed or variable and as one-off or recurring.',
      'Draft a short email to a budget holder requesting a small purchase, stating the cost, the benefit and where the money could come from.',
      'Prepare a two-minute answer on how regular Budgeting checks during the year catch overspending early, and what you would review each month.',
    ],
  ],
  'Administrative Support': [
    [
      'Read two job descriptions for Administrative Support roles at a university or public body and list the tasks they share, grouped into diary, documents, data and people.',
      'Set up a shared calendar for a made-up team of four with a recurring meeting, a room booking and a deadline reminder, choosing clear names and sensible permissions.',
      'Write an agenda and one page of minutes for a made-up 30-minute meeting, with clear action points, owners and dates.',
      'Answer aloud: "How would you prioritise Administrative Support requests when three managers all need something urgently on the same morning?"',
    ],
    [
      'List the Administrative Support tasks likely in this role and, for each, name a common tool such as a shared inbox, spreadsheet or booking system that would handle it.',
      "Design a folder structure and file-naming rule for a team's shared drive, and write three lines explaining it to a new colleague.",
      'Draft polite replies to three made-up emails: a visitor asking for directions, a supplier chasing an unpaid invoice and a colleague requesting confidential records.',
      'Prepare a two-minute answer on how good Administrative Support handles confidential information, data protection and owning up to mistakes.',
    ],
  ],
  'High Performance Computing': [
    [
      'Read the Slurm quick start user guide and note the commands used to submit, monitor and cancel High Performance Computing jobs.',
      'Write a Slurm batch script that requests four cores, 8 GB of memory and one hour of run time, loads a software module and runs a small program.',
      'Write a short note on the difference between shared-memory parallelism with OpenMP and distributed-memory parallelism with MPI, with one suitable job for each.',
      'Answer aloud: "How would you help a researcher whose High Performance Computing job keeps failing or waits for days in the queue?"',
    ],
    [
      'Work through the first episodes of the HPC Carpentry introduction to High Performance Computing and note how a login node differs from a compute node.',
      'Write a job array script for a batch scheduler that runs the same analysis on ten input files, and note how the array index selects each file.',
      "Time a simple program on one, two, four and eight cores of any multi-core machine, plot the speed-up and compare it with what Amdahl's law predicts.",
      'Prepare a two-minute answer on how High Performance Computing resources are shared fairly between research groups, covering queues, fair-share and allocations.',
    ],
  ],
  SaaS: [
    [
      'Pick a publicly listed SaaS company, read its pricing page and latest annual report, and note how it earns revenue from subscription tiers, seats and add-ons.',
      'Write definitions with formulas for monthly recurring revenue, churn rate, customer acquisition cost and customer lifetime value, and work through one made-up example.',
      'Draw a diagram comparing single-tenant and multi-tenant designs, noting the trade-offs in cost, data isolation and upgrades.',
      'Answer aloud: "What would you check before this employer signs a contract with a new SaaS vendor that will hold its data?"',
    ],
    [
      'Read the Wikipedia article on software as a service and note how SaaS differs from on-premises software in cost, upgrades and control of data.',
      'Build a comparison table for two subscription tools the team in this role might buy, covering price, security certifications, data location, integrations and exit terms.',
      'List five common reasons customers cancel a subscription product and, for each, one action that could reduce churn.',
      'Prepare a two-minute answer on how SaaS changes the work of a team, from buying and onboarding to renewals, data exports and ending a contract.',
    ],
  ],
  'Software Development Life Cycle': [
    [
      'Read the GOV.UK Service Manual pages on the discovery, alpha, beta and live phases and map each phase to a stage of the Software Development Life Cycle.',
      'Pick a small feature, such as a password reset page, and write what happens to it at each stage from requirements to maintenance, including who is involved.',
      'Compare the waterfall, iterative and agile approaches in a short table, noting when each suits a fixed-budget contract, a research project or a live product.',
      'Answer aloud: "How would you choose a Software Development Life Cycle model for a project with fixed regulatory requirements and a hard deadline?"',
    ],
    [
      'Draw the Software Development Life Cycle for a small web app on one page, showing each stage, its main output and the checkpoint that ends it.',
      'List the documents a team produces at each stage, such as a requirements list, a design sketch, test cases and release notes, and mark which ones could be kept light.',
      'Write a short plan for fitting testing and security checks into every stage rather than only at the end, with one concrete check per stage.',
      'Prepare a two-minute answer on how the Software Development Life Cycle changes when a team releases small changes every week instead of one big release a year.',
    ],
  ],
  'Performance Optimization': [
    [
      "Read Brendan Gregg's page on the USE method and note how checking utilisation, saturation and errors for each resource guides Performance Optimization on a server.",
      'Write a short script that does something slow, such as building a long string in a loop or searching a list inside a nested loop, and profile it with a built-in profiler to find the hottest function.',
      'Write a simple benchmark for one function, run the original and an improved version at least five times each, and record the median time and memory use of both.',
      'Answer aloud: "How would you approach Performance Optimization for a page that users say has become slow, before changing any code?"',
    ],
    [
      'List common causes of slow systems that Performance Optimization targets, such as repeated database queries in a loop, missing indexes, large payloads and blocking calls, with one fix for each.',
      'Run EXPLAIN on a query against a small sample database, add an index, and note how the query plan and the run time change.',
      'Write a one-page note on when caching helps and when it hurts, covering invalidation, stale data and memory cost.',
      'Prepare a two-minute answer on how to decide whether Performance Optimization is worth the effort, using measurements, user impact and running cost.',
    ],
  ],
  'Risk Management': [
    [
      'Read the ISO 31000 overview on the ISO website and note how each step of its process, from setting the context to monitoring and review, would apply to Risk Management in this role.',
      "Build a risk register for an imaginary project in this employer's field with ten risks, each with a cause, a likelihood, an impact, an owner and a planned response.",
      'Draw a five-by-five likelihood and impact matrix, place eight risks of a typical project in this field on it, and write one sentence on why the top three deserve attention first.',
      'Answer aloud: "How would you keep Risk Management alive after the first risk workshop, so that the register does not go stale?"',
    ],
    [
      'Pick a well-documented public failure, such as a delayed IT project or a product recall, and write down the Risk Management steps that might have caught it earlier.',
      "Write one example each of avoiding, reducing, transferring and accepting a risk for an event or project in this employer's field.",
      'Draft a one-page risk report for a senior manager that shows the top five risks, how each has moved since last month and the decision needed from them.',
      'Prepare a two-minute answer on how Risk Management differs from issue management, and what should happen when a risk turns into an issue.',
    ],
  ],
  'UI Design': [
    [
      "Read Jakob Nielsen's ten usability heuristics on the Nielsen Norman Group website and note one UI Design example of each from an app or website you use often.",
      'Sketch three different layouts on paper for a simple sign-up form and note the trade-offs of each in clarity, speed of completion and accessibility.',
      "Check the colour contrast of a public website's text and buttons with a free contrast checker against the recommended minimum ratio of 4.5 to 1, and list what fails.",
      'Answer aloud: "How would you settle a UI Design decision when the team disagrees and there is no time for a full user test?"',
    ],
    [
      'Pick a cluttered mobile app screen and redraw it in a free design tool, applying UI Design principles of visual hierarchy, spacing and alignment.',
      'Define a small style guide with a type scale, a colour palette, a spacing unit and the default, hover, focused and disabled states of a button.',
      'Run a five-minute test of a paper prototype with two people, give each of them one task and write down every place where they hesitated.',
      'Prepare a two-minute answer on how UI Design makes an interface usable for people who rely on a keyboard, a screen reader or a zoomed screen.',
    ],
  ],
  Procurement: [
    [
      'Read the CIPS description of the procurement and supply cycle and note what happens at each stage when Procurement buys a service on a multi-year contract.',
      'Write a one-page specification for buying a simple service, such as office cleaning or laptop support, stating the requirement, the volumes, the service levels and the contract length.',
      'Build a weighted scoring sheet for comparing bids on price, quality, delivery and social value, and use it to score three made-up bids.',
      'Answer aloud: "How would you run Procurement for a purchase that is urgent but still needs to be fair and auditable?"',
    ],
    [
      'Draw the Procurement process of a typical organisation from a purchase request to payment, marking the approvals, the purchase order and the goods receipt.',
      'Compare a request for quotation, an open tender and a framework agreement, noting when each suits a small, a large and a repeat purchase.',
      'List the whole-life costs of buying a piece of equipment, such as delivery, training, maintenance, energy and disposal, and estimate each over five years.',
      'Prepare a two-minute answer on how Procurement balances value for money with fairness, transparency and conflict-of-interest rules.',
    ],
  ],
  'Vendor Management': [
    [
      "Sort the suppliers a team in this employer's field is likely to rely on into strategic, important and routine tiers for Vendor Management, giving a reason for each.",
      'Write a one-page summary of a service level agreement for an imaginary IT support supplier, with response times, availability targets, reporting and service credits.',
      'Design a quarterly supplier scorecard with five measures, such as on-time delivery, quality, cost, responsiveness and risk, and fill it in for a made-up supplier.',
      'Answer aloud: "How would you handle Vendor Management when a key supplier keeps missing agreed deadlines but is hard to replace?"',
    ],
    [
      'Pick a well-known public supplier failure, such as a major cloud outage or the collapse of a large contractor, and note which Vendor Management checks could have reduced the damage.',
      'Draft the agenda for a quarterly review meeting with a supplier, covering performance, open issues, upcoming changes and ideas for improvement.',
      'Write an exit plan for replacing a software supplier, covering data export, notice periods, knowledge transfer and a period of running both services in parallel.',
      'Prepare a two-minute answer on how Vendor Management builds a good working relationship with a supplier while still holding it to the contract.',
    ],
  ],
  Recruiting: [
    [
      'Rewrite a real job advert for a role similar to this one so that Recruiting reaches a wider pool, removing jargon, gendered wording and requirements that are only nice to have.',
      'Write a scorecard for that role with four to six must-have criteria, each with a description of what weak, adequate and strong evidence looks like.',
      'Draft five structured interview questions, each tied to one criterion, with a follow-up prompt and a short note of what a good answer includes.',
      'Answer aloud: "How would you keep Recruiting fair and consistent when several interviewers assess candidates for the same role?"',
    ],
    [
      "Map a Recruiting process from an approved vacancy to the new starter's first day, marking each step, its owner and a target number of days.",
      'List five places to find candidates for a hard-to-fill role, such as job boards, referrals, professional communities, university careers services and direct approaches, and note the cost and likely quality of each.',
      'Write a polite rejection email and a clear offer email for the same vacancy, so that each candidate knows exactly what happens next.',
      'Prepare a two-minute answer on which Recruiting measures, such as time to hire, offer acceptance rate and quality of hire, would show that hiring is working well.',
    ],
  ],
  'Requirements Gathering': [
    [
      'Read the GOV.UK Service Manual page on writing user stories and note how it frames Requirements Gathering around user needs rather than solutions.',
      'Pick a familiar service, such as booking a room at a library, and write eight user stories for it, with acceptance criteria for two of them.',
      'Draft a one-hour stakeholder interview guide with ten open questions covering goals, current pain points, constraints and how success will be measured.',
      'Answer aloud: "How would you handle Requirements Gathering when two senior stakeholders ask for features that contradict each other?"',
    ],
    [
      "List the stakeholders of an imaginary project in this employer's field and plan Requirements Gathering for each, choosing between interviews, a workshop, a survey and observation.",
      'Watch someone carry out a routine task, such as filing an expense claim or booking leave, and write down every step, workaround and frustration you notice.',
      'Prioritise twelve made-up requirements for a small system with the MoSCoW method and write one sentence justifying each Must have.',
      'Prepare a two-minute answer on how Requirements Gathering separates what users say they want from the problem they actually need solved.',
    ],
  ],
  Scrum: [
    [
      'Read the Scrum Guide and write one line on the purpose of each Scrum event, accountability and artefact.',
      'Write a sprint goal and a sprint backlog of six items for a two-week sprint on a small product, such as a booking app, with an estimate for each item.',
      'Plan a 45-minute sprint retrospective with an opening, an activity to gather data, a way to choose one improvement and a close.',
      'Answer aloud: "How would you help a Scrum team whose Daily Scrum has turned into a status report for its manager?"',
    ],
    [
      'Draw one Scrum sprint on a single page, from sprint planning through the Daily Scrum to the sprint review and retrospective, showing who attends each event and what it produces.',
      'Split three large features of an imaginary product into small backlog items that could each be finished within a few days, with acceptance criteria for each.',
      'Compare a product owner and a project manager in a short table, covering who sets priorities, who decides scope and who answers for delivery.',
      'Prepare a two-minute answer on what a Scrum Master should do when the product owner keeps adding work in the middle of a sprint.',
    ],
  ],
  'Test Automation': [
    [
      'Read the article The Practical Test Pyramid on martinfowler.com and note which kinds of check Test Automation should favour at each level and why.',
      'Write unit tests for a small function, such as one that validates an email address or calculates a discount, with a free test framework, covering normal, edge and error cases.',
      'Set up a free continuous integration workflow that runs a small test suite on every push and fails the build when any test fails.',
      'Answer aloud: "How would you decide which manual tests to replace first with Test Automation when the team has little time?"',
    ],
    [
      'Pick a public demo shop website and write three end-to-end scenarios for Test Automation, such as signing up, searching and checking out, with clear steps and expected results.',
      'Automate one of those scenarios with a free browser automation tool and note which page elements were hard to locate reliably.',
      'List common causes of flaky tests, such as timing, shared test data and dependence on test order, and write one fix for each.',
      'Prepare a two-minute answer on how to keep Test Automation maintainable as the product changes, covering test data, naming and reusable helpers.',
    ],
  ],
  Roadmapping: [
    [
      "Draft a now, next and later roadmap for an imaginary product or service in this employer's field, practising Roadmapping with outcomes rather than features and dates.",
      'Score eight made-up initiatives with the RICE method of reach, impact, confidence and effort, and note where the ranking conflicts with your own judgement.',
      'Write three short versions of one roadmap for senior leaders, the delivery team and customers, changing the level of detail and the commitments made in each.',
      'Answer aloud: "How would you handle Roadmapping when a senior leader asks for a fixed delivery date on an item that is still uncertain?"',
    ],
    [
      'Pick a public product roadmap, such as one published on GitHub by an open-source project, and note how its Roadmapping shows themes, timeframes and uncertainty.',
      'Write three outcome statements for a team, each with a measurable target, and list two initiatives that could move each one.',
      'Plan a quarterly roadmap review meeting, stating who attends, what evidence is brought and how items are added, dropped or moved.',
      'Prepare a two-minute answer on how Roadmapping differs from a project plan and why a roadmap should change as the team learns.',
    ],
  ],
  Metadata: [
    [
      'Read the Dublin Core element set and write one sentence in plain words on what each of its fifteen Metadata elements records.',
      'Pick five items from a public online catalogue, such as a museum collection or a university repository, and note which fields are filled in, missing or inconsistent.',
      'Write a full record for a made-up photograph or report, using a controlled vocabulary for subjects, dates written as YYYY-MM-DD and a clear rights statement.',
      'Answer aloud: "How would you keep Metadata consistent when several people catalogue items with different habits?"',
    ],
    [
      'Compare how two public catalogues, such as a national library and an open data portal, describe a similar item, and list the Metadata fields they share and the ones they do not.',
      'Look up three subject terms in the Library of Congress Subject Headings and note the broader, narrower and related terms each one lists.',
      'Draft a short data dictionary for a spreadsheet of twenty made-up records, defining each field, whether it is required and which values are allowed.',
      'Prepare a two-minute answer on why Metadata quality matters for finding, reusing and preserving material, with one example of what goes wrong when it is poor.',
    ],
  ],
  'Event Planning': [
    [
      'Pick a one-day event that an organisation like this employer might run, such as a workshop for 60 people, and write an Event Planning brief with its aim, audience, date and budget.',
      'Build a spreadsheet budget for a one-day workshop with lines for venue, catering, audio-visual equipment, speakers, printing and a ten per cent contingency.',
      'Write a run sheet for the day in 15-minute slots that names who is responsible for each item and what happens if a speaker is late.',
      'Answer aloud: "How would you handle Event Planning when the venue cancels two weeks before the date?"',
    ],
    [
      'List every Event Planning task for a hybrid panel discussion and place them on a timeline working back from the event date, marking which tasks depend on others.',
      'Write a venue checklist covering capacity, step-free access, hearing loops, toilets, Wi-Fi, catering space and public transport links, and use it to compare two real venues near you.',
      'Draft a registration form and a confirmation email, including questions about dietary and access needs and a clear cancellation policy.',
      'Prepare a two-minute answer on how you would measure whether Event Planning achieved its aims, using attendance, feedback survey results and follow-up actions.',
    ],
  ],
  'Distributed Systems': [
    [
      'Read the eight Fallacies of Distributed Computing and write one real failure in Distributed Systems that each fallacy could cause.',
      'Draw the architecture of a simple online booking service split into three services, showing where requests cross the network and where data is stored.',
      'Write down what should happen when one service in a design times out, adding retries with backoff, idempotency keys and a time limit for each call.',
      'Answer aloud: "What does the CAP theorem mean for Distributed Systems in practice, and when would you choose availability over consistency?"',
    ],
    [
      'Work through the visualisation on the Raft consensus website and note how Distributed Systems that use Raft elect a leader and replicate a log.',
      'Set up a small key-value store or message queue in three local containers, stop one of them, and write down what the clients see.',
      'Compare at-most-once, at-least-once and exactly-once delivery in a short table, giving one example of a message where duplicates would cause harm.',
      'Prepare a two-minute answer on how to find the cause of a slow request in Distributed Systems, covering logs, metrics and distributed tracing.',
    ],
  ],
  'Network Security': [
    [
      "Read the NCSC's 10 Steps to Cyber Security and note what it recommends for Network Security, monitoring and secure configuration.",
      'Draw a network diagram for a small office with staff laptops, guest Wi-Fi, a file server and a public website, and mark where firewalls and separate network segments belong.',
      'Write firewall rules in plain language for a small office network, allowing only the traffic each part needs and denying everything else by default.',
      'Answer aloud: "How would you approach Network Security for an organisation where many staff work from home?"',
    ],
    [
      'Install Wireshark on your own computer, capture five minutes of normal traffic, and list the protocols you see and which send data unencrypted, as a first exercise in Network Security.',
      'Scan only your own home network with a port scanner, list the open ports on each device, and note which services could be switched off.',
      'Write a one-page incident response outline for a suspected intrusion, covering detection, isolating affected machines, preserving logs and telling the right people.',
      "Prepare a two-minute answer on how Network Security has moved from trusting the internal network towards zero trust, and what that means for access to this employer's systems.",
    ],
  ],
  'Backlog Management': [
    [
      'Read the Scrum Guide section on the Product Backlog and note what it says about refinement, ordering and who is accountable for Backlog Management.',
      'Write ten user stories for a simple service, such as an online room booking system, each with two or three acceptance criteria.',
      'Order a list of ten user stories by value against effort, and write one sentence justifying the top three and the bottom one.',
      'Answer aloud: "How would you approach Backlog Management when several stakeholders each insist their request is the top priority?"',
    ],
    [
      'Open the public issue tracker of an active open-source project and note how it uses labels, milestones and triage for Backlog Management.',
      'Take a made-up backlog of 40 items and sort them into groups to merge, split, close as out of date or move to the top, noting the reason for each group.',
      'Split one large feature into small stories that could each be delivered in a few days, and write a definition of ready for them.',
      'Prepare a two-minute answer on how Backlog Management keeps a backlog short, current and understood by the team and the people it serves.',
    ],
  ],
  'Clean Code': [
    [
      "Read five entries in Martin Fowler's online refactoring catalogue, such as Extract Function and Rename Variable, and note how each supports Clean Code.",
      'Pick a function of 50 to 100 lines from a public repository and list its code smells, such as long parameter lists, unclear names, duplication and deep nesting.',
      'Write tests that pin the current behaviour of a messy public function, then refactor it into smaller well-named functions and check that the tests still pass.',
      'Answer aloud: "How would you convince the team to spend time on Clean Code when a deadline is close?"',
    ],
    [
      'Write a short list of Clean Code rules for naming, function length, comments and error handling, with a before and after example for each.',
      'Read the style guide for a language this posting mentions, such as PEP 8 for Python, and set up a linter and formatter that enforce it in a small project.',
      'Review a small open-source pull request and write comments on readability, naming and duplication that are specific and kind.',
      'Prepare a two-minute answer on where Clean Code rules help and where following them too strictly can hurt, such as over-abstracting simple code.',
    ],
  ],
  'Reproducible Research': [
    [
      'Read the Reproducible Research chapter of The Turing Way and note how it defines reproducible, replicable, robust and generalisable work.',
      'Take a small public data set and write an analysis script in R or Python that goes from the raw file to one table and one chart with no manual steps.',
      'Record the software versions in an environment file, put the project under version control, and ask someone to rerun it from a fresh copy.',
      'Answer aloud: "How would you move a team towards Reproducible Research when its analysis currently lives in spreadsheets and emailed files?"',
    ],
    [
      'Pick a published paper that shares its code and data, try to reproduce one figure, and note every obstacle to Reproducible Research you meet.',
      'Write a README for a small analysis project that explains the folder layout, how to install dependencies, how to run it and where the data came from.',
      'Set a random seed, fix package versions and write a single command that reruns a whole analysis, then check that it gives identical results twice.',
      'Prepare a two-minute answer on why Reproducible Research matters for trust in results, and how data sharing, licences and privacy limits fit in.',
    ],
  ],
  'Human Resources': [
    [
      'Read the public careers pages and published staff policies of an organisation like this employer, and list the Human Resources processes they describe, from recruitment to leaving.',
      'Write a job description and person specification for an entry-level role, separating essential from desirable criteria and avoiding biased wording.',
      'Draft a structured interview plan with five competency questions and a scoring scale that every panel member would use.',
      'Answer aloud: "How would you respond when a manager asks Human Resources to help dismiss someone quickly without following the agreed process?"',
    ],
    [
      'List the stages of the employee life cycle and, for each, note one Human Resources task and one record that must be kept securely.',
      'Write a first-week onboarding plan for a new starter, covering equipment, introductions, training, policies to read and a check-in meeting.',
      'Draft the outline of a fair grievance process, stating who hears the complaint, time limits, note-taking, confidentiality and the right to appeal.',
      'Prepare a two-minute answer on how Human Resources can balance supporting staff with protecting the organisation, with one example of each.',
    ],
  ],
  Authentication: [
    [
      'Read the OWASP Authentication Cheat Sheet and list its recommendations on password rules, error messages and account lockout.',
      'Build a small login form in a web framework of your choice that hashes passwords with bcrypt or Argon2 and never stores them in plain text.',
      'Add a second factor using time-based one-time codes to a simple login, and write down what should happen when a user loses their phone.',
      'Answer aloud: "What is the difference between Authentication and authorisation, and where do sessions and tokens fit in?"',
    ],
    [
      'Draw a sequence diagram of Authentication with OpenID Connect, showing the user, the application and the identity provider, and the tokens passed between them.',
      'Read the MDN page on HTTP cookies and note which cookie attributes, such as Secure, HttpOnly and SameSite, protect a login session.',
      'Write a short comparison of passwords, passkeys, hardware keys and single sign-on for staff of a mid-sized organisation, covering security, cost and user support.',
      'Prepare a two-minute answer on how you would protect Authentication against credential stuffing and phishing while keeping login simple for users.',
    ],
  ],
  'Digital Preservation': [
    [
      'Read the OAIS reference model overview and describe in plain words what each of its six functional entities does, as a map of Digital Preservation.',
      'Pick twenty files of mixed formats from your own computer, identify their formats and versions with a format identification tool, and note which might be hard to open in twenty years.',
      'Generate checksums for a folder of files, change one file, and write down how a repeated check would detect the change and what should happen next.',
      'Answer aloud: "How would you start a Digital Preservation programme in an organisation that has never had one and has a small budget?"',
    ],
    [
      "Read the Digital Preservation Coalition's Digital Preservation Handbook and note its advice on choosing file formats and storage.",
      "Write a short file format policy for a collection like this employer's, listing preferred formats for text, images, audio and video, and when files are migrated.",
      'Draft a simple storage plan that keeps three copies on two kinds of media with one off site, and note who checks them and how often.',
      'Prepare a two-minute answer on the difference between backup and Digital Preservation, covering fixity, format risk, metadata and access over decades.',
    ],
  ],
  Teaching: [
    [
      'Pick a topic relevant to this posting and write a one-hour Teaching plan with two learning outcomes, a starter, a main activity and a check for understanding.',
      'Read the Carpentries Instructor Training lesson on formative assessment and write three multiple-choice questions whose wrong answers reveal common misconceptions.',
      'Record yourself explaining one concept for ten minutes, watch it back, and note where you spoke too fast, used jargon or went too long without asking a question.',
      'Answer aloud: "How would you adapt your Teaching for a group where some learners are far ahead and others are struggling?"',
    ],
    [
      'Design one assessment for a short course and write a rubric with four criteria and three levels, so that any Teaching staff marking it would reach the same grades.',
      'Write feedback on a made-up piece of student work that names one strength, one specific improvement and one next step.',
      'Plan how to make a session inclusive, covering captions, readable slides, pace, breaks and different ways for learners to take part.',
      'Prepare a two-minute answer on how you would know whether your Teaching is working, using learner feedback, assessment results and peer observation.',
    ],
  ],
};
