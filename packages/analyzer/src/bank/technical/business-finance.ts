import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for analytics tools, finance, business and marketing, keyed by canonical name. */
export const BUSINESS_FINANCE_QUESTIONS: Record<string, BankQuestion[]> = {
  Excel: [
    q(
      'junior',
      'What is the difference between VLOOKUP and XLOOKUP or INDEX/MATCH in Excel?',
      'Checks everyday spreadsheet skills.',
      'VLOOKUP searches only the first column of a range and returns a column by number, so inserting a column can break it, and it defaults to approximate match unless you pass FALSE. INDEX/MATCH and the newer XLOOKUP look up in any column, return from any other and default to exact match. XLOOKUP also handles not-found values and searching from the end directly.',
    ),
    q(
      'mid',
      'How would you use PivotTables to analyse a large sales dataset in Excel?',
      'Tests practical analysis skills.',
      'I first convert the data to an Excel table so new rows are included, then build a PivotTable with regions and products as rows, months as columns and sum of revenue as values. Slicers and timelines make it interactive, and calculated fields or value settings show percentages of total or growth. For very large or multi-table data I load it through Power Query into the data model.',
    ),
    q(
      'senior',
      'How do you build an Excel model that others can trust and maintain?',
      'Looks for modelling discipline and error prevention.',
      'I separate inputs, calculations and outputs into clearly labelled sheets, with inputs in one colour and no hard-coded numbers inside formulas. Formulas are consistent across rows and columns, named ranges or tables make them readable, and check cells confirm that totals reconcile. Data validation on inputs, documented assumptions and version control of the file reduce errors when others edit it.',
    ),
  ],
  Tableau: [
    q(
      'junior',
      'What is the difference between dimensions and measures in Tableau?',
      'Checks basic Tableau concepts.',
      'Dimensions are qualitative fields such as region, product or date parts that slice the data, while measures are numeric fields such as sales or profit that get aggregated. Placing a dimension on a shelf increases the level of detail of the view, and measures are aggregated to that level. Blue pills are discrete and green pills continuous, which affects whether you get headers or axes.',
    ),
    q(
      'mid',
      'What are level of detail expressions in Tableau and when do you use them?',
      'Tests advanced calculation skills.',
      "LOD expressions compute aggregates at a level different from the view: FIXED at specified dimensions regardless of the view, INCLUDE adding a dimension, and EXCLUDE removing one. A typical use is computing each customer's first purchase date with `{FIXED [Customer]: MIN([Order Date])}` for cohort analysis. They replace many workarounds with table calculations.",
    ),
    q(
      'senior',
      'A Tableau dashboard is slow. How do you speed it up?',
      'Checks performance tuning experience.',
      'I use the performance recorder to see whether time goes to queries, calculations or rendering. Common fixes are using extracts with only the needed columns and aggregated rows, reducing the number of marks and quick filters, replacing complex row-level calculations with ones done in the data source, and using context filters wisely. Fewer sheets per dashboard and action filters instead of many filters also help.',
    ),
  ],
  'Power BI': [
    q(
      'junior',
      'What is the difference between Power Query and DAX in Power BI?',
      'Checks understanding of the Power BI toolchain.',
      'Power Query, using the M language, extracts and shapes data before it is loaded, such as cleaning columns, merging tables and unpivoting. DAX builds calculations on the loaded data model, such as measures and calculated columns that respond to filters in reports. As a rule, do data preparation in Power Query and analysis logic in DAX measures.',
    ),
    q(
      'mid',
      'What is filter context in DAX, and what does CALCULATE do?',
      'Tests core DAX knowledge.',
      'Filter context is the set of filters applied to a calculation by slicers, visuals and rows or columns of a table, so a measure like total sales returns a different value in each cell. CALCULATE evaluates an expression with a modified filter context, adding, replacing or removing filters, as in sales for the previous year or sales ignoring the region filter with ALL. Understanding context transition inside CALCULATE is key to correct measures.',
    ),
    q(
      'senior',
      'How do you design a Power BI data model for performance and correctness?',
      'Checks modelling best practice.',
      'I build a star schema with fact tables and dimension tables joined by single-direction one-to-many relationships, avoiding bidirectional filters unless really needed. A dedicated date table marked as such enables time intelligence. Removing unused columns, using appropriate data types and preferring measures over calculated columns keep the model small and fast, and row-level security is defined on dimensions.',
    ),
  ],
  Looker: [
    q(
      'mid',
      'What is LookML and why does Looker use a semantic layer?',
      'Checks understanding of Looker architecture.',
      "LookML is a modelling language where analysts define dimensions, measures, joins and explores on top of the warehouse once, and Looker generates SQL from users' selections. The semantic layer ensures everyone uses the same definition of metrics such as revenue or active user. It is version-controlled, so metric changes are reviewed like code.",
    ),
    q(
      'senior',
      'How do you keep a Looker instance fast and trustworthy as it grows?',
      'Tests governance and performance skills.',
      'I keep explores focused with well-defined joins and relationship types to avoid fan-out errors that inflate measures, and use persistent derived tables or aggregate awareness for expensive queries. Content validation and data tests in CI catch broken fields before they reach users. Clear ownership of models and curated folders of certified dashboards prevent sprawl.',
    ),
  ],
  'Google Analytics': [
    q(
      'junior',
      'How is Google Analytics 4 different from Universal Analytics?',
      'Checks up-to-date analytics knowledge.',
      'Google Analytics 4 uses an event-based data model where every interaction, including page views, is an event with parameters, instead of sessions and hit types. It is designed for web and app together, uses engagement metrics such as engaged sessions instead of bounce rate as the main measure, and relies more on modelling for consent gaps. Universal Analytics stopped processing data in 2023.',
    ),
    q(
      'mid',
      'How would you set up conversion tracking in Google Analytics for a signup funnel?',
      'Tests practical implementation skills.',
      'I define events for each funnel step, such as `sign_up_start` and `sign_up_complete`, implemented through Google Tag Manager or the data layer with consistent parameters, and mark the final one as a key event. A funnel exploration then shows drop-off between steps and can be segmented by channel or device. I verify everything in DebugView before relying on the data.',
    ),
  ],
  'Business Intelligence': [
    q(
      'mid',
      'How do you ensure a single source of truth for business metrics?',
      'Checks governance thinking in BI.',
      'I define key metrics once, with clear business definitions and owners, in a central layer such as dbt models or a semantic layer, and dashboards draw from that rather than from custom SQL each time. Certified datasets and dashboards are marked as trusted, and definitions are documented in a shared glossary. Reconciling with finance figures builds confidence.',
    ),
    q(
      'senior',
      'How do you decide what goes on an executive dashboard?',
      'Tests audience-focused design.',
      'I start from the decisions executives make and the few metrics that track company goals, usually fewer than ten, showing trends against targets rather than raw numbers. Each metric has a clear owner and definition, and drill-downs exist for those who need detail. Regular reviews with the audience remove metrics nobody uses.',
    ),
  ],
  'Business Analysis': [
    q(
      'mid',
      'How do you map and improve a business process?',
      'Checks core business analysis techniques.',
      'I document the current process with the people who perform it, using a flowchart or BPMN diagram with roles, steps, systems and hand-offs. I measure where time and errors occur, identify waste such as rework, waiting and manual re-entry, and analyse root causes. The future process is designed with stakeholders, and its benefits are estimated and measured after implementation.',
    ),
    q(
      'senior',
      'How do you build a business case for a project?',
      'Tests financial and strategic reasoning.',
      'A business case states the problem, the options including doing nothing, and for each the costs, benefits, risks and timeline. Benefits are quantified where possible, such as hours saved times cost or revenue uplift, and I show payback period, net present value or return on investment with the assumptions made explicit. A sensitivity analysis shows how the conclusion changes if key assumptions are wrong.',
    ),
  ],
  'Financial Modeling': [
    q(
      'mid',
      'How are the three financial statements linked in a financial model?',
      'Checks core modelling knowledge.',
      "Net income from the income statement flows into retained earnings on the balance sheet and starts the cash flow statement. Non-cash items such as depreciation are added back, and changes in working capital, capital expenditure and financing flows reconcile to the change in cash. The ending cash then feeds the balance sheet, which must balance as a check of the model's integrity.",
    ),
    q(
      'senior',
      'Walk me through a discounted cash flow valuation.',
      'Tests valuation skills.',
      'I project unlevered free cash flows for five to ten years from revenue, margins, taxes, capital expenditure and working capital. Those are discounted at the weighted average cost of capital, and a terminal value is added with a perpetuity growth rate or an exit multiple, which often dominates the result. Subtracting net debt gives equity value, and sensitivity tables on WACC and growth show how fragile the answer is.',
    ),
  ],
  'Financial Analysis': [
    q(
      'mid',
      "Which ratios do you use to assess a company's financial health?",
      'Checks analytical toolkit.',
      'For profitability I look at gross, operating and net margins and return on equity or invested capital. For liquidity, the current and quick ratios, and for leverage, debt to equity and interest coverage. Efficiency ratios such as inventory turnover and days sales outstanding complete the picture, compared over time and against peers rather than in isolation.',
    ),
    q(
      'senior',
      'Revenue grew 20% but cash declined. How would you explain it?',
      'Tests understanding of the difference between profit and cash.',
      'Growth often consumes cash: receivables rise when customers pay later, inventory builds ahead of sales, and capital expenditure increases to support capacity. I would examine the cash flow statement for changes in working capital and investment, and check for debt repayments or dividends. Declining margins or aggressive revenue recognition would be red flags to investigate.',
    ),
  ],
  Budgeting: [
    q(
      'mid',
      'How do you build and manage a departmental budget?',
      'Checks practical budgeting skills.',
      "I start from the department's goals and planned activities, then build costs bottom-up for headcount, tools and projects, checked against prior years and top-down targets. Once approved, I track actual spending monthly, explain variances and reforecast the remaining year. Owners for each line make accountability clear.",
    ),
    q(
      'senior',
      'What is the difference between zero-based and incremental budgeting?',
      'Tests knowledge of budgeting approaches and trade-offs.',
      "Incremental budgeting adjusts last year's budget up or down, which is quick but carries forward inefficiencies. Zero-based budgeting requires every expense to be justified from zero each cycle, which uncovers waste but takes much more effort. Many organisations apply zero-based reviews to selected cost areas periodically and incremental budgeting elsewhere.",
    ),
  ],
  Forecasting: [
    q(
      'mid',
      'How do you build a revenue forecast?',
      'Checks structured forecasting methods.',
      'I combine a driver-based model, such as pipeline times conversion rates or customers times average revenue, with historical trends and seasonality. Assumptions are explicit and owned by the relevant teams, and I produce base, upside and downside scenarios. The forecast is compared with actuals every month so the drivers can be recalibrated.',
    ),
    q(
      'senior',
      'How do you measure and improve forecast accuracy?',
      'Tests rigour in forecasting.',
      'I track error metrics such as mean absolute percentage error and bias over time, since consistent over- or under-forecasting reveals a systematic problem. Analysing which drivers caused the largest misses focuses improvement effort. Combining statistical methods with judgement from the field, and reducing the lag between actuals and forecast updates, usually improves accuracy.',
    ),
  ],
  Accounting: [
    q(
      'junior',
      'What is the difference between cash and accrual accounting?',
      'Checks basic accounting concepts.',
      'Cash accounting records revenue and expenses when money changes hands, while accrual accounting records them when they are earned or incurred, regardless of payment timing. Accrual gives a truer picture of performance in a period and is required for most companies under GAAP and IFRS. That is why profit and cash flow can differ significantly.',
    ),
    q(
      'mid',
      'Walk me through the month-end close process.',
      'Tests operational accounting knowledge.',
      'Month-end close includes recording all transactions, posting accruals and prepayments, depreciation and payroll entries, and reconciling bank and key balance-sheet accounts. Intercompany balances are matched, and variances against budget and prior months are reviewed for anomalies. Then the financial statements are produced and reviewed, with a checklist and deadlines to keep the close fast and consistent.',
    ),
  ],
  'Risk Management': [
    q(
      'mid',
      'How do you identify and prioritise risks in a project or business?',
      'Checks a structured risk approach.',
      'I gather risks through workshops, checklists and lessons learned, and record each in a register with its cause, likelihood, impact and owner. Scoring likelihood times impact prioritises them, and each significant risk gets a response: avoid, reduce, transfer or accept. The register is reviewed regularly, since risks change as the work progresses.',
    ),
    q(
      'senior',
      'How would you communicate a major risk to senior leadership?',
      'Tests executive communication of uncertainty.',
      'I state the risk, its potential impact in business terms such as revenue, customers or regulatory exposure, and its likelihood, with the evidence behind it. I present mitigation options with their costs and a recommendation, and say clearly what decision I need. Follow-up updates keep them informed as the situation evolves.',
    ),
  ],
  'Project Management': [
    q(
      'junior',
      'How do you plan a project from scratch?',
      'Checks basic planning skills.',
      'I clarify objectives, scope, constraints and stakeholders, then break the work into deliverables and tasks with a work breakdown structure. I estimate effort with the people doing the work, sequence the tasks, identify dependencies and the critical path, and assign owners. The plan includes milestones, risks and a communication rhythm.',
    ),
    q(
      'mid',
      'A project is falling behind schedule. What do you do?',
      'Tests recovery options and transparency.',
      'I first find out why, such as underestimated tasks, blocked dependencies or scope creep, and how far behind we are on the critical path. Options include re-prioritising scope to deliver the most valuable parts first, adding people only where it truly helps, removing blockers or adjusting the deadline. I inform stakeholders early with a revised plan rather than hoping to catch up.',
    ),
    q(
      'senior',
      'How do you manage scope creep?',
      'Checks control of change without losing stakeholder goodwill.',
      'A clear initial scope and acceptance criteria agreed with stakeholders make changes visible. Every new request goes through a lightweight change process that assesses impact on time, cost and risk, and the sponsor decides whether to add it, swap it for something else or defer it. Saying "yes, and here is what it costs" keeps relationships good while protecting the plan.',
    ),
  ],
  Salesforce: [
    q(
      'mid',
      'How are objects, relationships and automation organised in Salesforce?',
      'Checks platform fundamentals.',
      'Data lives in standard objects such as Account, Contact and Opportunity and in custom objects, connected by lookup and master-detail relationships, the latter controlling ownership and roll-up summaries. Automation is built declaratively with Flows, and Apex triggers and classes handle complex logic. Declarative tools come first, and code is reserved for what they cannot do well.',
    ),
    q(
      'senior',
      'What are governor limits in Salesforce and how do you write code that respects them?',
      'Tests Apex development depth.',
      'Salesforce enforces per-transaction limits on queries, DML statements, CPU time and heap because the platform is multi-tenant. Code must be bulkified: triggers handle collections of records, queries and DML never run inside loops, and maps are used to look up related data. Large jobs run asynchronously with Batch or Queueable Apex.',
    ),
  ],
  SAP: [
    q(
      'mid',
      'What are the main SAP modules and how do they integrate?',
      'Checks ERP landscape knowledge.',
      'Core modules include Finance (FI) and Controlling (CO), Sales and Distribution (SD), Materials Management (MM), Production Planning (PP) and human resources. They share master data and post to the same ledger, so a goods receipt in MM or an invoice in SD creates accounting entries automatically. In S/4HANA, the Universal Journal unifies finance and controlling data.',
    ),
    q(
      'senior',
      'What are the key challenges in an SAP S/4HANA migration?',
      'Tests experience with large ERP programmes.',
      'The main choices are a greenfield reimplementation, a brownfield system conversion or a selective data transition, weighed against how much the current processes and custom code should change. Data cleansing, custom code remediation and integration with surrounding systems are typically the largest efforts. Strong business ownership, a clean-core approach that limits modifications, and extensive testing and training are key to success.',
    ),
  ],
  SEO: [
    q(
      'junior',
      'What are the main pillars of SEO?',
      'Checks foundational SEO knowledge.',
      'Technical SEO makes sure search engines can crawl, render and index pages, through sitemaps, clean URLs, fast loading and correct canonical tags. On-page SEO matches content and titles to search intent with good structure and internal links. Off-page SEO builds authority through quality backlinks, and all three depend on genuinely useful content.',
    ),
    q(
      'mid',
      'Organic traffic dropped sharply. How do you diagnose it?',
      'Tests analytical troubleshooting in SEO.',
      'I check whether the drop is real or a tracking issue, then look at Search Console for indexing errors, manual actions and which pages and queries lost clicks. I compare the timing with site releases, such as robots.txt or canonical changes and migrations, and with known search engine updates. The affected page types and queries point to the cause and fix.',
    ),
  ],
  'Digital Marketing': [
    q(
      'mid',
      'How do you measure the return on a digital marketing campaign?',
      'Checks performance marketing fundamentals.',
      'I define the goal and key metrics up front, such as cost per acquisition, conversion rate and return on ad spend, and set up tracking with UTM parameters and conversion events. Results are compared against a baseline, and for larger budgets incrementality tests such as geo or holdout experiments show whether the campaign caused the conversions. Customer lifetime value matters more than first-purchase value.',
    ),
    q(
      'senior',
      'How do you allocate a marketing budget across channels?',
      'Tests strategic and analytical decision-making.',
      "I start from each channel's role in the funnel and its marginal return, not average return, since extra spend usually has diminishing returns. Attribution data, marketing mix modelling and incrementality tests together give a more reliable picture than last-click attribution. I keep a portion of budget for testing new channels and rebalance regularly as results come in.",
    ),
  ],
  'Technical Support': [
    q(
      'junior',
      'How do you handle a support request from a frustrated user?',
      'Checks customer care and a structured support approach.',
      'I acknowledge the problem and the frustration first, then ask focused questions to understand what exactly happens and what the user needs to get done. I try the simplest likely fixes, explain each step in plain words, and confirm that the problem is solved before I close the ticket. If I cannot solve it, I say so, escalate with full notes and tell the user when to expect an answer.',
    ),
    q(
      'mid',
      'How do you prioritise a queue of support tickets?',
      'Tests triage and service-level thinking.',
      "I triage by impact and urgency: an outage that affects many users or a security issue comes before one user's inconvenience. I keep to the agreed response times, keep waiting users informed, and group tickets that share a cause so that one fix closes them all. I also watch for tickets that repeat, because they point to a problem worth fixing at its source.",
    ),
    q(
      'senior',
      'How would you reduce the number of support tickets a team receives?',
      'Checks the ability to improve support at its source.',
      'I sort the tickets by category to find the few causes behind most of the volume. For each I choose the right fix, a product change, a clearer message in the interface, a self-service article or an automated check, and work with the owning team to get it done. I track the volume per category over time to show which fixes worked and where to go next.',
    ),
  ],
  'Process Improvement': [
    q(
      'junior',
      'How would you map a process to find where it can be improved?',
      'Checks basic process analysis skills.',
      'I walk through the process with the people who do it and draw each step, who does it, how long it takes and where work waits. Delays, rework and hand-offs usually show up quickly on the map. I confirm the biggest problems with a few real cases or data before suggesting changes.',
    ),
    q(
      'mid',
      'How would you measure whether a process change worked?',
      'Tests a data-driven approach to improvement.',
      'Before the change I agree on one or two measures that matter, such as cycle time or error rate, and record a baseline over a normal period. After the change I compare the same measures over a similar period and check that nothing else, such as volume or season, explains the difference. I also ask the people involved, because a faster process that frustrates them will not last.',
    ),
    q(
      'senior',
      'How do you get people to adopt a new process when they are used to the old one?',
      'Checks change management in process improvement.',
      'I involve the people who do the work in designing the change, so it solves problems they recognise. We pilot it with one team, fix what does not work and share the results before rolling it out further. Documentation, training and a named contact for questions help, and I retire the old way once the new one works, so nobody is left doing both.',
    ),
  ],
  'Social Media Marketing': [
    q(
      'junior',
      "How would you plan a month of posts for an organisation's social media accounts?",
      'Checks basic social media planning.',
      "I start from the month's goals and events, then pick the two or three channels where the audience actually is. I draft a calendar that mixes useful content, stories about the organisation and a few calls to action, written and sized for each channel. I schedule the posts, reply to comments daily and note which posts did well for next month.",
    ),
    q(
      'mid',
      'How do you measure whether social media work is paying off?',
      'Tests measurement beyond vanity metrics.',
      "I tie each campaign to a goal such as sign-ups, event registrations or sales, and track it with tagged links and the platforms' analytics. Reach and likes tell me whether people saw the content, but I judge it by clicks, conversions and the cost per result. I compare formats and times in small tests and move the budget to what works.",
    ),
    q(
      'senior',
      'How would you build a social media strategy for a brand that has little presence today?',
      'Checks strategic thinking in social media marketing.',
      "I begin with the audience: who they are, where they spend time and what they need from us, checked against competitors' channels. From that I set a few goals, a distinct voice and content pillars, and choose one or two channels to do well rather than many badly. I plan the team, tools and budget, including paid promotion, and review the results monthly against the goals.",
    ),
  ],
  SaaS: [
    q(
      'junior',
      'What makes a software-as-a-service business different from selling software licences?',
      'Checks understanding of the SaaS model.',
      'In SaaS customers pay a recurring subscription and use the software hosted by the provider, instead of buying a licence once and running it themselves. Revenue therefore depends on keeping customers, so onboarding, support and steady improvement matter as much as the first sale. I look at it as a relationship renewed every month or year.',
    ),
    q(
      'mid',
      'Which metrics would you watch to understand the health of a SaaS product?',
      'Tests knowledge of subscription metrics.',
      'I watch monthly or annual recurring revenue and its growth, churn of customers and of revenue, and net revenue retention, which shows whether existing customers spend more over time. I compare the cost of acquiring a customer with their lifetime value, and look at activation and usage, because customers who stop using the product leave soon after. Each figure is broken down by customer segment, since averages hide the problems.',
    ),
    q(
      'senior',
      'How would you reduce churn in a SaaS product?',
      'Checks the ability to act on retention.',
      "I find out why customers leave from cancellation reasons, interviews and usage data, and look for the signals that come before it, such as falling logins. Onboarding is often the biggest lever, so I make sure new customers reach the product's main value quickly. I then give account managers early warnings about at-risk customers and feed the common reasons into the product roadmap.",
    ),
  ],
  Teaching: [
    q(
      'junior',
      'How do you plan a lesson so that students actually learn what you intend?',
      'Checks basic lesson planning.',
      'I start from what students should be able to do by the end and plan backwards: a short check of what they already know, a clear explanation with an example, then practice where they do the work themselves. I end with a quick check, such as an exit question, that shows me who has understood. I adjust the next lesson to what that check tells me.',
    ),
    q(
      'mid',
      'How do you teach a group whose students are at very different levels?',
      'Tests differentiation in teaching.',
      'I find out where each student is early, with a short diagnostic task. Then I give everyone the same core goal but different routes to it: extra support and worked examples for some, extension tasks for others, and flexible groups that change with the topic. I check progress often and move students between groups as they grow.',
    ),
    q(
      'senior',
      'How would you help colleagues improve their teaching?',
      'Checks the ability to lead teaching practice.',
      'I start with what they want to improve and observe a lesson or two with that focus, giving specific feedback on what worked and one thing to try. I share practices that have evidence behind them, such as retrieval practice and clear success criteria, and we plan lessons together. I look at student work over a term to see whether the changes helped.',
    ),
  ],
  Procurement: [
    q(
      'junior',
      'What are the main steps of a purchase, from need to payment?',
      'Checks knowledge of the procurement process.',
      "I start with a clear request that describes the need and the budget, then follow the organisation's rules on quotes or tenders for that amount. After choosing a supplier I raise a purchase order, check the goods or service on delivery and match the invoice to the order and the receipt before it is paid. I keep the records so the purchase can be audited.",
    ),
    q(
      'mid',
      "How do you choose between several suppliers' offers?",
      'Tests structured supplier evaluation.',
      "I agree the criteria and their weights before the offers arrive: price over the whole life of the contract, quality, delivery, support, risk and sustainability. I score each offer against them, check references and the supplier's financial standing, and record why the winner was chosen. That keeps the decision fair and easy to defend.",
    ),
    q(
      'senior',
      "How would you bring down costs across an organisation's purchasing without hurting quality?",
      'Checks strategic sourcing skills.',
      'I analyse the spend by category and supplier to find where it is fragmented or above market rates. For the largest categories I consolidate suppliers, negotiate framework agreements and standardise what we buy with the teams who use it. I track savings and supplier performance together, so a lower price never hides worse service.',
    ),
  ],
  'Community Management': [
    q(
      'junior',
      'How would you welcome new members to an online community?',
      'Checks basic community management practice.',
      'I make the first steps obvious: a welcome post or message, a short guide to where things are and how to ask for help, and the code of conduct. I greet newcomers personally where I can and point them to a first small way to take part. I watch where new members get stuck and fix those places.',
    ),
    q(
      'mid',
      "How do you handle a member who keeps breaking the community's code of conduct?",
      'Tests fair moderation.',
      'I act on the behaviour, not the person, and follow the steps the code of conduct sets out: a private reminder first, then a warning, then a temporary or permanent ban if it continues. I document each step and involve a second moderator in serious cases. I also check in with the people affected, so they know the problem was taken seriously.',
    ),
    q(
      'senior',
      'How do you measure the health of a community and decide what to improve?',
      'Checks strategic community management.',
      'I track a few signals over time: how many people join, how many take part again, how quickly questions get answered and how many members contribute, not just read. Surveys and conversations with active members explain the numbers. I pick the weakest point, such as slow answers to newcomers, and try one change at a time.',
    ),
  ],
  Recruiting: [
    q(
      'junior',
      'How do you screen a large number of applications fairly and quickly?',
      'Checks basic recruiting practice.',
      'I agree the must-have criteria with the hiring manager before reading any application, and score every candidate against the same short list. I look for evidence of each criterion rather than for familiar schools or employers, and note the reason for each decision. That keeps the screening fast, consistent and easy to explain.',
    ),
    q(
      'mid',
      'How do you find candidates for a role that few people apply to?',
      'Tests sourcing skills.',
      'I rewrite the job posting around what the work really is and what the candidate gains, and remove requirements that are not essential. Then I go where the people are: professional communities, meetups, referrals from the team and targeted searches, with short personal messages. I track which channels bring candidates who get to interview and put my time there.',
    ),
    q(
      'senior',
      "How would you improve a company's hiring process?",
      'Checks the ability to design a recruiting process.',
      'I look at the data first: time to hire, drop-off at each stage, offer acceptance and how new hires perform, and I ask candidates and interviewers where it hurts. Common fixes are structured interviews with scorecards, fewer and better-prepared stages and faster feedback. I train interviewers, watch the diversity of each stage and review the results every quarter.',
    ),
  ],
  'Program Management': [
    q(
      'junior',
      'What is the difference between a project and a programme?',
      'Checks basic understanding of program management.',
      "A project delivers a defined output within a set time and budget, such as a new system. A programme groups related projects and activities to reach a larger goal or benefit, such as better services for citizens, and often runs longer. In a programme I pay as much attention to how the projects depend on each other and to the benefits as to each project's delivery.",
    ),
    q(
      'mid',
      'How do you keep several related projects aligned in a programme?',
      'Tests coordination across projects.',
      'I keep one view of the milestones, dependencies and risks across all projects and review it with the project leads every week or two. Shared resources and decisions that affect more than one project come to a regular programme meeting. When one project slips, I work out the knock-on effects early and agree with the sponsor what to change.',
    ),
    q(
      'senior',
      'How do you show that a programme is delivering the benefits it promised?',
      'Checks benefits management at programme level.',
      'At the start I agree with the sponsor a few measurable benefits, their baselines and who owns each one. I track them alongside delivery, because finished projects do not guarantee the benefits. I report progress honestly to the governance board and, if a benefit is not appearing, propose changes to the programme rather than wait for the end.',
    ),
  ],
  'Grant Writing': [
    q(
      'junior',
      'How do you prepare to write a grant application?',
      'Checks basic grant writing practice.',
      "I read the funder's call and guidelines closely, noting the aims, eligibility, scoring criteria, budget rules and deadline. I check that our project really fits, and gather what I need early: letters of support, budgets and the details of the team. Then I outline the proposal following the funder's own headings so reviewers can find each criterion easily.",
    ),
    q(
      'mid',
      'What makes a grant proposal convincing to reviewers?',
      'Tests understanding of what funders look for.',
      "I make a clear case for the need, with evidence, and show how the project's activities lead to measurable outcomes. The aims, methods, timeline and budget must match each other, and the team must be shown to be able to deliver. I write plainly, follow the format exactly and ask a colleague who knows the funder to review the draft.",
    ),
    q(
      'senior',
      'How would you build a grant funding strategy for an organisation?',
      'Checks strategic fundraising through grants.',
      "I map the funders whose priorities match our work and our track record, and build a calendar of their calls a year ahead. I prioritise the applications with the best fit and chance, reuse strong material across them and build relationships with programme officers before applying. I track success rates and reviewers' feedback to improve each round, and make sure funded projects report well so funders come back.",
    ),
  ],
  'Financial Reporting': [
    q(
      'junior',
      'What are the three main financial statements, and how do they connect?',
      'Checks basic financial reporting knowledge.',
      'The income statement shows revenue, costs and profit over a period; the balance sheet shows assets, liabilities and equity at a date; and the cash flow statement shows how cash moved. Profit from the income statement flows into equity on the balance sheet, and the cash flow statement explains the change in the cash balance between two balance sheets. I use these links to check that a set of statements is consistent.',
    ),
    q(
      'mid',
      'How do you make sure a monthly financial report is accurate and on time?',
      'Tests the close and review process.',
      'I work from a close calendar with owners and deadlines for each task, and reconcile the key accounts before the figures are reported. I compare the results with the budget and the last period and explain every large variance before anyone else asks. A second person reviews the report, and I keep a checklist of past errors so they do not repeat.',
    ),
    q(
      'senior',
      'How would you improve the financial reporting of a growing organisation?',
      'Checks the ability to develop reporting for decision-makers.',
      'I ask the people who use the reports which decisions they make with them, and cut what nobody reads. I automate the data flow from the ledger where I can, standardise definitions such as revenue and margin across teams, and add a short commentary that explains the numbers. I shorten the close step by step and measure it, so reports arrive while they can still change a decision.',
    ),
  ],
  'Administrative Support': [
    q(
      'junior',
      'How do you keep track of many small requests from different people?',
      'Checks basic organisation in administrative work.',
      'I write every request down in one place as soon as it arrives, with who asked, what they need and by when. Each morning I sort the list by deadline and importance and confirm anything unclear with the person who asked. When something will be late, I tell them early rather than at the deadline.',
    ),
    q(
      'mid',
      "How would you organise a team's shared files and calendar so others can find things?",
      'Tests practical office organisation.',
      'I agree a simple folder structure and naming convention with the team, with dates in a sortable form and one place for current versions. For the calendar I use shared calendars with clear titles, locations and agendas attached, and set reminders for recurring deadlines. I write the conventions on one page and tidy up regularly so they stay in use.',
    ),
    q(
      'senior',
      'How would you improve the administrative processes of an office that feels disorganised?',
      'Checks the ability to improve administrative operations.',
      'I first list the recurring tasks, who does them and where time is lost, by asking the team and watching a few weeks of requests. Then I standardise the most frequent ones with templates, checklists and shared tools, and automate the simple ones such as reminders and forms. I review the changes with the team after a month and keep only what saves them time.',
    ),
  ],
  'Vendor Management': [
    q(
      'junior',
      'How do you keep track of what a vendor has promised to deliver?',
      'Checks organised follow-up with suppliers.',
      "I keep the contract's key terms where the team can see them: what is delivered, by when, at what price, and the service levels. I check deliveries and invoices against them and note every deviation with its date. When something slips, I raise it with the vendor's contact early and in writing, so small issues do not grow.",
    ),
    q(
      'mid',
      'How do you handle a vendor that keeps missing its service levels?',
      'Tests firm, fair handling of supplier performance.',
      'I bring the facts to a meeting with the vendor: which levels were missed, how often and what it cost us. I ask for their cause and a written improvement plan with dates, and I follow it in regular reviews. If it does not improve, I use what the contract provides, such as service credits, and prepare an alternative supplier so we have a real choice at renewal.',
    ),
    q(
      'senior',
      'How would you select a new vendor for a critical service?',
      'Checks structured supplier selection.',
      'I write down the requirements with the people who will use the service, including security, support and exit terms, and agree the weights of the criteria before the offers arrive. I invite a few suppliers, score their answers, check references and run a short trial where I can. I record the choice and its reasons, and the contract includes service levels, a way to measure them and a plan for leaving if we need to.',
    ),
  ],
  'Event Planning': [
    q(
      'junior',
      'How do you plan a small event, such as a workshop or a team day?',
      'Checks organised planning of an event.',
      'I start from the purpose and the audience, then fix the date, budget and venue, because those constrain everything else. I keep one checklist with owners and deadlines for invitations, catering, equipment and accessibility needs, and confirm each supplier in writing. A few days before, I walk through the day hour by hour to find gaps, and afterwards I ask participants what to keep and what to change.',
    ),
    q(
      'mid',
      'Something goes wrong on the day of an event you organised. How do you handle it?',
      'Tests composure and contingency planning.',
      'I prepare for the likely problems beforehand, such as a speaker who cancels, a technical failure or late catering, with a backup for each and the phone numbers at hand. On the day I decide quickly, tell the people who need to know and keep the programme moving, even in a simpler form. Afterwards I note what happened and add it to the checklist for the next event.',
    ),
    q(
      'senior',
      'How do you judge whether an event was worth its cost?',
      'Checks outcome thinking about events.',
      'I agree before the event what success means, such as registrations, attendance, leads, new members or what participants learned, and how we will measure it. Afterwards I compare the results with the cost, including staff time, and with the feedback from participants and partners. I share a short report on what to repeat and what to drop, so the next event is planned on evidence.',
    ),
  ],
  'Human Resources': [
    q(
      'junior',
      "How do you handle an employee's question about a policy you are not sure about?",
      'Checks careful, accurate HR support.',
      'I tell the employee I will find out rather than guess, and check the written policy, the contract or the collective agreement that applies. If it is still unclear, I ask a senior colleague or the legal adviser, and I answer in writing by the date I promised. I note the question and the answer, so the next person gets the same answer faster.',
    ),
    q(
      'mid',
      'How do you handle a complaint from one employee about another?',
      'Tests fair, confidential handling of workplace complaints.',
      'I listen to the person making the complaint, take notes and explain how the process works and what confidentiality I can and cannot promise. I then hear the other person and any witnesses, keep to the facts and the policy, and document each step. The outcome and its reasons are communicated to both, any action follows the policy, and I check later that there is no retaliation.',
    ),
    q(
      'senior',
      'How would you set up HR processes in a company that is growing fast?',
      'Checks the ability to build HR foundations that scale.',
      'I start with what creates risk or pain now: contracts and onboarding, payroll and leave, and a clear way to raise concerns, each with a simple written process and an owner. Then I add what helps people grow, such as regular one-to-ones, a light performance cycle and a salary framework, introduced with managers rather than imposed on them. I measure it with time to hire, early turnover and what employees say in short surveys, and adjust.',
    ),
  ],
  Fundraising: [
    q(
      'junior',
      'How would you prepare for a first meeting with a potential donor?',
      'Checks donor research and preparation.',
      'I research the donor first: their interests, their past giving and any link they already have with us. I prepare a short story of our work with one concrete result and a clear idea of what we would ask for, which could be a conversation rather than money at a first meeting. After the meeting I send a thank-you and record what I learnt in the donor database.',
    ),
    q(
      'mid',
      'How do you keep donors giving year after year?',
      'Tests donor stewardship.',
      'I thank donors quickly and personally, and then show them what their gift made possible with a specific story or figure, not a generic newsletter. I keep in touch between appeals, invite them to see the work, and ask for their views. I track retention by group of donors, so I know which ones are drifting away and can reach out before the next appeal.',
    ),
    q(
      'senior',
      'How would you build a fundraising strategy for a small organisation that depends on one funder?',
      'Checks strategic diversification of income.',
      "I would map the income we have and its risks, then set a target mix for three years, such as grants from several foundations, individual giving and earned income, based on what fits the organisation's work and capacity. Each source gets a plan with costs, expected returns and an owner, starting with the quickest to build. I report progress against the mix every quarter to the board, so the reliance on one funder falls step by step.",
    ),
  ],
  'Business Development': [
    q(
      'junior',
      'How would you find and qualify new business opportunities?',
      'Checks a structured approach to prospecting.',
      'I start from the customers we already serve well and look for similar organisations, using industry lists, events and introductions from our network. Before I spend much time on one, I qualify it: whether they have the problem we solve, a budget, a person who can decide and a reason to act now. I keep every contact and next step in the CRM, so nothing depends on my memory.',
    ),
    q(
      'mid',
      'Tell me about a partnership or deal you developed. How did you move it forward?',
      'Tests hands-on deal development.',
      "I describe a deal from first contact to signature: how I learnt what the other side needed, the proposal I shaped around it and the objections I had to answer. I keep the other side's decision-makers and our internal experts involved at the right moments, and agree a clear next step after every meeting. I end with the result in numbers and what the relationship led to afterwards.",
    ),
    q(
      'senior',
      'How would you decide which markets or partners to pursue next?',
      'Checks strategic prioritisation of growth opportunities.',
      'I compare the options on a few criteria agreed with leadership: the size and growth of the opportunity, how well our offer fits, the cost and time to win it, and the risks. I test the most promising ones cheaply first, with a few conversations or a pilot, before committing a team. Progress is reviewed against clear milestones, and I stop pursuits that do not reach them rather than let them drift.',
    ),
  ],
  Consulting: [
    q(
      'junior',
      "How do you structure a client's problem at the start of an engagement?",
      'Checks structured problem framing.',
      'I write down the question the client needs answered and the decision it will inform, then break it into parts that do not overlap and together cover the problem. For each part I form a first hypothesis and list the data that would confirm or reject it. I check that structure with the client early, because solving the wrong question well helps nobody.',
    ),
    q(
      'mid',
      'A client disagrees with your findings. How do you handle it?',
      'Tests client management under disagreement.',
      'I listen for what exactly they disagree with: the facts, the interpretation or what it means for them. Where they know something I did not, I test it with the data and change the finding if it holds. Where the evidence is solid, I walk them through it step by step and, if needed, agree a small test that settles the question, keeping the discussion on the evidence rather than on who is right.',
    ),
    q(
      'senior',
      'How do you make sure your recommendations are actually implemented after you leave?',
      'Checks lasting impact of consulting work.',
      'I involve the people who will carry out the change from the start, so the recommendations are partly theirs and fit how they work. The final plan names owners, first steps, costs and the measures that will show progress, and I hand over the tools and knowledge they need. I arrange a follow-up after a few months to check progress and help where it has stalled.',
    ),
  ],
  Payroll: [
    q(
      'junior',
      'What do you check before a payroll run is approved?',
      'Checks accuracy habits in payroll.',
      'I check that every change since the last run is in: new starters, leavers, salary changes, overtime, leave and deductions, each backed by an approved form. Then I compare the totals and the number of employees with the previous run and look into any difference I cannot explain. I check a sample of payslips by hand, especially for people with changes, before anything is approved.',
    ),
    q(
      'mid',
      'An employee says they were underpaid. How do you handle it?',
      'Tests resolving payroll errors with care.',
      'I thank them, take the details and check their payslip against the approved inputs, the contract and the time records. If we made an error, I explain it plainly, arrange the correction as quickly as the rules allow, often before the next run, and check whether others were affected in the same way. I record the cause and change the step that let it through.',
    ),
    q(
      'senior',
      'How would you make payroll reliable and compliant as a company grows into new countries?',
      'Checks scalable, compliant payroll design.',
      'I would map the legal requirements of each country, such as taxes, social contributions, filing dates and payslip rules, with local advisers or a provider that knows them. Inputs come from one HR system through approved workflows, and each run follows a calendar with checks, a second reviewer and a reconciliation to the general ledger. I keep an audit trail of every change and review the process each year as the rules change.',
    ),
  ],
  Sales: [
    q(
      'junior',
      'How do you find out what a potential customer really needs?',
      'Checks needs discovery in selling.',
      'I ask open questions about their situation, what is not working and what it costs them, and I listen more than I talk. I repeat back what I heard to check I understood, and ask who else is involved in the decision and what would make it urgent. Only then do I talk about our product, and only about the parts that answer their needs.',
    ),
    q(
      'mid',
      'A prospect says your price is too high. What do you do?',
      'Tests handling price objections.',
      'I first find out what they compare us with and what they would lose by not solving the problem, because price is only too high relative to value. I go back to the value we agreed on, in their numbers where I can, and look at options such as a smaller first scope or different terms rather than a straight discount. If we still do not fit their budget, I say so honestly and keep the relationship for later.',
    ),
    q(
      'senior',
      'How do you build a sales forecast that leadership can trust?',
      'Checks disciplined pipeline management.',
      'I base the forecast on clear stage definitions with evidence for each stage, such as a confirmed budget or a named decision-maker, rather than on how a salesperson feels about a deal. I compare the expected close rates with our history for each stage and deal size, and review the largest deals one by one with the account owners. After each quarter I compare the forecast with the result and adjust the stage rates.',
    ),
  ],
  'Business Strategy': [
    q(
      'junior',
      "How would you analyse a company's competitive position?",
      'Checks basic strategy frameworks used with judgement.',
      "I look at the customers and what they value, the competitors and how they compete, and what the company does better or worse than them, using frameworks such as the five forces or a SWOT as checklists rather than answers. I back each point with evidence, such as prices, market shares or customer reviews. Then I write down the two or three points that matter most for the company's choices.",
    ),
    q(
      'mid',
      'How do you turn a strategy into plans that teams can act on?',
      'Tests translating strategy into execution.',
      'I break the strategy into a few objectives with measurable results and agree with each team how its work contributes to them. Each objective gets an owner, a budget and milestones, and we say explicitly what we will stop doing to make room. Progress is reviewed monthly against the measures, so we notice early when the plan or the strategy needs to change.',
    ),
    q(
      'senior',
      'How do you decide whether to enter a new market?',
      'Checks structured strategic decision-making.',
      'I compare the size and growth of the market with what it would take us to win there: what customers need, how strong the competitors are, and which of our capabilities carry over. I model a few scenarios with their costs, revenue and risks, and look for a cheap way to test the key assumption first, such as a pilot with a few customers. The decision, its assumptions and the signals that would make us change course are written down and reviewed.',
    ),
  ],
  'Google Docs': [
    q(
      'junior',
      "How do you use Suggesting mode and comments in Google Docs when reviewing a colleague's draft?",
      'Checks basic collaborative editing etiquette in Google Docs.',
      'I switch the editing mode at the top right from Editing to Suggesting, so my changes appear as coloured suggestions that the author can accept or reject. For questions rather than edits I highlight the text and add a comment with Ctrl+Alt+M, and I @mention a person and tick the assign option when I need them to act. Once an issue is handled the comment is resolved, which keeps the document clean but leaves the history available.',
    ),
    q(
      'mid',
      'Several people have edited a Google Docs proposal and a key section has disappeared. How would you find out what happened and recover it?',
      'Tests practical use of version history in Google Docs.',
      "I open File, Version history, See version history, which shows timestamped versions with each editor's changes highlighted in their own colour. I step back until I find the version that still has the section, then either copy the text back into the current document or use Restore this version if nothing newer needs keeping. Afterwards I name important versions, such as Sent to client, so milestones are easy to find next time.",
    ),
    q(
      'senior',
      'How would you set up Google Docs templates and controls so a team produces consistent client documents that cannot be casually leaked?',
      'Looks for judgement on standardisation and document governance in Google Docs.',
      "I build a master document with agreed paragraph styles, saved via Format, Paragraph styles, Options, and publish it to the organisation's template gallery so everyone starts from the same layout. Working documents live in a shared drive with group-based access rather than ad hoc shares, and for final versions I turn off download, print and copy for viewers and commenters. Where the edition supports it I use the Approvals feature for sign-off, and I keep a short written guide so new joiners follow the same process.",
    ),
  ],
  'Microsoft Word': [
    q(
      'junior',
      'Why should you use built-in heading styles in Microsoft Word instead of formatting headings by hand?',
      'Checks understanding of structured documents in Word.',
      'When I apply Heading 1, Heading 2 and so on, Word knows the document structure, so the Navigation Pane lets me jump between sections and drag them to reorder. I can insert an automatic table of contents from the References tab and update it with one click, and changing the style once updates every heading. Styles also help screen readers and make exports to PDF include proper bookmarks.',
    ),
    q(
      'mid',
      'How would you use mail merge in Microsoft Word to send personalised letters to a list of customers held in Excel?',
      'Tests practical mail merge skills in Word.',
      'On the Mailings tab I choose Start Mail Merge, Letters, then Select Recipients, Use an Existing List and point to the Excel sheet with clean column headers. I place fields with Insert Merge Field, use Rules such as If Then Else for conditional text, and check several records with Preview Results. I fix number or date formatting with field switches if needed, then use Finish and Merge to create individual documents, print, or send emails through Outlook.',
    ),
    q(
      'senior',
      'How would you manage a contract negotiation in Microsoft Word when several parties return edited copies, and make sure no hidden changes slip through?',
      'Looks for rigour in document control and review.',
      'I ask everyone to edit with Track Changes on, and I lock tracking with a password so it cannot be silently switched off. When copies come back I use Review, Compare to find any untracked differences against my last sent version, or Combine to merge several reviewers into one document, and I read it in All Markup view. Before sending a final version I accept or reject every change, delete comments, and run Inspect Document to remove hidden text, personal metadata and leftover revisions.',
    ),
  ],
  Zendesk: [
    q(
      'junior',
      'In Zendesk, what is the difference between a public reply and an internal note on a ticket, and how do ticket statuses work?',
      'Checks basic agent knowledge of Zendesk tickets.',
      'A public reply is sent to the requester, while an internal note is only visible to agents, so I use notes for investigation details or to ask a colleague for help. Tickets move from New to Open while I work on them, Pending when I am waiting for the customer, On-hold when waiting on a third party, and Solved when done. A solved ticket closes automatically after a set period, and if the customer replies before then it reopens.',
    ),
    q(
      'mid',
      'How would you use triggers, automations and macros in Zendesk to speed up handling of common support requests?',
      'Tests practical workflow configuration in Zendesk.',
      'I use triggers for event-based actions when a ticket is created or updated, such as routing a ticket from a refund form to the billing group and sending an acknowledgement. Automations are time-based and run hourly, so I use them for things like reminding a customer after a ticket has been Pending for three days and then solving it. Macros are applied by agents and combine a canned reply with field changes, like setting the type and tags, which keeps answers consistent and reporting accurate.',
    ),
    q(
      'senior',
      'As a Zendesk administrator for a growing multi-team support operation, how would you design routing and SLAs so workload stays balanced and measurable?',
      'Looks for judgement on support operations design at scale.',
      'I define groups by skill and region, use ticket forms and required custom fields so tickets are categorised on arrival, and turn on omnichannel routing with skills and capacity rules so agents get work rather than cherry-picking from views. I set SLA policies per priority with targets such as first reply time and next reply time, and make breach-risk views visible to team leads. I then build Explore dashboards on backlog, SLA achievement and satisfaction by group, and review routing rules every month as volumes change.',
    ),
  ],
  Marketo: [
    q(
      'junior',
      'In Marketo, what is the difference between a smart list and a static list?',
      'Checks fundamental Marketo list concepts.',
      'A smart list is dynamic: I define it with filters and triggers, such as people in the UK who visited the pricing page, and its membership is recalculated whenever it is used. A static list is a fixed set of people that only changes when I import records or add and remove them with a flow step. I use smart lists for targeting and static lists to snapshot an audience, such as event attendees.',
    ),
    q(
      'mid',
      'How would you build a lead-nurture programme in Marketo that sends different content depending on how engaged prospects are?',
      'Tests practical campaign building in Marketo.',
      'I would create an engagement programme with streams such as early-stage and late-stage content, set a cast cadence like every two weeks, and add transition rules that move people between streams when they meet conditions such as a high score or visiting the pricing page. Smart campaigns with triggers like Fills Out Form or Clicks Link in Email handle immediate responses with flow steps such as Change Score and Send Email. I track exhausted content so new assets are added before people run out of emails.',
    ),
    q(
      'senior',
      'How would you design lead scoring and the lead lifecycle in Marketo so that sales trusts the MQL handoff?',
      'Looks for judgement on scoring models and sales-marketing alignment.',
      'I split scoring into demographic fit and behavioural engagement, with points agreed with sales from closed-won analysis, and I apply score decay through a scheduled batch campaign so old activity fades. The MQL threshold, the lifecycle stages and the follow-up SLA are documented with sales, and I model the stages in the Revenue Cycle Modeler with the Salesforce sync assigning leads. I then review conversion rates from MQL to opportunity each quarter and adjust weights rather than letting the model drift.',
    ),
  ],
  Zuora: [
    q(
      'junior',
      'In Zuora, how do customer accounts, subscriptions and the product catalog relate to each other?',
      'Checks basic understanding of the Zuora billing data model.',
      'The product catalog holds products, their rate plans and the rate plan charges, which can be one-time, recurring or usage-based. A customer account stores bill-to and sold-to contacts, currency, payment terms and payment methods, and a subscription on that account references rate plans from the catalog. I then rely on bill runs to generate invoices from the subscriptions and on payment runs to collect against them.',
    ),
    q(
      'mid',
      'How would you handle a mid-term plan upgrade for a customer in Zuora and make sure the resulting invoice is correct?',
      'Tests practical subscription change handling in Zuora.',
      'I create an order or amendment on the subscription that removes the old rate plan and adds the new one with the right effective date, which creates a new subscription version. Zuora prorates automatically, crediting the unused part of a prepaid recurring charge and charging the new plan from the change date. Before billing I preview the invoice to check the credit and new charge, and I confirm the bill cycle day and any discount charges carried over.',
    ),
    q(
      'senior',
      'How would you design the Zuora setup for a company moving from annual contracts to usage-based pricing, including revenue recognition and integrations?',
      'Looks for judgement on billing architecture and finance controls.',
      'I would model usage charges with the right pricing model, such as per unit, tiered, volume or overage, and agree how usage is collected, validated and uploaded through the API or file import before each bill run. Quotes from the CRM, for example through Zuora Quotes on Salesforce, must create subscriptions consistently, and invoices and payments need to sync to the ERP for reconciliation. For ASC 606 and IFRS 15 I would plan Zuora Revenue or the general ledger treatment with finance, and test the whole cycle in a sandbox with real historical data before migrating customers.',
    ),
  ],
  'Microsoft Office': [
    q(
      'junior',
      'How do you share Microsoft Office files through OneDrive or SharePoint so colleagues can co-author them instead of emailing copies?',
      'Checks modern collaboration habits in Microsoft Office.',
      "I save the file to OneDrive or a SharePoint library so AutoSave is on, then use the Share button to send a link to specific people or people in my organisation, choosing whether they can edit or only view. Everyone then works in the same file at the same time, in the desktop app or in the browser, and we can see each other's cursors. If something goes wrong I use version history to restore an earlier copy instead of hunting through email attachments.",
    ),
    q(
      'mid',
      'How would you combine several Microsoft Office applications to produce a monthly report so figures stay in sync between Excel, Word and PowerPoint?',
      'Tests practical integration across the Microsoft Office suite.',
      'I keep the numbers and charts in a single Excel workbook, then copy the tables and charts and use Paste Special, Paste link in Word and PowerPoint so they are linked rather than static. Each month I refresh the data in Excel and update the links, using Edit Links to Files in Word if the workbook has moved. I check the linked figures against the source before sending, and for recurring distribution I send the report from Outlook or automate it with Power Automate.',
    ),
    q(
      'senior',
      'How would you plan a rollout of Microsoft Office, as Microsoft 365 Apps, to a few hundred users, including update channels and licensing?',
      'Looks for judgement on software deployment and change management.',
      'I generate a configuration file with the Office Customization Tool, choosing 64-bit, the apps to include and an update channel, usually Monthly Enterprise Channel or Semi-Annual Enterprise Channel for stability. I deploy with the Office Deployment Tool through Intune or Configuration Manager, starting with an IT pilot group and a business pilot that tests key macros and add-ins. Licences are assigned by group in the Microsoft 365 admin center, and I use shared computer activation for terminal servers, with support and short training ready before the wider waves.',
    ),
  ],
  PowerPoint: [
    q(
      'junior',
      'Why would you use the Slide Master in PowerPoint instead of formatting each slide by hand?',
      'Checks fundamental PowerPoint layout skills.',
      'In View, Slide Master I can set the fonts, colours, logo and placeholder positions once, and every slide based on those layouts follows them. If I need a change later I edit the master instead of fixing dozens of slides, and the Reset button brings any drifting slide back to its layout. It also keeps titles in real title placeholders, which helps accessibility and the outline view.',
    ),
    q(
      'mid',
      'How would you turn a dense, data-heavy slide in PowerPoint into something an audience can follow during a live presentation?',
      'Tests practical presentation design skills.',
      'I rewrite the title as the single message the slide should prove, then cut the detail to the one chart or few numbers that support it and move the rest to an appendix or speaker notes. I simplify the chart, highlight the key bar or line in a strong colour, and use simple animations or the Morph transition to reveal points in the order I talk about them. I rehearse in Presenter View so my notes and the next slide are visible to me but not to the audience.',
    ),
    q(
      'senior',
      'How would you create and maintain a corporate PowerPoint template that hundreds of employees use consistently?',
      'Looks for judgement on brand governance and scalable templates.',
      'I build a .potx file with a theme of brand colours and fonts, a limited set of well-named layouts with proper placeholders, and sample slides showing correct use. I distribute it centrally, for example through a SharePoint organisation assets library so it appears when people create new presentations, instead of emailing copies. I check it with the Accessibility Checker, keep a version log, and review which layouts people actually use so the template stays simple.',
    ),
  ],
  Entrepreneurship: [
    q(
      'junior',
      'In entrepreneurship, how do you check that people really have the problem your idea solves before you build anything?',
      'Checks customer discovery and validation basics.',
      'I run problem interviews with potential customers, asking about their past behaviour and what they currently do and pay to solve the problem rather than whether they like my idea, as The Mom Test recommends. I then test willingness to pay cheaply, for example with a landing page and pre-orders, a concierge version delivered by hand, or a letter of intent from a business customer. I set a success threshold before each test so I cannot talk myself into a weak result.',
    ),
    q(
      'mid',
      'Which unit economics do you track in entrepreneurship to decide whether a new venture can grow profitably?',
      'Tests commercial literacy for early-stage ventures.',
      'I calculate customer acquisition cost per channel, contribution margin per customer after direct costs, and customer lifetime value based on retention, and compare them. As a rule of thumb I want lifetime value at least three times acquisition cost and a payback period under about 12 to 18 months, otherwise growth just burns cash faster. I watch cohort retention closely because it drives the lifetime value figure, and early on I treat all these numbers as estimates from small samples rather than facts.',
    ),
    q(
      'senior',
      'In entrepreneurship, how do you decide whether to pivot or persevere, and how do you lead the team through that decision?',
      'Looks for evidence-based decision making and leadership under uncertainty.',
      'I set measurable milestones in advance, such as retention or conversion targets, and review them at regular pivot-or-persevere meetings, as Eric Ries describes in The Lean Startup, so the decision rests on evidence rather than mood. If customers clearly value something different from what we built, I look for a pivot that keeps what we have validated, such as the same customer with a different problem, and I check how much runway we have for another cycle. I explain the evidence openly to the team and investors, recognise what the work taught us, and set a clear new goal quickly, because prolonged uncertainty hurts morale more than the pivot itself.',
    ),
  ],
  Auditing: [
    q(
      'junior',
      'In auditing, what makes audit evidence sufficient and appropriate?',
      'Checks understanding of audit evidence principles.',
      'Sufficiency is about the quantity of evidence and appropriateness about its quality, meaning relevance and reliability, as ISA 500 sets out. I treat evidence I obtain directly, such as inspection or recalculation, and external evidence such as bank confirmations as more reliable than internal documents or verbal explanations from management. The higher the risk of material misstatement, the more and better evidence I need, and I document it so that an experienced auditor with no prior involvement could reach the same conclusion.',
    ),
    q(
      'mid',
      'How do you plan tests of controls in an auditing engagement, for example over purchases and payments?',
      'Tests practical controls testing and sampling.',
      'I first understand the process through a walkthrough from purchase order to payment, identify the key controls such as three-way matching, approval limits and segregation of duties, and assess whether they are designed properly. I then test operating effectiveness on a sample spread across the period, sizing it by how often the control operates and how much reliance I plan, for example around 25 items for a daily control. I investigate every exception for its cause, and if the control fails I test compensating controls or extend substantive testing and report the deficiency to management.',
    ),
    q(
      'senior',
      'As an audit lead, how do you decide where to focus auditing effort across an organisation with limited resources?',
      'Looks for risk-based planning and stakeholder judgement.',
      "I build a risk-based audit plan, as the IIA's Global Internal Audit Standards require, starting from the organisation's strategy and risk register and my own assessment of inherent risk, control environment, materiality and time since the last audit. I discuss it with senior management and the audit committee so it covers what concerns them, and I keep some capacity for emerging risks such as a new system or an acquisition. I use data analytics on whole populations to target testing, and I revisit the plan during the year rather than treating it as fixed.",
    ),
  ],
  'Quality Management': [
    q(
      'junior',
      'What is the purpose of corrective and preventive action (CAPA) in quality management?',
      'Checks understanding of the core improvement loop.',
      'Corrective action removes the cause of a nonconformity that has already happened so it does not recur, while preventive action removes the cause of a potential problem before it occurs. I would log the issue, contain it, find the root cause with tools such as the 5 Whys or a fishbone diagram, implement the action and then verify that it worked. In ISO 9001:2015 preventive action is largely covered by risk-based thinking, but regulated sectors such as medical devices under ISO 13485 still expect a formal CAPA process.',
    ),
    q(
      'mid',
      'How do you use statistical process control in quality management to decide when a process needs intervention?',
      'Tests practical use of control charts and capability.',
      'I plot the process on a control chart suited to the data, such as an X-bar and R chart for measurements or a p chart for defect proportions, with control limits at three standard deviations calculated from stable process data rather than from the specification. I act only on special-cause signals, such as a point outside the limits or a run of points on one side of the centre line under the Western Electric rules, and leave common-cause variation alone, because tampering with a stable process increases variation. Separately I compare the process with the specification using capability indices such as Cpk, typically aiming for at least 1.33.',
    ),
    q(
      'senior',
      'How would you build a quality management system that people actually use, rather than one that exists only for the certificate?',
      'Looks for leadership in making quality systems effective.',
      'I design the system around the real processes and risks of the business, using the ISO 9001 process approach and the plan-do-check-act cycle, and keep documents short and owned by the people who do the work. I set a few meaningful quality objectives, such as first-pass yield or customer complaints, and review them in management reviews that lead to decisions and resources. Internal audits check whether processes deliver results rather than whether paperwork exists, and I make it easy and safe to report nonconformities so the data reflects reality.',
    ),
  ],
  'Customer Success': [
    q(
      'junior',
      'In customer success, what do you do in the first weeks after a new customer signs?',
      'Checks onboarding fundamentals and focus on time to value.',
      "I run a kickoff call to confirm the customer's goals, success criteria and key contacts, then agree an onboarding plan with milestones and dates. I focus on getting them to first value quickly, for example their first live integration or report, because early adoption strongly predicts renewal. I record the goals in our customer success platform or CRM, such as Gainsight or HubSpot, so anyone in the team can see what success means for that account.",
    ),
    q(
      'mid',
      'How do you spot and act on churn risk in a customer success portfolio?',
      'Tests use of health scores and proactive intervention.',
      'I use a customer health score that combines product usage, support tickets, NPS or CSAT responses, engagement with us and risk events such as a champion leaving or a budget cut. When a score drops I look for the cause behind the number, contact the key people, and agree a save plan with concrete steps such as retraining, a configuration fix or an executive sponsor meeting. I review accounts that churned anyway to refine the health score so it predicts better next time.',
    ),
    q(
      'senior',
      'How would you structure a customer success team and prove its value to the business?',
      'Looks for organisational design and commercial metrics.',
      'I segment customers by value and complexity, with named customer success managers for large accounts, pooled or one-to-many digital programmes such as webinars and in-app guidance for the long tail, and clear handoffs with sales and support. I measure the team on net and gross revenue retention, logo churn, expansion and time to value rather than activity counts. I also feed recurring customer problems back to product with evidence of the revenue at stake, which is often where customer success creates the most value.',
    ),
  ],
  'Proof of Concept': [
    q(
      'junior',
      'What is the purpose of a proof of concept, and how is it different from a prototype or an MVP?',
      'Checks understanding of what a PoC is for.',
      'A proof of concept answers one narrow question, usually whether something is technically feasible, such as whether a library can process our data volume fast enough. A prototype shows how a solution might look and behave for users, and an MVP is a minimal product that real customers use so we can test its value. I keep a proof of concept small and disposable, because its output is evidence for a decision rather than production code.',
    ),
    q(
      'mid',
      'How do you define success criteria for a proof of concept with a vendor or client?',
      'Tests scoping and measurable evaluation.',
      'Before the proof of concept starts I agree with stakeholders a short list of measurable criteria tied to the business need, for example processing 10,000 invoices an hour with 95% field accuracy on our own sample data. I fix the scope, timebox, environment, data and who will judge the result, and write it into a short PoC plan that both sides sign off. At the end I report against each criterion with evidence, including failures and caveats, so the go or no-go decision is not based on a polished demo.',
    ),
    q(
      'senior',
      'A proof of concept has succeeded and leadership wants it in production next month. How do you handle that?',
      'Looks for judgement in managing expectations and production risk.',
      'I remind everyone what the proof of concept proved and, just as importantly, what it deliberately left out, such as security, error handling, scaling, monitoring and support. I present the gap as a concrete plan with effort and risk, for example rebuilding the core with tests and a security review, and offer options such as a limited pilot with a few users to deliver value sooner under controlled risk. Agreeing at the start that PoC code is throwaway makes this conversation much easier, so I write that into every PoC plan.',
    ),
  ],
  'Operations Management': [
    q(
      'junior',
      'In operations management, what is capacity utilisation and why can running at 100% be a problem?',
      'Checks understanding of capacity and variability.',
      'Capacity utilisation is actual output divided by the maximum possible output over a period. Running close to 100% sounds efficient, but queueing theory shows that waiting times rise sharply as utilisation approaches full capacity, so any variation in demand or a breakdown creates long backlogs. I would normally plan some buffer, for example around 80 to 85% for a variable process, and identify the bottleneck, because that step sets the capacity of the whole system.',
    ),
    q(
      'mid',
      'How do you use operations management techniques to set inventory levels for a product with variable demand?',
      'Tests practical inventory planning.',
      'I classify items with ABC analysis so effort goes to the most valuable ones, then for each key item I set a reorder point equal to expected demand over the lead time plus safety stock. Safety stock comes from the variability of demand and lead time and the target service level, for example a z-value of 1.65 for about 95%, and I use the economic order quantity as a starting point for order size. I review these parameters regularly against actual demand and stockouts, because settings from last year quietly drift out of date.',
    ),
    q(
      'senior',
      'As head of operations, how would you approach operations management for a site that must grow output by 30% within a year?',
      'Looks for strategic capacity planning and cross-functional leadership.',
      'I start by mapping current capacity, the demand forecast and the constraint, using the theory of constraints to find where extra capacity gives the most output. I compare options such as extra shifts, process improvement, outsourcing and capital investment on cost, lead time and risk, and usually combine quick improvement work with a longer-term investment case. I set up a monthly sales and operations planning process so sales, operations and finance agree one plan, and I track leading indicators such as OEE, hiring and supplier lead times so slippage shows up early.',
    ),
  ],
  'Business Case Development': [
    q(
      'junior',
      'Which main sections do you include in business case development for a new project?',
      'Checks knowledge of business case structure.',
      "I follow a structure like the UK Treasury's Five Case Model: the strategic case for why change is needed, the economic case comparing options including doing nothing, the commercial case for how we will procure it, the financial case for affordability and the management case for how it will be delivered. Within that I set out the problem, options, costs and benefits, risks, assumptions and a clear recommendation. I keep the executive summary to one page, because many decision makers read only that.",
    ),
    q(
      'mid',
      'How do you build the financial analysis in business case development so it stands up to scrutiny?',
      'Tests investment appraisal and sensitivity analysis.',
      'I estimate costs and benefits over the full life of the investment, including running and transition costs, and discount them to a net present value, with internal rate of return and payback period alongside. I compare each option against a realistic baseline rather than against zero, and I list every assumption with its source. I run sensitivity analysis on the drivers that matter most, such as adoption rate or savings per transaction, and show a pessimistic scenario so decision makers can see how robust the case is.',
    ),
    q(
      'senior',
      'How do you handle business case development when benefits are hard to quantify and stakeholders are either sceptical or overoptimistic?',
      'Looks for credibility, benefits management and stakeholder judgement.',
      "I separate cash-releasing benefits, non-cash benefits that can still be measured and qualitative benefits, and I never count a benefit twice or present soft savings as cash. Each benefit gets an owner who agrees the figure and how it will be measured, which tempers optimism quickly, and I apply an optimism bias adjustment as HM Treasury's Green Book recommends. After approval I set up benefits realisation tracking against the baseline, so the business case becomes a tool for managing delivery rather than a document forgotten after the funding decision.",
    ),
  ],
  Lean: [
    q(
      'junior',
      'What are the types of waste in Lean, and where might you see them in an office or factory?',
      'Checks knowledge of the Lean wastes and how to spot them.',
      'Lean traditionally names seven wastes, often remembered as TIMWOOD: transport, inventory, motion, waiting, overproduction, over-processing and defects, with unused talent often added as an eighth. In a factory that could be parts moved between distant buildings or batches built ahead of orders, and in an office approvals waiting in an inbox, reports nobody reads or data re-entered because of errors. I look for waste by going to the gemba and watching the work rather than relying on the written process.',
    ),
    q(
      'mid',
      'How do you run a value stream mapping exercise in Lean, and what do you do with the results?',
      'Tests practical use of value stream mapping.',
      "I bring together people from every step, walk the process at the gemba, and draw the current-state map with each step's cycle time, changeover time, the inventory between steps and the information flows. Comparing total lead time with value-added time usually shows that most of the lead time is waiting, which points to where flow breaks down. We then design a future-state map using pull, smaller batches and continuous flow, and turn the differences into a prioritised plan of kaizen events with owners and dates.",
    ),
    q(
      'senior',
      'How do you sustain a Lean transformation after the first improvement projects so that it does not fade?',
      'Looks for leadership in building a lasting improvement culture.',
      'I shift the focus from one-off kaizen events to daily improvement, with standard work, visual management boards and short daily huddles where teams raise and solve problems. Leaders go to the gemba regularly and coach with questions, for example using the Toyota Kata coaching routine, rather than handing out solutions, and I use hoshin kanri to link improvement to a few strategic goals. I also make it clear that Lean will not be used to cut jobs, because if people fear improving themselves out of work, the programme quietly stops.',
    ),
  ],
  'Change Management': [
    q(
      'junior',
      'In change management, what does the ADKAR model describe, and how would you use it to work out why one team is not adopting a new system?',
      'Checks understanding of an individual-level change model and how to apply it.',
      "ADKAR is Prosci's model of how individuals move through change: Awareness of why it is needed, Desire to take part, Knowledge of how to change, Ability to do it in practice and Reinforcement so it sticks. I would talk to the team and use a short ADKAR assessment to find the first element that scores low, which Prosci calls the barrier point. If people know how to use the system but see no reason to, more training will not help, so I would work on the why with their manager and sponsor instead.",
    ),
    q(
      'mid',
      'How does IT change management work under ITIL, and what does a change advisory board need to see before it approves a normal change?',
      'Tests knowledge of IT change control and risk assessment.',
      'ITIL 4 calls this practice change enablement, formerly change control, and separates standard changes, which are low-risk, pre-authorised and repeatable, normal changes, which are assessed and authorised by a change authority such as the CAB, and emergency changes, which are expedited through an emergency CAB and documented afterwards. For a normal change I expect the request for change to state what is changing and why, the affected services and users, a risk and impact assessment, test evidence, the implementation plan with its window checked against the change calendar and any freeze, and a tested backout plan. After implementation I record whether it succeeded and review failed changes, and I track the change success rate so low-risk change types can be promoted to standard ones.',
    ),
    q(
      'senior',
      'You are leading change management for a restructure that merges two departments, and resistance among staff is high. How do you lead it?',
      'Looks for leadership of the people side of organisational change at scale.',
      'I treat resistance as information, so I first run a change impact assessment by group and listen to what people are actually losing, whether status, workload or certainty. Following Kotter, I build a guiding coalition that includes respected people from both departments, agree a clear vision with the sponsor and communicate the reasons repeatedly through line managers, because staff trust their own manager most. I equip those managers with briefings and FAQs, create two-way channels such as drop-in sessions and pulse surveys, and show early wins that prove the new structure works. I measure adoption and sentiment rather than just the go-live date, and reinforce the change through roles, objectives and recognition so people do not drift back to the old ways.',
    ),
  ],
  'Inventory Management': [
    q(
      'junior',
      'In inventory management, how does cycle counting work, and why do many warehouses prefer it to one full annual stock-take?',
      'Checks fundamentals of inventory record accuracy.',
      'With cycle counting I count a small set of locations or items every day or week, so the whole stock is covered over the year, with high-value or fast-moving items counted more often. It avoids shutting the warehouse for a full stock-take and finds errors while they are recent enough to trace, for example a mispick or a receipt booked to the wrong location. When a count differs from the system I recount, investigate the cause and only then post an adjustment, and I track inventory record accuracy as a percentage of locations counted correctly.',
    ),
    q(
      'mid',
      'Inventory turnover is falling while stockouts are rising. How would you use inventory management data to find out why?',
      'Tests diagnostic analysis of inventory performance.',
      'That pattern usually means the stock is in the wrong items rather than too little or too much overall, so I break the data down by SKU instead of looking at totals. I compare days of supply per item with its recent demand, check forecast bias by item, look for supplier lead times that have changed and for minimum order quantities that force overbuying of slow movers. I also check record accuracy, because phantom stock in the system causes stockouts while the planning parameters look fine. The fix is usually to clear or write down excess slow-moving stock, reset planning parameters for the fast movers and correct the master data that caused the drift.',
    ),
    q(
      'senior',
      'How would you decide between holding stock in one central distribution centre and holding it in several regional warehouses?',
      'Looks for strategic network and inventory trade-off judgement.',
      'I frame it as a total-cost and service decision: centralising pools demand variability, so by the square-root law safety stock falls roughly with the square root of the number of locations consolidated, but outbound transport costs and delivery times usually rise. I model the network with demand by region, service promises, transport rates and warehouse costs, and test scenarios rather than relying on one answer. The result is often a hybrid, with fast movers held regionally close to customers and slow, expensive or erratic items held centrally, managed with multi-echelon inventory optimisation. I agree the service level targets with sales first, because they drive most of the cost.',
    ),
  ],
  'Applicant Tracking Systems': [
    q(
      'junior',
      'What do you keep up to date in an applicant tracking system such as Greenhouse or Workday Recruiting as a candidate moves through hiring, and why does it matter?',
      'Checks disciplined use of an ATS and awareness of why the data matters.',
      'I move the candidate to the correct stage promptly, attach interview scorecards, log communications and record a clear rejection or disposition reason when someone leaves the process. Accurate stages trigger the right automated emails, so candidates are not left waiting, and they feed the reports on time to hire and conversion between stages. The records also matter for compliance, because they show how each decision was made and let us apply data retention rules under GDPR or equal opportunity record-keeping in the US.',
    ),
    q(
      'mid',
      'How would you configure an applicant tracking system such as Greenhouse or Lever for a new role, so hiring managers and interviewers use it consistently?',
      'Tests practical configuration of hiring workflows in an ATS.',
      'I set up the job with an interview plan that mirrors the agreed stages, and I build a scorecard for each interview that focuses on the attributes that interview is meant to assess, so feedback is structured and comparable. I add a few knockout application questions only for genuine requirements, approval chains for opening the job and for offers, and email templates for each stage. I give the hiring team the right permissions, connect calendar scheduling so interview invitations come from the system, and show the hiring manager a dashboard of overdue scorecards so feedback arrives within a day.',
    ),
    q(
      'senior',
      'How would you select and implement an applicant tracking system for a company hiring in several countries, taking data protection, integrations and automated screening into account?',
      'Looks for judgement in selecting and governing recruiting technology.',
      "I gather requirements from recruiters, hiring managers and candidates, then score vendors on workflow fit, reporting, integrations with our HRIS for the new-hire handover, job boards, assessment and background-check tools, single sign-on and an accessible application form. For data protection I define the lawful basis and privacy notice per country, configure retention periods with automatic anonymisation and use explicit consent for keeping people in a talent pool. Any AI screening feature gets a bias assessment before use, since New York City's Local Law 144 requires independent bias audits of automated employment decision tools and the EU AI Act treats recruitment AI as high-risk. I migrate only the candidate data we are allowed and need, pilot with one region, and track adoption and data quality after launch.",
    ),
  ],
  'Grant Management': [
    q(
      'junior',
      'After a grant is awarded, what do you check in the award terms before any money is spent, as part of grant management?',
      'Checks awareness of post-award obligations in funder terms.',
      'I read the grant agreement for the award period, the approved budget and which costs are allowable, the rules for moving money between budget lines and any match funding we have committed. I note every financial and narrative reporting deadline, the payment schedule, procurement and record-keeping requirements, how long records must be kept for audit, and conditions such as acknowledging the funder or publishing outputs open access. I then set up a separate cost code for the award and a calendar of deadlines shared with the project lead and finance.',
    ),
    q(
      'mid',
      "Halfway through a project, one grant budget line is well underspent and another is overspent. How do you handle it under the grant's terms?",
      'Tests handling of budget variances within funder rules.',
      "I reconcile actual spending against the budget with finance every month, so I would first find out why: a delayed hire, a price change or costs posted to the wrong code. I check the funder's rules on budget transfers, since many allow small movements between lines but need prior approval above a limit, for example transfers above 10% of the total budget under the US Uniform Guidance. I then ask the funder in writing before moving money, or request a no-cost extension if the underspend reflects a delay, and I never charge unallowable costs just to use up a budget line.",
    ),
    q(
      'senior',
      'How would you set up grant management across an organisation that holds dozens of awards from different funders, so it is ready for audit at any time?',
      'Looks for organisation-wide post-award governance and compliance.',
      'I would keep a central register of awards with their terms, budgets, deadlines and owners, and give each award its own cost centre in the finance system. I would write policies on allowable costs, approvals and time and effort reporting for staff charged to grants, with a formal handover from pre-award to post-award so the terms negotiated are the terms managed. Monthly reviews of spend and milestones with each project lead, monitoring of subrecipients and a compliance calendar catch problems early, and I keep documentation so that funder audits, or a Single Audit for US federal funding, can be answered quickly. I also train principal investigators on their obligations, because most findings start with decisions made in the project rather than in finance.',
    ),
  ],
  'Supply Chain Management': [
    q(
      'junior',
      'In supply chain management, what is the bullwhip effect and what causes it?',
      'Checks understanding of demand amplification in supply chains.',
      'The bullwhip effect is the way small changes in customer demand grow into larger and larger swings in orders as they pass upstream from retailer to distributor to manufacturer and suppliers. Lee, Padmanabhan and Whang identified four main causes: each tier updating its forecast from the orders it receives, order batching, price promotions that cause forward buying, and rationing that leads customers to over-order during shortages. I would reduce it by sharing point-of-sale data with suppliers, ordering smaller amounts more often and avoiding unnecessary promotions.',
    ),
    q(
      'mid',
      "A key supplier's lead time has doubled from four to eight weeks. What do you do, both immediately and over the next quarter?",
      'Tests practical response to a supply disruption.',
      'Immediately I quantify the exposure: stock on hand and in transit against forecast demand over the new lead time, which shows which items and customers run out first and when. I update the lead time in the ERP so planning stops assuming four weeks, place orders to cover the gap, expedite or use air freight for critical items and agree with sales which customers get priority. Over the quarter I raise buffers temporarily for the affected items, talk to the supplier about the cause and their recovery plan, start qualifying a second source and bring the issue into the sales and operations planning meeting so finance and sales see the impact.',
    ),
    q(
      'senior',
      'How would you make a global supply chain more resilient without simply holding far more stock everywhere?',
      'Looks for strategic resilience thinking beyond adding inventory.',
      "I start by mapping the supply chain beyond tier one, because many single points of failure sit with a sub-supplier or a single port. For each critical node I estimate time to recover and time to survive, following Simchi-Levi's approach, and place strategic buffers or a second source only where the business could not survive until the node recovers. Other levers are designing products so parts can be substituted, nearshoring some capacity, contracts that reserve capacity and a control tower that gives early warning of disruptions. I run stress tests of scenarios such as a closed port or a supplier failure with leadership, so the cost of resilience is a conscious decision.",
    ),
  ],
  'Internal Controls': [
    q(
      'junior',
      'What is segregation of duties in internal controls, and how would you apply it in a finance team of only three people?',
      'Checks understanding of a core control principle and pragmatic compensating controls.',
      'Segregation of duties means no single person can authorise a transaction, record it, hold the related asset and reconcile it, so an error or fraud needs collusion to go unnoticed. In a team of three I split the key steps where possible, for example one person sets up suppliers and posts invoices while another releases payments. Where full separation is impossible I add compensating controls, such as dual authorisation in the banking platform, an independent review of bank statements by the finance director and a regular report of changes to supplier bank details that someone else checks.',
    ),
    q(
      'mid',
      'When you work on internal controls, how do you design and document a key control so that it can be tested, for example a monthly review of manual journal entries?',
      'Tests practical control design and documentation.',
      'I record it in the risk and control matrix with the risk it addresses, such as inappropriate or erroneous manual journals, and then describe who performs it, how often, what exactly they check, the threshold and what evidence they keep. For this example, I would write that the financial controller reviews every manual journal above £10,000 posted in the month against supporting documents and approval, and signs and dates the system report. Because the review relies on a report from the ERP, I also check that the report is complete and accurate, otherwise the control can look effective while missing entries. That level of precision lets an internal or external auditor test it the same way each time.',
    ),
    q(
      'senior',
      'How would you build or strengthen internal controls for a company preparing for an IPO in the US and Sarbanes-Oxley compliance?',
      'Looks for leadership of an internal control over financial reporting programme.',
      "I would use the COSO 2013 Internal Control framework and its five components, control environment, risk assessment, control activities, information and communication, and monitoring, as the structure. I scope by materiality to the significant accounts, processes and locations, document process narratives and risk and control matrices, and include entity-level controls and IT general controls over access, change and operations, because automated controls rely on them. I then run a gap assessment, remediate with named control owners, and test controls ahead of the first section 404 management assessment and, once it applies, the auditor's attestation. I prefer automated preventive controls where possible, since they are cheaper to operate and test than manual reviews.",
    ),
  ],
  ERP: [
    q(
      'junior',
      'Why does master data quality matter so much in an ERP system, and what problems can a bad supplier or item record cause?',
      'Checks understanding of how master data drives ERP transactions.',
      'Every transaction in an ERP reads master data, so a mistake in one record spreads into orders, stock and the ledger. A duplicate supplier can lead to duplicate payments, wrong bank details can send money to the wrong account, and a wrong unit of measure on an item can turn an order for 10 boxes into 10 single units. I search for an existing record before creating one, follow the naming and field conventions, and request changes through the approval workflow rather than working around it.',
    ),
    q(
      'mid',
      'In an ERP implementation, how do you decide whether to change a business process to fit the standard system or to customise the ERP?',
      'Tests fit-gap judgement and awareness of customisation costs.',
      'I run a fit-gap analysis against the standard processes and default to adopting the standard wherever the process does not differentiate us, because every customisation adds cost to testing and upgrades for the life of the ERP. I accept a gap only for legal requirements or something that really is a competitive advantage, and even then I prefer configuration first and extensions through APIs or a side-by-side platform over modifying the core. Each gap goes to a design authority with a business case and an owner, which stops the project from rebuilding the old system in new software.',
    ),
    q(
      'senior',
      'How would you plan the cutover and go-live of a new ERP for a company with several sites, and decide between a big-bang and a phased rollout?',
      'Looks for experience of ERP deployment risk and planning.',
      "A big bang avoids temporary interfaces between old and new systems but puts everything at risk at once, while a phased rollout by site or module limits risk and lets the team learn, at the cost of running bridges and two systems for longer. I decide based on how tightly the sites share stock, customers and finance, and on the team's capacity. Whichever I choose, I write an hour-by-hour cutover plan, run at least two mock data migrations with reconciliation of opening balances, stock and open orders, set clear go or no-go criteria with the business, and avoid month-end and peak season. After go-live I run a staffed hypercare period with daily issue reviews until the key processes are stable.",
    ),
  ],
  Invoicing: [
    q(
      'junior',
      'What must a full VAT invoice contain in the UK, and what else do you check before sending one as part of invoicing?',
      'Checks knowledge of invoice content requirements and accuracy.',
      "Under HMRC rules a full VAT invoice needs a unique sequential number, my company's name, address and VAT registration number, the invoice date and the time of supply if different, the customer's name and address, a description of each item with quantity, price excluding VAT and VAT rate, the total excluding VAT and the total VAT. Before sending it I also check that it matches the contract or order, quotes the customer's purchase order number if they require one, states the payment terms and our bank details, and goes to the right accounts payable address. Missing a purchase order number is one of the most common reasons customers reject invoices and pay late.",
    ),
    q(
      'mid',
      'A customer disputes an invoice you have already issued because some items were not delivered. How do you handle it?',
      'Tests correct correction procedures and dispute handling.',
      'I first check the delivery records, the order and the contract to confirm what was actually delivered. If the customer is right, I never edit or delete the issued invoice; I raise a credit note that references the original invoice number and, if needed, a new invoice for the correct amount, which keeps the numbering sequence and the VAT records intact. I put the account on dispute hold so automated payment reminders stop, record the reason in the billing system and tell the customer what to expect. If disputes of the same kind keep recurring, I fix the cause, such as invoices being raised before delivery is confirmed.',
    ),
    q(
      'senior',
      "How would you prepare a company's invoicing for mandatory e-invoicing in several European countries, and what would you automate?",
      'Looks for knowledge of e-invoicing mandates and system design.',
      "I would map where we trade against the mandates and their dates: Italy has required B2B e-invoicing through its SdI platform since 2019, Germany has required businesses to be able to receive e-invoices since 2025, France is phasing it in from 2026, and the EU's VAT in the Digital Age package moves intra-EU B2B trade to e-invoicing by 2030. Most of these build on the EN 16931 standard, in formats such as UBL, CII or Factur-X, and many are exchanged over the Peppol network. I would generate structured invoices directly from the ERP or billing system, validate them automatically before sending, connect through a certified provider or Peppol access point, and archive them as the law requires. Clean customer master data, such as tax numbers and routing identifiers, is usually the biggest piece of work.",
    ),
  ],
  'Cash Flow Management': [
    q(
      'junior',
      'In cash flow management, how is the cash conversion cycle calculated and which levers shorten it?',
      'Checks understanding of working capital and its effect on cash.',
      'The cash conversion cycle is days inventory outstanding plus days sales outstanding minus days payables outstanding, so it measures how long cash is tied up between paying suppliers and collecting from customers. I shorten it by invoicing promptly and chasing overdue receivables, holding less slow-moving stock, and paying suppliers on the agreed terms rather than early. A shorter cycle means the business needs less borrowing to fund the same level of sales.',
    ),
    q(
      'mid',
      'How would you build a 13-week cash flow forecast and keep it accurate?',
      'Tests practical short-term cash forecasting.',
      "I use the direct method: opening bank balance, then receipts by week based on the receivables ledger and each major customer's actual payment pattern, and payments for payroll, suppliers from the payables ledger, rent, tax such as VAT and PAYE, and debt service. I add known one-off items such as capital spending, and flag the weeks where cash falls close to the minimum balance or a covenant limit. Every week I roll the forecast forward and compare actuals with what I forecast, so I can see which lines are consistently wrong and fix the assumptions behind them.",
    ),
    q(
      'senior',
      'Your company will fall below its minimum cash balance in about ten weeks. How do you lead the cash flow management response?',
      'Looks for decisive leadership of a liquidity problem.',
      "I confirm the forecast first, then set up a small cash committee with daily cash reporting and one owner for each lever. On receipts I chase overdue debts hard, offer targeted early-payment discounts and consider invoice finance; on payments I negotiate revised terms with key suppliers openly rather than simply paying late, pause discretionary spending and capital projects, and reduce stock purchases. I also approach the tax authority, for example HMRC's Time to Pay arrangement, and the bank early about extending the facility or a covenant waiver, because lenders react far better to a plan than to a surprise. I keep the board informed each week, since directors have legal duties once insolvency becomes a risk.",
    ),
  ],
  Economics: [
    q(
      'junior',
      'How would you use the economics concept of price elasticity of demand to advise on a proposed 10% price increase?',
      'Checks the ability to apply a basic economic concept to a business decision.',
      "Price elasticity is the percentage change in quantity demanded divided by the percentage change in price. If I estimate elasticity at minus 0.5, a 10% increase would cut volume by about 5% and raise revenue by roughly 4.5%, whereas with elasticity of minus 2 revenue would fall sharply. I would estimate it from our past price changes, regional differences or a price test, check how close substitutes and competitors' prices are, and point out that demand usually becomes more elastic in the long run as customers find alternatives.",
    ),
    q(
      'mid',
      "A policy team wants to know whether a new job training programme raised participants' earnings. Which economics methods would you use to estimate the causal effect?",
      'Tests knowledge of causal inference methods used in applied economics.',
      "A randomised trial is the cleanest option, but if participants chose to join, I would look for a credible comparison group. With earnings data before and after, difference-in-differences works if I can show parallel pre-programme trends, and if eligibility depends on a cut-off such as age or test score, a regression discontinuity design compares people just either side of it. I would be careful with training programmes because of the Ashenfelter dip, where participants' earnings often fall just before they enrol, which makes simple before-and-after comparisons overstate the effect. I report the estimate with its confidence interval and the assumptions it depends on.",
    ),
    q(
      'senior',
      'How do you present economics analysis, such as a cost-benefit appraisal, to decision-makers when the result depends heavily on uncertain assumptions?',
      'Looks for judgement in communicating economic evidence under uncertainty.',
      "I follow the structure of HM Treasury's Green Book: a central estimate of net present value and benefit-cost ratio, using the 3.5% social discount rate, with adjustments for optimism bias. I then show sensitivity analysis and switching values, meaning how far a key assumption such as take-up or cost would have to change before the decision flips, which is often more useful to decision-makers than a single number. I am explicit about impacts I could not put a monetary value on and about who gains and who loses, and I keep the technical detail in an annex so the summary is one clear page.",
    ),
  ],
  'Campaign Management': [
    q(
      'junior',
      'What goes into a campaign brief, and why do you need one before launching anything in campaign management?',
      'Checks basic campaign planning discipline.',
      'A brief states the objective and the KPI that shows success, the target audience, the key message and offer, the channels, budget and timeline, the creative needed and who approves what. I also include the tracking plan, such as UTM parameters and the conversion events to measure, because it cannot be added after launch. Without a brief every team interprets the goal differently and there is nothing to judge the results against.',
    ),
    q(
      'mid',
      'How would you run a multichannel campaign so audience, timing and tracking stay consistent across email, paid social and the website?',
      'Tests practical coordination of multichannel campaigns.',
      'I keep one campaign plan and calendar, and build audiences from a single source in the CRM or customer data platform, with suppression lists for existing customers and anyone without marketing consent under GDPR and PECR. Every link follows the same UTM naming convention, and I set frequency caps so people are not hit with the same message on every channel. Before launch I run a QA checklist on links, email rendering, landing pages and conversion tracking, and I keep a small holdout group so I can measure what the campaign added. During the campaign I watch a daily dashboard and shift budget or creative when something underperforms.',
    ),
    q(
      'senior',
      'How would you build a campaign management process for a marketing team running dozens of campaigns a quarter, so launches happen on time and learnings carry over?',
      'Looks for operational leadership and a test-and-learn culture.',
      'I set up a single intake where campaigns are requested with a standard brief and prioritised against the quarterly plan and team capacity, then tracked through a workflow tool such as Workfront or Asana with fixed lead times for creative, legal review and build. Reusable email and landing page modules, naming conventions and a QA checklist cut build time and errors. Every campaign ends with a short review against its KPI, and I keep a shared test-and-learn log so the next brief starts from what we already know. A monthly review of the whole portfolio shows which campaign types deserve more budget and which should stop.',
    ),
  ],
  'E-commerce': [
    q(
      'junior',
      'In e-commerce, how do sessions, conversion rate and average order value combine to give revenue, and which would you look at first if sales dropped?',
      'Checks understanding of the core e-commerce funnel metrics.',
      'Online revenue is roughly sessions multiplied by conversion rate multiplied by average order value, so a drop in sales must come from fewer visitors, fewer of them buying or smaller baskets. I would first check which of the three moved, then break it down by traffic source, device and landing page in a tool such as GA4. For example, a fall in paid search sessions points to a campaign or budget change, while a conversion drop only on mobile points to a site problem such as a broken checkout step. I also check returns and cancellations, because gross sales can hide a rise in refunds.',
    ),
    q(
      'mid',
      'Checkout abandonment on your e-commerce site has risen. How would you find the causes and reduce it?',
      'Tests practical conversion optimisation on a checkout.',
      'I would map the checkout funnel step by step in analytics, split by device, browser, payment method and new versus returning customers, to see exactly where people leave, and watch session recordings of that step. Common causes are delivery costs or taxes shown late, forced account creation, too few payment options, slow pages, form validation errors and payment failures, including 3-D Secure challenges under strong customer authentication rules in the UK and EU. I would check payment gateway decline codes and error logs alongside the analytics, because a technical failure can look like abandonment. Then I would fix clear bugs straight away and A/B test changes such as showing delivery costs on the product page, guest checkout and wallets like Apple Pay, measuring completed orders rather than clicks.',
    ),
    q(
      'senior',
      'How would you decide whether a direct-to-consumer brand should also sell on Amazon?',
      'Looks for channel strategy judgement weighing margin, brand control and customer data.',
      'I would model the contribution margin per order on Amazon after referral fees, often 8 to 15% depending on the category, fulfilment fees, advertising and returns, and compare it with our own e-commerce site after customer acquisition cost. The benefits are reach and purchase intent that already exist there, but the costs are weaker control over price and presentation, little customer data for remarketing, and the risk of resellers or counterfeits competing for the Buy Box. I would also weigh channel conflict with retailers and our own site, and whether splitting inventory across channels raises stockouts. If the numbers work, I would start with a focused range, enrol in Amazon Brand Registry, set pricing rules so we do not undercut our own site, and review profitability and cannibalisation after a few months.',
    ),
  ],
  'Decentralized Finance': [
    q(
      'junior',
      'How does an automated market maker such as Uniswap set prices, and what is impermanent loss?',
      'Checks understanding of core DeFi trading mechanics.',
      'In a constant product automated market maker like Uniswap v2, a pool holds two tokens and keeps the product of their reserves constant, x times y equals k, so a trade that adds one token and removes the other moves the price along that curve. Liquidity providers deposit both tokens and earn a share of the trading fee, 0.3% in Uniswap v2, and trades that are large relative to the pool suffer more slippage. Impermanent loss is the shortfall a liquidity provider has compared with simply holding the two tokens when their relative price moves, because arbitrageurs rebalance the pool against them. I would tell a user that it only becomes permanent if they withdraw at the changed price, and that fees may or may not make up for it.',
    ),
    q(
      'mid',
      'How does an overcollateralised DeFi lending protocol such as Aave work, and what triggers a liquidation?',
      'Tests knowledge of DeFi lending and liquidation mechanics.',
      "Users deposit collateral into a pool and can borrow other assets up to a loan-to-value limit, paying a variable interest rate that rises as the pool's utilisation rises, while depositors earn that interest. Each position has a health factor, the collateral value multiplied by its liquidation threshold divided by the debt, with prices taken from oracles such as Chainlink. When the health factor falls below 1, typically because the collateral price drops, anyone can act as a liquidator, repay part of the debt and receive the equivalent collateral plus a liquidation bonus. I would keep a healthy buffer above the threshold and monitor positions, because in a sharp market fall network fees spike and liquidations happen quickly.",
    ),
    q(
      'senior',
      'Your firm is considering putting treasury funds into a DeFi protocol. How would you assess the risks?',
      'Looks for structured judgement across technical, economic and regulatory DeFi risks.',
      'I would start with smart contract risk, checking audits, time in production, the value it has secured, bug bounties, and whether the contracts are upgradeable and who holds the admin keys or governance power. Next I look at economic risks: how it gets prices and whether its oracles can be manipulated through thin liquidity or flash loans, as happened with Mango Markets in 2022, plus liquidity to exit under stress, dependence on stablecoins that could depeg, and exposure to bridges, which have suffered some of the largest hacks, such as Ronin. Operationally I need custody with multi-signature or MPC wallets, clear approval limits and monitoring, and I check the accounting, tax and regulatory treatment, including MiCA in the EU and sanctions screening. I would then set exposure limits per protocol, start small and agree exit triggers in advance, since the yields on offer in decentralised finance are largely payment for taking these risks.',
    ),
  ],
  NetSuite: [
    q(
      'junior',
      'How would you build a saved search in NetSuite that lists overdue customer invoices?',
      'Checks hands-on familiarity with NetSuite saved searches.',
      'I create a new transaction saved search with the criteria Type is Invoice, Status is Open and Due Date before today, and I set Main Line to true so I get one row per invoice instead of one row per item line. In the results I show the customer, document number, due date, amount remaining and a formula column for days overdue, sorted by the oldest first. I then share it with the collections role, and I can schedule it to be emailed each Monday or add it to a dashboard as a reminder or KPI.',
    ),
    q(
      'mid',
      'When would you customise NetSuite with SuiteFlow workflows and when with SuiteScript, and how do you deploy those changes safely?',
      'Tests practical judgement on NetSuite customisation and release practice.',
      'I use SuiteFlow for approval routing, field defaults and simple state changes, because administrators can read and maintain it without code. I move to SuiteScript 2.x when I need logic that workflows handle badly, such as user event scripts that validate complex records, RESTlets for integrations or Map/Reduce scripts for large volumes that would otherwise hit governance unit limits. I build and test in a sandbox account, keep scripts and objects in source control with the SuiteCloud Development Framework, and deploy with SDF during a quiet window, with a named owner and a rollback plan.',
    ),
    q(
      'senior',
      'How would you organise the month-end close and consolidation for a group with several subsidiaries and currencies in NetSuite OneWorld?',
      'Looks for control of multi-entity close, currency and intercompany processes.',
      'I run the close from the period close checklist, locking accounts receivable and payable first so late postings cannot slip into a period that is being reviewed. Before closing I revalue open foreign currency balances, check the consolidated exchange rate table for current, average and historical rates, and reconcile intercompany balances so the elimination journals net to zero. I agree a close calendar with each subsidiary controller, restrict who can post to or reopen periods through roles, and review exceptions such as negative inventory or date and period mismatches. After each close I look at where days were lost and automate or move those steps earlier, such as accruals or bank reconciliations.',
    ),
  ],
  Interviewing: [
    q(
      'junior',
      "When interviewing users for research, what makes a question leading, and how would you rephrase one such as 'Don't you find the checkout confusing'?",
      'Checks the basics of neutral, open questioning.',
      "A leading question suggests the answer the interviewer expects, so participants, who usually want to be helpful, tend to agree with it and I learn about my assumptions instead of their experience. I would ask instead, 'Tell me about the last time you bought something from us', then 'How did paying go?', and follow up on whatever they raise with 'What happened next?' or 'Why was that?'. I ask about specific past behaviour rather than hypothetical futures, keep my reactions neutral and get comfortable with silence, because people often add the most useful detail after a pause.",
    ),
    q(
      'mid',
      'How do you run a structured hiring interview so that every candidate is assessed fairly and consistently?',
      'Tests practical structured interviewing and evidence-based assessment.',
      'Before the interviews I agree with the hiring manager the three or four competencies the role needs and write the same core questions for each candidate, with a scoring guide that describes what weak, good and strong answers look like. In the interview I ask behavioural questions about real past situations and probe with follow-ups about the situation, what they personally did and the result, taking notes on evidence rather than impressions. I score each competency on my own before the debrief so I am not swayed by louder panel members, and I avoid questions about age, family plans or other protected characteristics, which are irrelevant and can breach equality law.',
    ),
    q(
      'senior',
      'How would you improve the quality and consistency of interviewing across a growing company with many new interviewers?',
      'Looks for leadership in interviewer training, calibration and measurement.',
      'I would define a structured interview kit for each role family with agreed competencies, questions and scoring rubrics, and require new interviewers to complete short training, shadow experienced interviewers and then be reverse-shadowed before they interview alone. Regular calibration sessions, where interviewers score the same recorded or written answer and discuss differences, help align standards. I would then use data: score distributions and pass rates by interviewer to spot outliers who are far harsher or softer than peers, candidate experience survey results, offer acceptance rates and pass rates across demographic groups to check for adverse impact. Finally, I would compare interview scores with performance reviews after six to twelve months to see whether our interviews actually predict success in the role.',
    ),
  ],
  Zoom: [
    q(
      'junior',
      'How do you set up a Zoom meeting so that uninvited people cannot join or disrupt it?',
      'Checks basic Zoom meeting security settings.',
      'I schedule it with a generated meeting ID rather than my Personal Meeting ID, require a passcode and enable the waiting room so I admit only the people I expect. For internal meetings I can require participants to be signed in with a company account. I limit screen sharing to the host, disable join before host, and avoid posting the link anywhere public. If someone still gets in, I can remove them, lock the meeting once everyone has arrived or use the Suspend Participant Activities option to stop all video, audio and sharing at once.',
    ),
    q(
      'mid',
      'For a 300-person company all-hands on Zoom, would you use a Zoom Meeting or a Zoom Webinar, and how would you run the session?',
      'Tests practical planning of large Zoom events.',
      'I would choose a Webinar if it is mostly a broadcast, because attendees join view-only while speakers are panellists, which prevents accidental interruptions and gives a moderated Q&A panel, but a Meeting if I want people to talk or use breakout rooms, after checking our licence covers 300 participants. I would schedule a practice session beforehand for the speakers to test audio and screen sharing, assign co-hosts to manage Q&A, chat and technical problems, and turn on automated captions. During the event I use polls to keep people engaged, and I record to the cloud so those who could not attend can watch later, sharing the recording with the right access settings.',
    ),
    q(
      'senior',
      'How would you administer Zoom across an organisation, including sign-in, recordings and compliance?',
      'Looks for account-level Zoom administration and governance.',
      'I would connect Zoom to our identity provider through SAML single sign-on, claim our email domains as associated domains so every user with a company address sits in the managed account, and assign licences through groups. Security defaults such as waiting rooms, passcodes and restricted screen sharing would be set and locked at account or group level, so users cannot switch them off. For recordings I would decide with legal and information governance who can record, where recordings are stored, who can view them and how long they are kept, using automatic deletion to enforce retention. I would also choose data centre regions to meet data residency needs and explain trade-offs, for example that enabling end-to-end encryption disables cloud recording and join before host.',
    ),
  ],
};
