import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for product management, delivery methods and design, keyed by canonical name. */
export const PRODUCT_DESIGN_QUESTIONS: Record<string, BankQuestion[]> = {
  'Product Management': [
    q(
      'junior',
      'How do you decide what to build next?',
      'Checks basic prioritisation and customer orientation.',
      'I start from the product goal and the problems users have, gathered from interviews, support tickets and usage data, and frame each candidate as a problem with expected impact. I estimate value, reach, confidence and effort, for example with RICE, to compare options consistently. The result is a short, explained priority list that I share with engineering and stakeholders so the trade-offs are visible.',
    ),
    q(
      'mid',
      'How do you define success metrics for a new feature?',
      'Tests outcome-oriented thinking.',
      'I tie the feature to a user outcome and a business goal, then pick one primary metric that should move, such as task completion or seven-day retention of users who adopt it. I add guardrail metrics that must not get worse, like support contacts or page performance, and set a target and a time frame before launch. Leading indicators such as adoption give an early signal while the lagging outcome metric matures.',
    ),
    q(
      'senior',
      'A key stakeholder insists on a feature you believe is the wrong priority. How do you handle it?',
      'Looks for influence, evidence and relationship management.',
      'I first make sure I understand the underlying goal behind the request, since there is often a real problem worth solving in a different way. Then I compare it openly against current priorities using the same evidence and criteria, showing what would be delayed if we take it on. If we still disagree, I propose a cheap test to reduce uncertainty or escalate the trade-off to the shared decision-maker, and I commit fully once a decision is made.',
    ),
  ],
  'Product Strategy': [
    q(
      'mid',
      'How do you build a product strategy?',
      'Checks strategic thinking beyond feature lists.',
      'I start from the company goals, the target customers and their most important unmet needs, and an honest view of competitors and our advantages. The strategy then states where we will play, how we will win, and what we will deliberately not do, with a few measurable outcomes. It is the filter for the roadmap and is revisited as evidence comes in.',
    ),
    q(
      'senior',
      'How do you evaluate whether to enter a new market segment?',
      'Tests business judgement and evidence-gathering.',
      'I size the opportunity bottom-up from the number of target customers and realistic pricing, and assess how well our product and go-to-market fit their needs compared with competitors. I look for evidence of demand through interviews, waitlists or a pilot with design partners before committing large investment. The decision also weighs the opportunity cost to the core product and the capabilities we would need to build.',
    ),
  ],
  Roadmapping: [
    q(
      'mid',
      'What makes a good product roadmap?',
      'Checks understanding of roadmaps as communication tools.',
      'A good roadmap communicates direction and priorities, organised around problems and outcomes rather than a fixed list of features with dates. A now, next, later format shows confidence decreasing with time horizon, and each item links to the strategy and a success metric. It is updated regularly and tailored to the audience, with more detail for the team and more themes for executives.',
    ),
    q(
      'senior',
      'How do you handle roadmap commitments when priorities change mid-quarter?',
      'Tests adaptability and stakeholder trust.',
      'I assess the new priority against the current plan with the team, make the trade-off explicit by naming what will slip, and get agreement from the affected stakeholders. I communicate the change and the reason promptly, rather than letting people discover it late. Separating firm commitments from intentions on the roadmap in the first place reduces the pain of these changes.',
    ),
  ],
  Agile: [
    q(
      'junior',
      'What are the core values of Agile?',
      'Checks understanding of the principles behind the ceremonies.',
      'The Agile Manifesto values individuals and interactions over processes and tools, working software over comprehensive documentation, customer collaboration over contract negotiation, and responding to change over following a plan. In practice this means delivering in small increments, getting frequent feedback and adapting. The items on the right still have value, just less than those on the left.',
    ),
    q(
      'mid',
      'How do you write a good user story and acceptance criteria?',
      'Tests practical backlog skills.',
      'A story describes a need from the user perspective, often as "As a [user], I want [capability] so that [benefit]", and is small enough to finish in a sprint. Acceptance criteria list concrete, testable conditions, such as Given-When-Then scenarios that include edge cases and errors. The INVEST checklist (independent, negotiable, valuable, estimable, small, testable) helps spot weak stories.',
    ),
    q(
      'senior',
      'A team says it is Agile but delivers late and with low quality. What would you look at?',
      'Looks for diagnosis of process problems beyond ceremonies.',
      'I would check whether work is sliced into small vertical increments or large batches, how much work is in progress at once, and whether there is a real definition of done including testing. I would look at flow data such as cycle time and where items wait, and at whether stakeholders change priorities mid-sprint. Retrospectives that produce concrete experiments, plus technical practices like CI and automated tests, usually matter more than the framework itself.',
    ),
  ],
  Scrum: [
    q(
      'junior',
      'What are the roles, events and artefacts in Scrum?',
      'Checks basic Scrum knowledge.',
      'The roles are the Product Owner, who orders the backlog to maximise value, the Scrum Master, who coaches the process and removes impediments, and the Developers, who build the increment. The events are the sprint, sprint planning, the daily scrum, the sprint review and the retrospective. The artefacts are the product backlog, the sprint backlog and the increment, each with a commitment: the product goal, the sprint goal and the definition of done.',
    ),
    q(
      'mid',
      'How do you use velocity in Scrum, and how can it be misused?',
      'Tests understanding of estimation and metrics.',
      'Velocity is the amount of estimated work, often in story points, a team completes per sprint, and it helps that team forecast how much backlog fits in coming sprints. Misuse includes comparing velocity between teams, treating it as a productivity target or pressuring teams to raise it, which simply inflates estimates. A range from recent sprints is a better forecast than a single number.',
    ),
    q(
      'senior',
      'How do you run a retrospective that actually leads to improvement?',
      'Checks facilitation and continuous-improvement skills.',
      'I create safety so people speak openly, vary the format to avoid routine, and use data such as cycle times or incidents alongside feelings. The team picks one or two issues and defines small, concrete experiments with an owner, instead of a long list of wishes. The next retrospective starts by reviewing whether those experiments worked.',
    ),
  ],
  Kanban: [
    q(
      'mid',
      'What are WIP limits in Kanban and why do they help?',
      'Checks understanding of flow-based delivery.',
      "Work-in-progress limits cap how many items can be in each column at once, so the team finishes work before starting new work. By Little's law, less work in progress at the same throughput means shorter cycle times. Hitting a limit exposes bottlenecks, such as a review queue, and prompts the team to swarm on them.",
    ),
    q(
      'senior',
      'Which metrics do you use to manage a Kanban system?',
      'Tests data-driven flow management.',
      'I track cycle time distributions, throughput per week, work-item age and cumulative flow diagrams. Percentiles of cycle time give service-level expectations, such as 85% of items finished within eight days, which are better forecasts than estimates. Ageing items and widening bands in the cumulative flow diagram signal blockages early.',
    ),
  ],
  Jira: [
    q(
      'junior',
      'How do you organise work in Jira for a development team?',
      'Checks practical tool usage.',
      'Work is split into epics for larger goals, stories and tasks for deliverable pieces, and bugs, each with clear descriptions and acceptance criteria. A board reflects the team workflow, with columns mapped to statuses, and filters or components separate areas of the product. Keeping issues small, updated and linked to pull requests makes the board trustworthy.',
    ),
    q(
      'mid',
      'How would you use JQL and dashboards in Jira to track delivery?',
      'Tests reporting skills with Jira.',
      'JQL queries filter issues precisely, for example `project = APP AND status changed to Done during (startOfWeek(), now())` or all unresolved bugs by priority. Saved filters feed dashboard gadgets that show throughput, open bugs by age and sprint progress. I avoid over-customising workflows and fields, since complexity makes the data less reliable.',
    ),
  ],
  Figma: [
    q(
      'junior',
      'How do components and variants work in Figma?',
      'Checks practical design-tool fluency.',
      'A component is a reusable design element, and instances stay linked to the main component, so changes propagate everywhere. Variants group related versions of a component, such as a button in different sizes and states, into one set with properties. Combined with component properties and shared libraries, this keeps designs consistent and fast to update.',
    ),
    q(
      'mid',
      'How do you use auto layout and variables in Figma?',
      'Tests efficient, responsive design practice.',
      'Auto layout arranges children with defined spacing, padding and resizing rules, so frames adapt to content and screen size like CSS flexbox. Variables store design tokens such as colours, spacing and typography values, and modes switch between themes like light and dark. Designs built this way are closer to code and much quicker to change.',
    ),
    q(
      'senior',
      'How do you make the handoff from Figma to developers smooth?',
      'Checks collaboration between design and engineering.',
      'I use the same component names and tokens as the codebase, document states, edge cases and responsive behaviour, and mark frames ready for development so developers know what is final. Dev Mode gives measurements and token references, and a walkthrough with the developers before they start surfaces questions early. Reviewing the built result together closes the loop.',
    ),
  ],
  'UX Design': [
    q(
      'junior',
      'Walk me through your UX design process.',
      'Checks a structured, user-centred approach.',
      'I start by understanding the problem and users through research and existing data, then define the key user needs and success criteria. I explore ideas with sketches and wireframes, build prototypes for the most promising ones, and test them with real users. I iterate based on what I learn and work with engineers through delivery, then measure the outcome after launch.',
    ),
    q(
      'mid',
      'How do you run a usability test, and what do you do with the results?',
      'Tests practical research and synthesis skills.',
      'I define what we want to learn, recruit five to eight participants who match the target users, and give them realistic tasks without leading them, asking them to think aloud. I note where they hesitate, make errors or fail, and rate issues by severity and frequency. The findings become prioritised design changes, and key clips help convince stakeholders.',
    ),
    q(
      'senior',
      'How do you measure whether a design change improved the user experience?',
      'Checks outcome measurement in design.',
      'I define metrics tied to the user goal before launch, such as task success rate, time on task, error rate or conversion for the flow, plus qualitative signals like satisfaction scores or support tickets. An A/B test gives the cleanest evidence when traffic allows, and otherwise a before-and-after comparison with care for seasonality. Combining the numbers with follow-up usability sessions explains why the metrics moved.',
    ),
  ],
  'UI Design': [
    q(
      'junior',
      'What principles do you use to create a clear visual hierarchy?',
      'Checks visual design fundamentals.',
      'I use size, weight, colour and spacing to show what matters most, so the primary action and key information stand out and secondary elements recede. Consistent alignment to a grid and generous whitespace group related elements, following proximity. A limited type scale and colour palette keep the interface calm and predictable.',
    ),
    q(
      'mid',
      'How do you design an interface that works across screen sizes?',
      'Tests responsive design skills.',
      'I design mobile-first, prioritising content for the smallest screen, then define how layouts adapt at breakpoints using flexible grids and components that resize. Touch targets need at least about 44 pixels, and text must stay readable without zooming. I check the designs at intermediate widths, not just the standard breakpoints, and agree the behaviour with developers.',
    ),
  ],
  'User Research': [
    q(
      'mid',
      'How do you conduct a good user interview?',
      'Checks research technique.',
      'I prepare a guide with open questions about past behaviour, such as "tell me about the last time you...", rather than asking about hypothetical futures or pitching ideas. I listen more than I talk, follow up with "why" and "can you show me", and avoid leading questions. I recruit participants who match the target segment and synthesise notes with a colleague to reduce bias.',
    ),
    q(
      'senior',
      'How do you choose between qualitative and quantitative research methods?',
      'Tests research strategy.',
      'Qualitative methods such as interviews and usability tests explain why people behave as they do and are best for exploring problems and generating hypotheses. Quantitative methods such as surveys, analytics and experiments tell you how many and how much, and validate hypotheses at scale. I often combine them: analytics shows where users drop off, and interviews reveal why.',
    ),
  ],
  Wireframing: [
    q(
      'junior',
      'What is the purpose of a wireframe?',
      'Checks understanding of design fidelity levels.',
      'A wireframe is a low-fidelity layout showing structure, content hierarchy and main interactions without visual styling. Because it is quick and cheap, it lets the team explore and agree on layout and flow before investing in visual design. Keeping it grey and simple stops discussions drifting to colours and fonts too early.',
    ),
    q(
      'mid',
      'How do you decide between low-fidelity and high-fidelity wireframes?',
      'Tests judgement about design effort.',
      'Low fidelity suits early exploration, when many alternatives are compared and feedback should focus on structure and flow. Higher fidelity is worth it when testing detailed interactions, content or visual comprehension with users, or when handing over to development. Matching fidelity to the question you need answered saves time.',
    ),
  ],
  Prototyping: [
    q(
      'mid',
      'When do you build a prototype, and how realistic should it be?',
      'Checks purposeful prototyping.',
      'I prototype to test a risky assumption cheaply before building, such as whether users understand a new flow. The fidelity should be just enough to answer that question: clickable wireframes for flow, high-fidelity prototypes for visual comprehension or micro-interactions, and coded prototypes when real data or performance matters. A prototype is a learning tool, not a spec to perfect.',
    ),
    q(
      'senior',
      'How do you avoid stakeholders mistaking a polished prototype for a finished product?',
      'Tests expectation management.',
      'I state the purpose and what is fake before every demo, and keep prototypes visibly unfinished where polish is not needed. I share the questions the prototype is testing and the evidence gathered, rather than showing it as a deliverable. When a prototype looks final, I pair it with an honest estimate of the remaining work.',
    ),
  ],
  'Design Systems': [
    q(
      'mid',
      'What makes a design system successful?',
      'Checks understanding beyond a component library.',
      'A design system succeeds when teams actually use it: it covers the components they need, matches the code implementation exactly, and is well documented with usage guidelines and examples. Design tokens keep design and code in sync for colour, type and spacing. Clear ownership, a contribution process and versioning keep it alive as products evolve.',
    ),
    q(
      'senior',
      'How do you drive adoption of a design system across many teams?',
      'Tests influence and platform thinking.',
      'I treat the design system as a product with internal customers: I prioritise components that unblock teams, measure adoption, and make the right thing the easy thing through good documentation and tooling. Early partner teams help shape it, and contributions are welcomed with clear review standards. Migrations are planned incrementally with codemods where possible instead of demanding big rewrites.',
    ),
  ],
  Accessibility: [
    q(
      'junior',
      'What does accessibility mean for a digital product, and what standard applies?',
      'Checks basic accessibility awareness.',
      'Accessibility means people with disabilities, such as visual, motor, hearing or cognitive impairments, can use the product, often with assistive technologies like screen readers. The common standard is WCAG, with level AA as the usual target, organised around being perceivable, operable, understandable and robust. Examples include sufficient colour contrast, keyboard access and text alternatives for images.',
    ),
    q(
      'mid',
      'How do you test a product for accessibility?',
      'Tests practical accessibility skills.',
      'Automated tools like axe catch issues such as missing labels or low contrast, but only a portion of problems. I also test manually: navigating by keyboard only, checking visible focus and logical order, using a screen reader on key flows, and zooming to 200%. Testing with users who rely on assistive technologies finds the issues the tools miss.',
    ),
  ],
  'A/B Testing': [
    q(
      'mid',
      'How do you design a reliable A/B test?',
      'Checks experimental design fundamentals.',
      'I state a hypothesis and one primary metric, then compute the sample size needed to detect the minimum effect worth acting on with adequate power. Users are randomised consistently into variants, and I check that group sizes match the expected split, since a sample ratio mismatch signals a bug. The test runs for the planned duration, covering full weekly cycles, and guardrail metrics are watched throughout.',
    ),
    q(
      'senior',
      'What are common pitfalls when interpreting A/B test results?',
      'Tests statistical maturity.',
      'Peeking at results and stopping as soon as they look significant inflates false positives, so either fix the duration or use sequential testing methods. Novelty effects, checking many metrics or segments without correction, and interference between users in networked products also mislead. A significant result should also be practically meaningful and consistent with other evidence before shipping.',
    ),
  ],
  'Requirements Gathering': [
    q(
      'mid',
      'How do you gather requirements from stakeholders who disagree?',
      'Checks elicitation and facilitation skills.',
      'I interview stakeholders individually to understand their goals and constraints, then bring them together around shared objectives and concrete scenarios rather than solutions. Conflicts are made explicit and resolved by the agreed decision-maker, using business value and evidence. I document requirements with acceptance criteria and confirm them in writing.',
    ),
    q(
      'senior',
      'How do you distinguish what stakeholders ask for from what they need?',
      'Tests problem framing.',
      'I ask about the goal behind each request and observe the current process, using techniques like the five whys, because requests often describe a solution. Walking through real examples and edge cases reveals hidden needs and non-functional requirements such as performance, audit or compliance. Prototypes or mock-ups then validate the understanding before building.',
    ),
  ],
  Documentation: [
    q(
      'junior',
      'What makes technical documentation useful to the person reading it?',
      'Checks a reader-first view of documentation.',
      'Useful documentation starts from what the reader is trying to do, so I lead with the task and a working example before the details. I keep sentences short, define each term once, and show the expected result so readers can check that they got it right. I test a page by following it myself on a clean setup or, better, by watching someone new follow it.',
    ),
    q(
      'mid',
      'How do you keep documentation from going out of date?',
      'Tests habits that keep documentation accurate.',
      'I keep documentation next to the work it describes and update it in the same step as that work: a changed procedure, form or system is not finished until its page is. In software that means the same repository and pull request, with examples that run as checks. Each page has an owner and a last-reviewed date, and I delete pages nobody owns rather than let them mislead.',
    ),
    q(
      'senior',
      'How would you reorganise the documentation of a product that has grown messy?',
      'Checks the ability to structure documentation at scale.',
      'I first find out who reads it and for what, from search logs, support tickets and a few interviews. Then I sort the content by purpose, tutorials to learn, how-to guides for tasks, reference for facts and explanations for background, and move or delete pages to match. A short style guide and a review step keep new pages in the right place, and fewer repeated support questions tell me it worked.',
    ),
  ],
  'Web Development': [
    q(
      'junior',
      'What happens between typing a web address into a browser and seeing the page?',
      'Checks understanding of how the web works end to end.',
      'The browser resolves the domain name to an IP address through DNS, opens a connection, usually with TLS, and sends an HTTP request. The server answers with HTML, which the browser parses while it fetches the CSS, JavaScript and images the page refers to. It then lays the page out and paints it. When a page is slow, I follow this sequence in the network panel to see which step takes the time.',
    ),
    q(
      'mid',
      'How do you make a website load quickly on a slow mobile connection?',
      'Tests practical knowledge of web performance.',
      "I measure first, with the browser's performance tools and real-user figures such as Largest Contentful Paint. Then I send less: compressed images at the size they are shown, code split so each page loads only what it needs, and caching headers so repeat visits reuse what is stored. I avoid blocking the first render on scripts or fonts, and check the result again on a throttled connection.",
    ),
    q(
      'senior',
      'How do you keep a web application safe from the most common attacks?',
      'Checks awareness of web security practice.',
      'I treat all input as untrusted: parameterised queries against injection, output encoding and a content security policy against cross-site scripting, and same-site cookies or tokens against cross-site request forgery. Authentication uses a proven library, sessions expire and passwords are hashed with a slow algorithm. Dependencies are scanned and updated regularly, and HTTPS and security headers are on everywhere.',
    ),
  ],
  'Backend Development': [
    q(
      'junior',
      'What does the backend of a web application do?',
      'Checks the basic division of work between client and server.',
      'The backend receives requests from clients, checks who is asking and whether the input is valid, applies the business rules and reads or writes data in a database. It returns a response, usually JSON over HTTP, and keeps secrets and heavy work away from the browser. I keep those rules on the backend rather than in the client, because anyone can change what runs in a browser.',
    ),
    q(
      'mid',
      'How do you design an API endpoint that other teams will depend on?',
      'Tests API design and thinking in contracts.',
      "I start from the client's use case and name the resource and its fields plainly, with consistent status codes and one error format. I validate input at the boundary, document the contract with an OpenAPI description and examples, and make writes idempotent where clients are likely to retry. Once it is published I only add to it; a breaking change gets a new version and a deprecation period.",
    ),
    q(
      'senior',
      'How do you keep a backend service reliable when a dependency it calls becomes slow or fails?',
      'Checks resilience patterns in backend systems.',
      'Every call gets a timeout, and retries use backoff with a limit so they do not pile onto a struggling service. A circuit breaker stops calling a dependency that keeps failing and returns a fallback or a clear error instead. Slow work moves to a queue where it can, and I watch latency and error rates per dependency so the cause shows quickly.',
    ),
  ],
  'Frontend Development': [
    q(
      'junior',
      'How do you build a page layout that works on both phones and large screens?',
      'Checks responsive design basics.',
      "I write the layout mobile first, with flexible units, CSS grid or flexbox, and images that scale within their containers. Media queries then add columns or more spacing where the screen allows it. I test on real devices or in the browser's device mode, also with enlarged text, so that nothing overflows or becomes too small to tap.",
    ),
    q(
      'mid',
      'How do you manage state in a frontend application as it grows?',
      'Tests judgement about where state should live.',
      'I keep state as close as possible to the components that use it and lift it up only when siblings need it. Data from the server I treat as a cache, with a library that handles loading, errors and refetching, rather than copying it into a global store. A shared store holds only what is truly global, such as the signed-in user, which keeps changes easy to follow.',
    ),
    q(
      'senior',
      'How do you keep a frontend accessible while the team ships new features?',
      "Checks the ability to build accessibility into a team's process.",
      'I start from semantic HTML and shared components that are accessible by default, so most screens inherit keyboard support, focus handling and labels. Automated checks in CI catch missing labels and poor contrast, and each release gets a short keyboard and screen-reader pass over its main flows. Accessibility is part of the definition of done, so it is reviewed like any other requirement.',
    ),
  ],
  'Full Stack Development': [
    q(
      'junior',
      'Walk me through adding a new field to a form, from the database to the screen.',
      'Checks understanding of how the layers of an application connect.',
      'I add the column with a migration and a default that suits existing rows, then update the model and the API so the field is validated and returned. On the frontend I add the input with its label and error message, and send the value with the form. A test at each layer, and one through the whole flow, shows that the field is saved and shown again.',
    ),
    q(
      'mid',
      'How do you decide whether logic belongs in the frontend or the backend?',
      'Tests judgement about responsibilities across the stack.',
      'Anything that protects data or enforces a business rule belongs on the backend, because the client can be bypassed. The frontend may repeat simple validation for quick feedback, and it owns presentation and interaction. When both sides need the same rule, I share one definition of it, such as a schema, so they cannot drift apart.',
    ),
    q(
      'senior',
      'How do you trace a bug that users report but that could sit in any layer of the stack?',
      'Checks debugging across frontend, backend and data.',
      "I reproduce it first and collect what the user saw, the request that was sent and the server's logs for it, linked by a request id. Comparing what each layer received and returned shows where the data first goes wrong. I fix it there, add a test at that layer and, if the bug was hard to see, improve the log or error message that would have shown it sooner.",
    ),
  ],
  'Software Development Life Cycle': [
    q(
      'junior',
      'What are the stages of the software development life cycle?',
      'Checks basic knowledge of the SDLC.',
      'The usual stages are planning, gathering requirements, design, building, testing, release and maintenance. In agile teams I go through all of them in short cycles rather than once, so each feature is planned, built, tested and released within a few weeks. Whatever the model, I make sure each stage has a clear output that the next one can rely on.',
    ),
    q(
      'mid',
      'How do you build quality into every stage of the life cycle rather than testing at the end?',
      'Tests a shift-left approach to quality.',
      'I make requirements testable by writing acceptance criteria with the product owner before work starts. During development I write automated tests alongside the code, and every change goes through code review and a CI pipeline that runs them. Releases are small and monitored, so problems are found early and are cheap to fix.',
    ),
    q(
      'senior',
      "How would you improve a team's development process when releases are slow and often break?",
      'Checks the ability to improve delivery across the life cycle.',
      'I measure the current flow first: how long changes take from commit to production, how often releases fail and how long recovery takes. Usually the fixes are smaller batches, automated tests and deployment, and trunk-based development with feature flags. I change one thing at a time with the team and track the same measures to show whether it helped.',
    ),
  ],
  'User-Centered Design': [
    q(
      'junior',
      'What does user-centred design mean in practice?',
      'Checks understanding of user-centred design.',
      'It means designing from evidence about the people who will use a product: who they are, what they are trying to do and where they struggle. I involve users throughout, in research before designing, in testing prototypes, and in checking the result after launch. Design decisions are then justified by what users need and do, not by opinion.',
    ),
    q(
      'mid',
      'How do you involve users when the timeline is short?',
      'Tests pragmatic user involvement.',
      'I use the lightest methods that still give real evidence: a handful of short interviews, a quick usability test of a paper or clickable prototype with five people, or a look at support tickets and analytics. I focus on the riskiest assumption and test that first. Even one round of testing before building catches the problems that would cost most to fix later.',
    ),
    q(
      'senior',
      'How do you build user-centred practice into a team that ships without user input?',
      "Checks the ability to change a team's design culture.",
      "I start small with something visible: I invite the team to watch a few usability sessions on their own product, which usually convinces more than any argument. Then we make research a routine part of the cycle, with a regular testing day and a shared place for findings. I link the findings to the team's goals, so user evidence becomes part of how priorities are set.",
    ),
  ],
  'Design Thinking': [
    q(
      'junior',
      'What are the stages of design thinking?',
      'Checks basic knowledge of the design thinking process.',
      'Design thinking usually moves through empathising with users, defining the problem, generating ideas, prototyping and testing. The stages are not a straight line: testing often sends me back to redefine the problem or to new ideas. What matters most, I find, is starting from the people affected and learning through cheap prototypes rather than debate.',
    ),
    q(
      'mid',
      'How would you run a short design thinking workshop with a mixed team?',
      'Tests facilitation of design thinking.',
      "I agree the question and the people to invite beforehand, and bring real user evidence, such as quotes or a short video, so the team starts from users rather than assumptions. In the session we frame the problem as a 'how might we' question, generate ideas individually before discussing them, and vote on a few to prototype quickly. It ends with who will test which prototype with users and when.",
    ),
    q(
      'senior',
      'How do you keep design thinking from ending as ideas that are never built?',
      'Checks the ability to connect design thinking with delivery.',
      'I involve the people who will build and fund the solution from the start, so the ideas fit real constraints. Each workshop ends with owners, a prototype and a test planned with users within days, and the results feed straight into the backlog. I track which ideas were tested and built, and drop the practice where it produces only sticky notes.',
    ),
  ],
  KPIs: [
    q(
      'junior',
      'What makes a good KPI?',
      'Checks understanding of what a KPI is for.',
      "A good KPI measures an outcome the team cares about, can be moved by the team's work, and is defined precisely enough that two people calculate the same number. It has a target and a time frame, and it changes often enough to guide decisions. I avoid vanity figures such as total page views, which go up whatever we do.",
    ),
    q(
      'mid',
      'How would you choose KPIs for a team or a project?',
      'Tests linking measures to goals.',
      'I start from the goal and ask what would be different if we reached it, then pick one or two outcome measures for that and a few leading indicators that move sooner. For each I write down the definition, the data source and who owns it, and I check that the data exists before committing to it. After a quarter I review them with the team and drop the ones nobody uses to decide anything.',
    ),
    q(
      'senior',
      'A team hits its KPIs but the business outcome does not improve. What do you do?',
      'Checks judgement about gamed or misaligned measures.',
      'I check whether the KPI still measures what we meant, because a measure that becomes a target tends to be gamed, often without bad intent. I look at the link between the KPI and the outcome in the data, ask the people doing the work how they reach the number, and pair the KPI with a counter-measure, such as quality next to speed. Then I change the KPI openly and explain why, so the team does not feel the rules moved behind its back.',
    ),
  ],
  'Backlog Management': [
    q(
      'junior',
      'What makes a backlog item ready for a team to work on?',
      'Checks what a workable backlog item needs.',
      'A ready item says who needs it and why, has acceptance criteria the team and the product owner agree on, and is small enough to finish within a sprint or a few days. Dependencies and open questions are resolved or named, and designs or data are attached where needed. I would rather split a large item than start it unclear.',
    ),
    q(
      'mid',
      'The backlog has grown to several hundred items. What do you do?',
      'Tests keeping a backlog useful.',
      'I sort it against the current goals: what supports them stays near the top and is refined, and what has not moved for months is closed with a note, because a reopened item is cheap and an endless list hides what matters. Duplicates are merged and large items split. I keep only a few weeks of work refined in detail, and review the backlog with the team regularly so it stays short.',
    ),
    q(
      'senior',
      'How do you decide what goes to the top of the backlog when several stakeholders push for their items?',
      'Checks transparent prioritisation under pressure.',
      'I make the basis of the decision visible: the product goals, the value and cost of each item, its risk, and what depends on it, often with a simple score the stakeholders can challenge. I meet the stakeholders together so they see the trade-offs between their requests, and the product owner decides. The order and the reasons are published, so nobody has to lobby in private to learn where they stand.',
    ),
  ],
  'Clean Code': [
    q(
      'junior',
      'What makes code clean, in your view?',
      'Checks basic code-quality judgement.',
      'Clean code is code the next person can read and change safely: clear names, short functions that each do one thing, and no duplication that has to be changed in several places. Errors are handled where they happen, and tests show what the code is meant to do. I read my change once more before review, as if someone else had written it.',
    ),
    q(
      'mid',
      'How do you improve messy code that you have to change?',
      'Tests safe, incremental refactoring.',
      'I first put tests around the behaviour I am about to touch, so I can tell if I break it. Then I refactor in small steps, such as renaming, extracting a function or removing duplication, keeping each step separate from the behaviour change and running the tests after each one. I leave the code a little better than I found it rather than rewriting everything at once.',
    ),
    q(
      'senior',
      'How do you keep a codebase clean as a team grows?',
      'Checks code-quality practice at team scale.',
      'I let tools do what they can: a formatter, a linter and type checks run on every change, so reviews can focus on design and naming. We agree a few conventions with examples and keep them short, and reviews ask for tests and for clear names before anything else. Time for refactoring is part of the normal work, tied to the areas we are changing, so quality improves where it matters most.',
    ),
  ],
  'Acceptance Criteria': [
    q(
      'junior',
      'What makes acceptance criteria good?',
      'Checks the basics of writing acceptance criteria.',
      'Good acceptance criteria describe what the user can do or see when the work is done, not how it is built, and each one can be checked as true or false. They cover the main case and the edge cases that matter, such as empty input, errors or permissions. I write them with the product owner and a tester before the work starts, so everyone means the same thing by done.',
    ),
    q(
      'mid',
      'How do you turn acceptance criteria into tests?',
      'Tests the link between requirements and testing.',
      'I write each criterion as a concrete example with given, when and then: the starting state, the action and the expected result. Those examples become automated tests at the level where they are cheapest to check, most often below the user interface, and the product owner can read them. When a criterion cannot be turned into an example, that usually means it is still too vague, and I go back to the product owner.',
    ),
    q(
      'senior',
      'A feature met all its acceptance criteria but users are unhappy with it. What went wrong, and what would you change?',
      'Checks understanding of the limits of acceptance criteria.',
      'The criteria probably described the solution we imagined rather than the outcome users needed, or missed how they actually work. I would look at what users do and say now, with the people who wrote the criteria, and add an outcome we can measure after release to the definition of done. In future work I would test the idea with a few users before writing detailed criteria, so they describe something worth building.',
    ),
  ],
  'Market Research': [
    q(
      'junior',
      'How would you find out how big the market for a new product is?',
      'Checks basic market-sizing reasoning.',
      'I would estimate it two ways and compare: from the top, with published figures for the whole market narrowed to the segments we can serve, and from the bottom, with the number of likely customers times what each would pay. I write down every assumption and its source, because the assumptions matter more than the final number. Where the two estimates differ a lot, I look for the assumption that explains it.',
    ),
    q(
      'mid',
      'How do you combine interviews and survey data in market research?',
      'Tests mixing qualitative and quantitative evidence.',
      'I start with interviews to learn how people describe their problem and what they use today, because that tells me which questions to ask and in which words. Then a survey measures how common those problems and preferences are in a sample that matches the target market. Where the survey surprises me, I go back to a few interviews to understand why, before I report the result.',
    ),
    q(
      'senior',
      'How do you make market research change a decision rather than sit in a report?',
      'Checks outcome-oriented research practice.',
      'I agree the decision and the options with the people who will make it before I start, and design the research to tell those options apart. Findings are short, led by the answer and the confidence we have in it, with the evidence behind them available for anyone who wants to check. I follow up after the decision to see whether the market behaved as the research said, and adjust our methods when it did not.',
    ),
  ],
  'Product Owner': [
    q(
      'junior',
      'What does a product owner do in a Scrum team?',
      'Checks understanding of the product owner role.',
      "The product owner decides what the team builds next and why: they keep the backlog ordered by value, explain each item and its acceptance criteria, and accept the work when it is done. They are the team's single voice for the needs of users and stakeholders, available to answer questions during the sprint. I see the role as making the best use of the team's time, not as writing tickets.",
    ),
    q(
      'mid',
      'A stakeholder asks you to add an urgent item in the middle of a sprint. What do you do?',
      'Tests protecting focus while staying responsive.',
      'I first find out how urgent it really is and what it costs to wait until the next sprint. If it truly cannot wait, I discuss it with the team and take out work of similar size so the sprint goal still holds, and I explain that trade-off to the stakeholder. If it can wait, I put it at the top of the backlog and tell the stakeholder when to expect it.',
    ),
    q(
      'senior',
      'How do you know whether what your team delivers is worth building?',
      'Checks outcome-focused product ownership.',
      'I tie each larger piece of work to an outcome we can measure, such as activation, task completion or fewer support requests, and decide the target before we build. After release I look at the numbers and talk to users, and I am willing to change or remove features that do not move the outcome. I share those results with stakeholders, so our plans are judged by outcomes rather than by the number of features shipped.',
    ),
  ],
  'Knowledge Management': [
    q(
      'junior',
      'How do you make sure what you learn on a task is not lost?',
      'Checks habits of capturing knowledge.',
      'I write it down where the team will look for it, such as the team wiki or the ticket, in a short form: the problem, what worked and a link to the details. I use the page names and tags people would search for, and I update an existing page rather than start a new one. When someone asks me the same question twice, I write the answer down and send the link.',
    ),
    q(
      'mid',
      "A team's wiki is full of outdated pages and people have stopped using it. What do you do?",
      'Tests reviving a knowledge base.',
      'I find out what people actually look for, from search logs and by asking, and make sure those answers are correct and easy to find first. Outdated pages get an owner to update them or are archived, and each important page shows its owner and when it was last checked. I build the habit into the work, for example by linking the wiki page when a ticket is closed, so it stays current.',
    ),
    q(
      'senior',
      'How would you help knowledge flow across teams in an organisation?',
      'Checks organisation-wide knowledge sharing.',
      'I combine a few places to write things down, with clear ownership and a simple structure, with ways for people to meet, such as communities of practice, short demos and mentoring across teams. I make sharing part of how work is recognised, not an extra task. I measure it by how quickly new people become productive and by how often the same questions reach the same experts.',
    ),
  ],
  'Content Management Systems': [
    q(
      'junior',
      'How would you add and publish a page in a content management system?',
      'Checks hands-on CMS use.',
      'I create the page from the right template, add the content in the structured fields rather than pasting formatted text, and fill in the title, the address, the summary and the alternative text for images. I preview it on a phone and a desktop and check the links. Then I publish it, or send it for review if the site has an approval step, and check the live page once more.',
    ),
    q(
      'mid',
      'How would you structure content in a CMS so it can be reused across pages and channels?',
      'Tests structured content modelling.',
      'I model content as types with fields, such as an event with a title, date, place and description, instead of free-form pages, so the same item can appear in a list, a page and a newsletter. Shared pieces such as contact details live in one place and are referenced, not copied. I agree the content types with editors, because the model only works if they find it natural to fill in.',
    ),
    q(
      'senior',
      'How would you choose a CMS for an organisation?',
      'Checks structured selection of a CMS.',
      'I start from the needs of the editors and the readers: how many people publish, which workflows and languages they need, which channels the content goes to and what must be integrated. I compare a few options, including a headless CMS, on those needs, on total cost and on the skills the organisation has to run it. A short pilot with real editors and real content usually decides it better than a feature list.',
    ),
  ],
  'Customer Experience': [
    q(
      'junior',
      'How do you find out how customers experience a service?',
      'Checks listening to customers.',
      'I look at what customers tell us and what they do: support tickets, reviews and survey comments, and behaviour data such as where they drop out of a process. I also talk to a few customers or listen in on support calls, because numbers show where the problem is but not why. I write down the main pain points with examples, so the team can see them.',
    ),
    q(
      'mid',
      'How would you improve a customer journey that has many complaints?',
      'Tests journey mapping and improvement.',
      "I map the journey step by step with the teams involved, from the customer's first contact to the end, marking where complaints, delays and hand-overs happen. I pick the one or two steps that cause the most pain and fix them, often by removing a step or making a hand-over clearer, and measure complaints and completion before and after. Then I move to the next step on the map.",
    ),
    q(
      'senior',
      'How do you get a whole organisation to care about customer experience?',
      'Checks leading customer-centric change.',
      'I make the customer visible to everyone: a few clear measures such as satisfaction and effort reviewed by leadership, real customer stories in regular meetings, and time for staff to listen to customers directly. Each part of the journey has an owner across departments, so problems between teams are not left to support. I tie improvements to results the business cares about, such as retention, so the work keeps its priority.',
    ),
  ],
  'Graphic Design': [
    q(
      'junior',
      'In graphic design, how do you prepare a file for print differently from a file for screen?',
      'Checks practical production knowledge.',
      "For print I work in CMYK or with the printer's colour profile, use images at about 300 ppi at final size, add bleed, usually 3 mm, and keep important content inside the safe area. I export a press-ready PDF such as PDF/X-1a or PDF/X-4, with fonts embedded and any Pantone spot colours defined. For screen I work in sRGB at the required pixel dimensions, export PNG, JPG or SVG, and keep file sizes small.",
    ),
    q(
      'mid',
      'How do you create visual hierarchy in a graphic design layout such as a poster or landing page?',
      'Tests layout and typographic judgement.',
      'I decide what the viewer must notice first, second and third, then express that with size, weight, colour contrast and position, keeping one clear focal point. A grid keeps alignment consistent, and white space groups related elements by proximity, so the layout feels organised rather than crowded. I usually limit myself to two typefaces and a small type scale, and I test the hierarchy with a squint test or by viewing the design at thumbnail size.',
    ),
    q(
      'senior',
      'How do you handle graphic design feedback from several stakeholders that conflicts or goes against the brief?',
      'Looks for stakeholder management and design leadership.',
      'I bring the discussion back to the agreed brief and its objectives, so we debate whether a design meets the goal rather than personal taste. I ask what problem a requested change is meant to solve, because the underlying concern is often valid even when the suggested fix is not, and I offer one or two alternatives that address it. I agree in advance who has final sign-off and how many rounds of revision are included, and I record decisions so feedback does not go round in circles.',
    ),
  ],
  Editing: [
    q(
      'junior',
      'In editing for publication, what is the difference between copy-editing and proofreading?',
      'Checks understanding of the editorial stages.',
      "Copy-editing happens on the manuscript before layout: I correct grammar, spelling and punctuation, apply house style or a guide such as New Hart's Rules or the Chicago Manual of Style, check consistency and flag factual or legal queries for the author. Proofreading happens on the typeset proofs and is a final check for errors introduced or missed, such as typos, bad line or page breaks, running heads and cross-references. At proof stage I keep changes to a minimum, because corrections are expensive then and can reflow the pages.",
    ),
    q(
      'mid',
      "When editing a long non-fiction manuscript, how do you carry out a structural edit without losing the author's voice?",
      'Tests developmental editing method and author relations.',
      'I read the whole manuscript once without marking it, then write a reverse outline of each chapter to see where the argument repeats, jumps or sags. I send the author an editorial letter that sets out the main structural issues, such as moving a chapter or cutting a digression, and why, before any line editing starts. In the text I use tracked changes and comments that suggest rather than rewrite, and I keep a style sheet so decisions on spelling, terms and capitalisation stay consistent.',
    ),
    q(
      'senior',
      'As a managing editor, how do you set up editing standards so a publication stays consistent and accurate across many writers?',
      'Looks for process design and quality leadership in editing.',
      'I write a house style guide that builds on an established one, such as the Guardian and Observer style guide or Chicago, records only our own exceptions, and lives in one shared, searchable place. Each piece goes through defined stages of structural edit, copy-edit, fact-check and proofread, with checklists and clear sign-off, and legally risky content gets a defamation or rights review. I track recurring errors and published corrections and use them to update the guide and train writers, so the same problems stop reaching the editing desk.',
    ),
  ],
  Branding: [
    q(
      'junior',
      'What does a brand guidelines document usually contain, and why does branding need one?',
      'Checks understanding of brand consistency tools.',
      'I would expect it to cover the logo with its clear space, minimum size and examples of misuse, the colour palette with Pantone, CMYK, RGB and hex values, typography, imagery style and tone of voice. Branding needs it because many people and agencies produce material, and consistent use is what makes a brand recognisable and trusted. Good guidelines also include templates and real examples, because people follow examples more readily than rules.',
    ),
    q(
      'mid',
      'How would you run a branding project for a company that wants to refresh its identity?',
      'Tests a structured approach from strategy to rollout.',
      'I begin with discovery: stakeholder interviews, customer research, a competitor review and an audit of current brand touchpoints to see what works and which brand equity must be kept. From that I write a brand strategy covering positioning, audience, personality and values, and get it signed off before any visual work starts, so design decisions can be judged against it. I then develop and test a few creative routes, refine one into a system with guidelines, and plan the rollout by touchpoint and priority rather than changing everything on one day.',
    ),
    q(
      'senior',
      'How do you measure whether branding work is paying off for the business?',
      'Looks for evidence-based judgement about brand value.',
      'I agree objectives and a baseline before the branding work launches, because a refresh without a baseline cannot be evaluated. I track brand health through regular surveys of awareness, consideration and preference, alongside behavioural measures such as branded search volume, direct traffic, price premium and conversion. Brand effects are slow and mixed up with other activity, so I look at trends over quarters, use marketing mix modelling or regional tests where the budget allows, and say honestly when the evidence is weak.',
    ),
  ],
  'Technical Writing': [
    q(
      'junior',
      'In technical writing, how do you write a clear step-by-step procedure?',
      'Checks fundamentals of procedural writing.',
      "I state the goal and any prerequisites first, then write one action per numbered step in the imperative mood, with the expected result where the reader needs to check it. I put the condition before the action, for example 'If the light is red, restart the device', and I use exactly the same term for an interface element every time. I test the procedure myself or with a new user, and I follow a style guide such as the Microsoft Writing Style Guide or the Google developer documentation style guide.",
    ),
    q(
      'mid',
      'How do you gather information for technical writing from engineers who have little time for you?',
      'Tests working with subject-matter experts.',
      'I prepare before asking: I read the design documents, tickets and code changes, try the feature myself in a test environment, and bring specific questions rather than asking someone to explain everything. I use short scheduled interviews, record them with permission, and send drafts for review with targeted questions in comments so reviewers know exactly what to check. I also push for documentation to be part of the definition of done, so the technical writing is planned into the sprint rather than chased at the end.',
    ),
    q(
      'senior',
      'How would you set up a docs-as-code workflow for a technical writing team, and what trade-offs does it bring?',
      'Looks for tooling judgement and team-level thinking.',
      'I would keep the documentation in Git next to the code, written in Markdown or reStructuredText and built with a static site generator such as Sphinx, MkDocs or Docusaurus, with pull requests for review. In CI I add a build on every change, link checking and a prose linter such as Vale to enforce our style rules, and I publish versioned docs that match product releases, with API references generated from OpenAPI specifications. The trade-off is that non-technical contributors find Git harder, so I provide templates, a simple web-based editing path and training.',
    ),
  ],
  'Mobile Development': [
    q(
      'junior',
      'In mobile development, how do you handle a user losing network connection while using the app?',
      'Checks awareness of offline behaviour and unreliable networks.',
      'I design for offline from the start: I cache data locally, for example in SQLite, Room or Core Data, so the app can show the last known content, and I tell the user clearly that they are offline instead of showing an endless spinner. Actions taken offline go into a queue that is retried with backoff when connectivity returns, and I make requests idempotent so retries do not create duplicates. I test with airplane mode and network link conditioners that simulate slow and flaky connections, not just no connection.',
    ),
    q(
      'mid',
      'How do you choose between native and a cross-platform framework such as Flutter or React Native for a mobile development project?',
      'Tests technology trade-off reasoning.',
      "I look at the product first: heavy use of platform features, complex animation or performance-critical work such as camera processing push me towards native Swift and Kotlin, while content and form-based apps benefit from one shared codebase. I also weigh the team's skills, how soon both platforms must ship, and long-term maintenance, including how quickly the framework follows new iOS and Android releases. Often I prototype the riskiest screen in the candidate framework before deciding, bearing in mind that native modules can still fill gaps.",
    ),
    q(
      'senior',
      'How do you release mobile apps safely at scale in mobile development, given that you cannot simply roll back an app store release?',
      'Looks for release engineering and risk management at scale.',
      'I ship new features behind feature flags with remote configuration, so a faulty feature can be switched off without a new build, and I use phased release in App Store Connect and staged rollout in Google Play, starting with a small percentage of users. I watch crash-free sessions in Crashlytics or Sentry, performance and key business events before widening the rollout, and halt it if agreed thresholds are breached. Because old versions stay in use for months, I keep the API backward compatible, maintain a minimum supported version with a forced-update mechanism, and automate builds and signing with a tool such as fastlane.',
    ),
  ],
  UML: [
    q(
      'junior',
      'In a UML class diagram, how do association, aggregation, composition and generalisation differ?',
      'Checks knowledge of the basic relationships in UML class diagrams.',
      "An association is a plain line meaning two classes are related, such as a Customer placing Orders, with multiplicities like 1 and 0..* at each end. Aggregation, a hollow diamond, is a whole-part relationship where the part can exist on its own, such as a Team and its Players. Composition, a filled diamond, means the whole owns the part's lifecycle, so deleting an Order deletes its OrderLines. Generalisation is a line with a hollow triangle pointing to the parent class, meaning inheritance, such as SavingsAccount being a kind of Account, and I use these UML symbols consistently so readers do not have to guess.",
    ),
    q(
      'mid',
      'When would you draw a UML sequence diagram rather than an activity diagram, and how would you model an online checkout with it?',
      'Tests choosing the right UML diagram for the problem.',
      'A sequence diagram shows how participants exchange messages over time, so I use it for interactions between services or objects, while an activity diagram shows a workflow with decisions, parallel branches and swimlanes, which suits business processes. For the checkout I would draw lifelines for the Customer, the Web App, the Order Service and the Payment Provider, with solid arrows for synchronous calls and dashed arrows for returns. An alt fragment shows the payment succeeding or failing, and an opt or loop fragment covers retries. I write these UML diagrams in PlantUML or Mermaid so they live next to the code and are reviewed in pull requests.',
    ),
    q(
      'senior',
      'How much UML should a software team produce, and how do you keep the diagrams useful instead of outdated?',
      'Looks for pragmatic judgement about modelling and documentation.',
      'I treat UML mainly as a sketch for communication, as Martin Fowler describes, rather than a complete blueprint, because exhaustive models go stale the moment the code changes. I draw diagrams where they save real discussion time: context and container views, often in the C4 model style, sequence diagrams for tricky interactions and state machine diagrams for entities with complex lifecycles such as orders or claims. Diagrams are kept as code in the repository with PlantUML or Mermaid, updated in the same pull request as the change, and class diagrams are generated from code when needed rather than maintained by hand. Anything nobody has looked at in a year gets deleted, and the important decisions go into architecture decision records rather than into ever bigger UML models.',
    ),
  ],
  'Plain Language': [
    q(
      'junior',
      'Which techniques do you use to rewrite an official letter so it meets Plain Language standards?',
      'Checks knowledge of the core plain language techniques.',
      'I put what the reader must do, and by when, at the top, then use short sentences, everyday words such as "buy" instead of "purchase", the active voice and "you" and "we". I break the text up with clear headings and lists, explain any term I cannot avoid and remove anything the reader does not need. I follow guidance such as ISO 24495-1 or the guidelines from plainlanguage.gov under the US Plain Writing Act of 2010. A readability score is only a rough check for me, so I test the letter with a few real readers to see whether they can find the deadline and know what to do, which is the real test of Plain Language.',
    ),
    q(
      'mid',
      'How would you rewrite patient information about a medicine in Plain Language without losing medical accuracy?',
      'Tests balancing clarity with accuracy in health communication.',
      'I agree the must-know facts with a clinician first: what the medicine is for, how and when to take it, which side effects are serious and what to do about them. I replace medical terms with everyday words, such as "high blood pressure" for hypertension, keeping the medical term in brackets where patients will meet it elsewhere. I state risks as numbers people can picture, such as "about 1 in 100 people", rather than only "uncommon". The clinician then checks the draft for accuracy, and I test it with patients, as EU law requires user testing of package leaflets, so the Plain Language version is both correct and understood.',
    ),
    q(
      'senior',
      'How would you introduce Plain Language across a legal or public body where staff believe formal wording is safer?',
      'Looks for change leadership and evidence-based persuasion.',
      "I take the belief seriously and answer it with evidence: Joseph Kimble's research and many government case studies show that plain documents are understood better, produce fewer errors and calls and are no less precise in law. I then run a pilot on a few high-volume documents, such as letters that generate most phone calls, and measure calls, complaints and completion rates before and after. Lawyers review the rewrites from the start, so accuracy is protected and they become co-owners rather than blockers. With results in hand I roll out a style guide, templates and short training, and build Plain Language checks into the sign-off process, so it becomes the normal way of working rather than a one-off project.",
    ),
  ],
  OKRs: [
    q(
      'junior',
      'In OKRs, what is the difference between an objective and a key result, and what does a good pair look like?',
      'Checks understanding of how OKRs are structured.',
      'The objective is a short, qualitative statement of direction, such as "Make onboarding effortless for new customers", and the key results are two to five measurable outcomes that show whether I got there. Good key results would be "Raise 7-day activation from 40% to 60%" and "Cut median time to first report from three days to one". Tasks such as "launch a new tutorial" are initiatives, not key results, because they can be completed without changing anything for customers. When I write OKRs I check that each key result has a baseline, a target and a clear data source.',
    ),
    q(
      'mid',
      'How do you track and score OKRs during a quarter, and what do you do when a key result is clearly off track?',
      'Tests practical use of OKRs as a management tool rather than a form.',
      'I review OKRs in short weekly check-ins with a confidence rating for each key result, hold a mid-quarter review and score them at the end from 0.0 to 1.0, where around 0.7 counts as success for an aspirational OKR and committed ones are expected to reach 1.0. When a key result is off track, I first work out why: the initiatives are not moving the metric, the metric was the wrong measure, or the target was unrealistic. Usually I change the initiatives rather than the key result, and if the key result itself was wrong, I change it openly and record why. The lessons go into planning the next cycle, so the OKRs get better each quarter.',
    ),
    q(
      'senior',
      'You are introducing OKRs across a 300-person organisation. How do you stop them becoming a box-ticking exercise or a tool for performance reviews?',
      'Looks for judgement on organisational rollout and the common failure modes of OKRs.',
      'I start with a few company-level OKRs set by leadership and pilot with a handful of teams for one or two cycles before rolling out widely, with trained OKR champions to coach teams. I keep them few, about three objectives per team, and let a good share come from the teams themselves, so they are aligned rather than cascaded mechanically, and I make all OKRs visible to everyone. I keep OKRs separate from compensation and performance ratings, as John Doerr and Google recommend, because otherwise people set safe targets. Business-as-usual health metrics stay as KPIs rather than cluttering the OKRs, and a retrospective after each cycle lets us adjust the process instead of defending it.',
    ),
  ],
  'Go-to-Market': [
    q(
      'junior',
      'What are the main parts of a Go-to-Market plan for a new product?',
      'Checks knowledge of what a launch plan must cover.',
      'A Go-to-Market plan starts with the target segment and ideal customer profile, the problem they have and the positioning that says why our product is the better choice for them. It then sets pricing and packaging, the channels we sell through, such as self-serve, a direct sales team or partners, and the key messages for each audience. It includes sales and support enablement, the launch activities and timeline with owners, and the metrics I would track, such as pipeline, conversion rates, customer acquisition cost and early retention. I also write down the main assumptions so we can check them after launch.',
    ),
    q(
      'mid',
      'How do you choose between a product-led and a sales-led Go-to-Market motion for a B2B software product?',
      'Tests matching the sales motion to the product and buyer.',
      'A product-led motion works when users can reach value on their own within minutes or days, the entry price is low and adoption spreads bottom-up, as it did for Slack and Figma, so a free tier or trial does the selling. A sales-led motion fits large annual contract values, several decision makers, security reviews and integration work, where account executives and solution engineers earn their cost. I look at contract value against customer acquisition cost, time to value and whether the user is also the buyer. Many companies end up with a hybrid, product-led sales, where usage signals flag product-qualified leads for the sales team, and I would design the Go-to-Market metrics around that handoff.',
    ),
    q(
      'senior',
      'A Go-to-Market launch into a new country has missed its pipeline targets for two quarters. How do you diagnose the problem and decide what to change?',
      'Looks for structured diagnosis and decisive leadership under ambiguity.',
      'I break the funnel down stage by stage, from leads and meetings to opportunities, win rate, deal size and sales cycle, and compare each stage with the home market to find where it breaks. I then talk to lost prospects, local partners and the sales team, and read win-loss notes, to separate a fit problem, such as weak positioning against local competitors, missing localisation or data residency rules, from an execution problem, such as slow hiring and ramp-up. Based on that I would narrow the focus to the one segment or channel with the best traction, adjust pricing or packaging if needed, and set leading indicators for a time-boxed plan. If those indicators do not move, I recommend scaling back the Go-to-Market investment rather than spending more on hope.',
    ),
  ],
  'Competitive Analysis': [
    q(
      'junior',
      'Which sources would you use for a competitive analysis of a rival software product, and how would you organise the findings?',
      'Checks resourcefulness and a structured way of collecting competitor evidence.',
      "I would use the competitor's website, pricing page, documentation, release notes and a free trial to see the product first-hand, review sites such as G2, Capterra and app store reviews for what customers praise and complain about, and job postings for hints about where they are investing. Our own sales and support teams add what prospects say in deals. I organise it in a comparison matrix of features, pricing, target segments and positioning, with a source link and date for every entry. That keeps the competitive analysis based on evidence and easy to update rather than on opinions.",
    ),
    q(
      'mid',
      'How would you turn a competitive analysis into battlecards that the sales team actually uses?',
      'Tests making competitive insight practical for other teams.',
      "I start by asking sales where they meet each competitor and which objections they hear, and I check win-loss data to see when we win and lose. Each battlecard fits on one page: the competitor's real strengths, our differentiators stated as customer outcomes, questions that expose their weak spots, short answers to common objections and proof points such as case studies. I publish the cards where sellers already work, in the CRM or a tool such as Klue, Crayon or Highspot, with an owner and a monthly refresh. I measure usage and win rates against each competitor, so the competitive analysis keeps improving from real deals.",
    ),
    q(
      'senior',
      'How do you stop competitive analysis from turning the product roadmap into a race to match every competitor feature?',
      'Looks for strategic judgement about differentiation versus parity.',
      "I frame competition through the jobs customers are hiring a product for, which includes alternatives such as spreadsheets, agencies or doing nothing, not just the named rivals. I separate table stakes, the parity features needed to be considered at all, from differentiators, and I use win-loss analysis to check which gaps actually lose deals rather than reacting to the loudest anecdote. Our positioning, worked out with a method such as April Dunford's, decides where we deliberately choose to be different and where good enough is fine. The competitive analysis then informs the strategy, but it does not write the roadmap.",
    ),
  ],
  'Interaction Design': [
    q(
      'junior',
      'In interaction design, what are signifiers and feedback, and how do they show up in a simple sign-up form?',
      'Checks knowledge of core interaction design principles.',
      "Signifiers, in Don Norman's terms, show people what actions are possible: a button that looks pressable, a text field with a visible border and a label that says what to type. Feedback confirms what happened after an action, such as a pressed state on the button, a spinner while the form submits, a message next to a field that is wrong and a clear confirmation when sign-up succeeds. Without feedback people click twice, submit duplicates or give up because they think nothing happened. In interaction design I check every action in the flow for both a clear signifier and an immediate response.",
    ),
    q(
      'mid',
      'How would you apply interaction design principles to error handling in a multi-step checkout?',
      'Tests practical error prevention and recovery design.',
      'I prevent errors first, with sensible defaults, autocomplete attributes, accepting card numbers with or without spaces and constraining inputs such as dates, rather than rejecting what people naturally type. I validate on submit, or at most when the user leaves a field, never on every keystroke, and I show messages next to the field that say what is wrong and how to fix it in plain words. On submit I add an error summary at the top linking to each field, as the GOV.UK Design System does, and move focus to it so screen reader users hear it. Data already entered is kept when people go back a step, and destructive actions such as removing an item offer undo, because good interaction design makes recovery cheap.',
    ),
    q(
      'senior',
      'How do you decide how much motion and micro-interaction to use in a product, and how do you keep interaction design consistent across many teams?',
      'Looks for principled decisions about motion and scaling interaction patterns.',
      'I only use motion when it has a job: showing where something came from or went, confirming an action or drawing attention to a change, and never as decoration that slows people down. Most transitions stay between about 100 and 300 milliseconds with standard easing curves, animate transform and opacity so they stay smooth, and respect the prefers-reduced-motion setting, in line with WCAG 2.3.3 Animation from Interactions. To keep it consistent, I define motion tokens for durations and easing, plus documented interaction patterns built into shared code components in the design system, much as Material Design does. Teams then get good interaction design by default, and I review new patterns in a regular design critique rather than policing every screen.',
    ),
  ],
  'Content Design': [
    q(
      'junior',
      'In content design, what is a user need, and how do you write one before creating a page?',
      'Checks understanding of starting content from user needs.',
      'A user need describes what someone is trying to do, and in the GOV.UK format I write it as "As a [type of user], I need to [do something], so that [I can achieve a goal]". I base it on evidence such as search data, call centre contacts, feedback and user research, not on what the organisation wants to say. Before writing I check that the need is not already met by another page, and the need then decides what goes on the page and what stays out. If I cannot find a real user need, good content design means not publishing the page at all.',
    ),
    q(
      'mid',
      'In content design, how do you use search data, analytics and feedback to improve an existing page?',
      'Tests evidence-driven iteration on content.',
      'I look at internal site search terms and Google Search Console queries to learn the words people actually use, page analytics for where they arrive from and exit, and feedback comments and call centre reasons for what they still cannot find. Often the gap is language, such as users searching for "renew" while the page talks about "reapplying", or the key answer being buried halfway down. I rewrite the page in the users\' words, front-load the answer, restructure it with clear headings and, if possible, test it with a few users. Afterwards I compare the same measures, such as searches from the page and related calls, to check that the content design change worked.',
    ),
    q(
      'senior',
      'How do you get subject matter experts and legal teams to accept content design changes that they see as oversimplifying?',
      'Looks for stakeholder management and content governance at scale.',
      'I agree roles early: experts are responsible for accuracy, and the content designer is responsible for making it clear and usable for the audience. I work with them in pair writing sessions, so they see the content take shape and can correct facts on the spot instead of rewriting it later. When we disagree, I bring evidence, such as usability test clips of people misreading the original wording, rather than arguing about style. I back this with governance: a style guide, a second-pair-of-eyes review like the GOV.UK 2i process and review dates for every page, so content design standards do not depend on winning each argument.',
    ),
  ],
  'Motion Design': [
    q(
      'junior',
      'Which animation principles do you use most in motion design, and how do you apply easing in practice?',
      'Checks grasp of fundamental animation principles and timing.',
      "I rely most on timing and spacing, easing, anticipation, follow-through and overlapping action, which come from Disney's twelve principles, because they make movement feel as if it has weight. Linear movement looks mechanical, so in After Effects I apply easy ease to keyframes and then shape the speed curves in the graph editor so movements start and stop gently rather than at full speed. Elements entering the screen usually decelerate into place, elements leaving accelerate away, and secondary elements lag slightly behind the main one so the motion feels connected rather than everything moving at once.",
    ),
    q(
      'mid',
      'How do you hand over a UI animation to developers so that it ships as you designed it?',
      'Tests practical design-to-development handoff for motion.',
      'For simple transitions I give a spec with duration, delay, the properties that change and the easing as cubic-bezier values, and I prefer named tokens from our motion guidelines so developers do not have to guess. For richer vector animations such as illustrations or loading states I export to Lottie with the Bodymovin plugin or build them in Rive, sticking to supported features, since many After Effects effects, expressions and raster layers do not export well, and I check file size and test on real devices. I also provide a reduced-motion alternative for users who have the prefers-reduced-motion setting turned on. Finally I review the build side by side with my prototype, because in motion design small differences in timing change how a piece feels.',
    ),
    q(
      'senior',
      'You are leading motion design for a campaign that needs dozens of animated assets for TV, social and digital screens on a tight deadline. How do you plan the production?',
      'Looks for leadership of motion design production at scale.',
      'I lock the creative early with storyboards, style frames and an animatic, getting sign-off at each stage, so changes happen before expensive animation and rendering rather than after. I then build a master version with modular, well-organised After Effects projects and templates with Essential Graphics controls, so versions in 16:9, 9:16 and 1:1, different lengths and languages can be produced quickly by the team, and I agree a review process with a limited number of rounds. I plan delivery specifications from the start, including frame rates, codecs, safe areas, captions and loudness standards such as EBU R128, plus clearance through Clearcast for UK TV adverts. I track every deliverable in a shared schedule with an owner and keep render capacity free for the final days, because late changes always cluster there.',
    ),
  ],
  'Print Design': [
    q(
      'junior',
      'How do you set up a long print document such as a brochure in InDesign so that it stays consistent and easy to edit?',
      'Checks basic print layout practice.',
      'I start with the correct trim size, margins and bleed in the document setup, then build parent pages, formerly called master pages, with the grid, folios and any repeating elements. All text uses paragraph and character styles, aligned to a baseline grid where it suits the design, so changing a style updates the whole document and the type lines up across columns. I place images as linked files rather than pasting them in, and fix widows, orphans and awkward breaks at the end. I also check that the page count suits the binding, for example a multiple of four for a saddle-stitched brochure.',
    ),
    q(
      'mid',
      'What do you check in preflight before sending print design files to a commercial printer?',
      'Tests practical press-readiness checks.',
      "I run the InDesign Preflight panel with the printer's profile, then check that all images are linked, converted or correctly managed for CMYK output, and at enough effective resolution at their printed size. I make sure small black text is 100% black only and overprints, so slight misregistration does not leave coloured fringes, while large black areas use a rich black within the printer's total ink limit, often around 300% for coated stock and lower for uncoated. I confirm that the output intent matches the paper and press, such as a FOGRA profile in Europe or GRACoL in the US, that spot colours are intentional and consistently named, and that fonts are embedded. Finally I ask for a hard proof on colour-critical work rather than trusting my screen.",
    ),
    q(
      'senior',
      'How do you choose between digital and offset printing, and keep quality consistent across a large print campaign with several suppliers?',
      'Looks for print production judgement and supplier management.',
      'I choose digital for short runs, quick turnaround and variable data such as personalised mailings, and offset lithography for long runs, where the set-up cost of plates spreads out and the unit cost falls, or when I need exact Pantone spot colours on particular stocks. The crossover point depends on format and paper, so I get quotes for both on real quantities rather than assuming. For consistency across suppliers I specify the paper, the colour standard such as ISO 12647 printing conditions and the output profile, supply the same PDF/X files, ask for contract proofs and attend press checks on the most important jobs, approving against a signed-off master. I also agree delivery dates, overs and unders, and sustainability requirements such as FSC-certified paper in writing, and keep notes on what worked with each printer for the next campaign.',
    ),
  ],
  Illustration: [
    q(
      'junior',
      'When would you create an illustration as a vector and when as a raster image?',
      'Checks fundamentals of illustration formats and tools.',
      'I use vector tools such as Adobe Illustrator or Affinity Designer for flat, graphic illustration, icons and spot illustrations for products, because they scale to any size without losing quality and are easy to recolour or export as SVG. I use raster tools such as Procreate or Photoshop when I want painterly textures, brushes and subtle blending, and then I work at the final size at a suitable resolution, around 300 ppi for print. For example, a hero illustration that must appear both on a website and on a billboard is safer in vector, while an editorial painting for a magazine suits raster. I agree the format and delivery files with the client before I start so the artwork fits its use.',
    ),
    q(
      'mid',
      'Take me through your illustration process for a commissioned editorial or product piece, from brief to final artwork.',
      'Tests a structured working process and handling of client feedback.',
      'I start by making sure I understand the brief: the message, the audience, where and at what size it will appear, the deadline and the usage the client needs. I then research and draw several quick thumbnails with different ideas, develop two or three into roughs, and ask for one round of consolidated feedback before moving on. Once a rough is approved I develop the colour and final line work, often sharing a colour sketch first so big changes do not come at the end. The number of revision rounds, the fee and the licence are agreed in writing at the start, so extra changes can be discussed fairly if the brief shifts.',
    ),
    q(
      'senior',
      'You lead illustration for a brand whose work comes from several in-house and freelance illustrators. How do you keep the style consistent and manage rights?',
      'Looks for leadership of an illustration system and licensing.',
      'I define the illustration style in a guide covering principles, colour palette, line weight, texture, perspective, character proportions and representation, with good and bad examples, because people copy examples more readily than they follow rules. I provide templates, brushes and a library of reusable elements, and review work at the rough stage so drift is caught early rather than at final artwork. For rights, every freelance contract states whether copyright is assigned or licensed and, if licensed, the media, territory, duration and exclusivity, since in the UK a freelance illustrator owns the copyright unless it is assigned in writing. I also set a clear policy on AI-generated imagery, including whether freelancers may use it, and keep a central register of assets and their licences.',
    ),
  ],
  'Style Guides': [
    q(
      'junior',
      'What kinds of decisions does an editorial style guide record, and how do you use one when you write?',
      'Checks understanding of the purpose and content of editorial style guides.',
      'An editorial style guide records choices that dictionaries and grammar rules leave open, such as British or American spelling, -ise or -ize, sentence case for headings, whether to use the serial comma, how to write numbers, dates and times, abbreviations and product names, and the tone of voice. It often builds on a published guide such as the Guardian and Observer style guide or the Chicago Manual of Style and records only the house exceptions. I keep it open while writing, search it whenever I hesitate over a word, and do a final pass against its checklist, because consistency is what makes content look trustworthy.',
    ),
    q(
      'mid',
      'How do you make a code style guide enforce itself instead of relying on reviewers to spot formatting problems?',
      'Tests practical automation of code style rules.',
      'I adopt an established guide, such as PEP 8 or the Google style guide for the language, and encode it in tools: an auto-formatter such as Black, Prettier or gofmt for layout, and a linter such as Ruff or ESLint for the rules a formatter cannot fix. The configuration lives in the repository, alongside an .editorconfig, so every editor and every developer formats the same way. I run the tools in pre-commit hooks for quick feedback and in CI as a required check, so reviews can focus on design and behaviour rather than spaces and quotes. When introducing a formatter to existing code, I reformat in one commit and add it to .git-blame-ignore-revs so git blame stays useful.',
    ),
    q(
      'senior',
      'How would you keep a style guide alive and followed as an organisation grows and its products and language change?',
      'Looks for governance, ownership and change management of style guides.',
      'I would give the style guide a named owner and a small group of contributors from different teams, with a simple public process for proposing changes and a change log that records each decision and the reason behind it, so people can see it is maintained rather than imposed. Wherever possible I would enforce rules with tools, such as Vale for prose in documentation and linters for code, because automated checks scale better than reminders. I would review it on a regular schedule, for example when products are renamed or when we adopt more inclusive terms such as allowlist instead of whitelist, and watch searches and questions about it to find gaps. I would also remove rules nobody needs, because a short guide people actually read is worth more than a complete one they ignore.',
    ),
  ],
  'Product Lifecycle Management': [
    q(
      'junior',
      "What are the stages of the product lifecycle, and how does a product team's focus change across them?",
      'Checks understanding of the product lifecycle stages.',
      'The classic stages are introduction, growth, maturity and decline, often with a development stage before launch. In introduction I focus on finding product-market fit and early adopters, while in growth the focus moves to scaling, onboarding and adding the features that win the wider market. In maturity growth slows, so I focus on retention, efficiency, pricing and defending against competitors, and in decline I decide whether to renew the product, keep it running cheaply or retire it. Knowing the stage helps me pick the right metrics, since chasing acquisition on a mature product or margin on a new one usually leads to poor decisions.',
    ),
    q(
      'mid',
      'How does an engineering change process work in a Product Lifecycle Management system such as Windchill or Teamcenter?',
      'Tests practical knowledge of change control on product data.',
      'A change usually starts as an engineering change request, or problem report, describing the issue and the parts affected, which a change board reviews for cost, risk and impact on stock, suppliers, tooling and certification. If it is approved, an engineering change order or change notice lists the exact parts, drawings and bills of materials to revise, and the PLM system creates new revisions that move through lifecycle states such as In Work, Under Review and Released. Effectivity, by date or serial number, controls when manufacturing starts using the new revision, and the released data is passed to the ERP. I find the main value is traceability: I can see why every part changed, who approved it and which products contain it.',
    ),
    q(
      'senior',
      'How would you plan the end-of-life of a hardware product, from the decision to retire it to supporting the last customers?',
      'Looks for cross-functional judgement on product retirement.',
      'I would make the decision on evidence: declining sales and margin, rising support cost, components going obsolete and whether a successor product meets the same customer needs. Then I would agree a timeline with sales, support, supply chain and major customers, announcing end-of-sale and a last-time-buy date well in advance so customers and our own planners can order final stock and spares. In the Product Lifecycle Management system I would move the parts and assemblies to an obsolete or end-of-life state so they cannot be used in new designs, while keeping the full design history for service, warranty claims and regulatory retention. I would also set a clear end-of-support date, a migration path to the successor, and a plan for recycling or take-back where regulations such as WEEE apply.',
    ),
  ],
};
