import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated situational questions for soft skills, keyed by canonical name. */
export const SOFT_SKILL_QUESTIONS: Record<string, BankQuestion[]> = {
  Communication: [
    q(
      'junior',
      'How would you explain a technical problem to a non-technical colleague?',
      'Checks the ability to adapt a message to the audience.',
      'I start from what the person cares about, such as the impact on customers, timelines or cost, rather than from the technical details. I use a concrete analogy or example, avoid jargon, and check understanding by asking what they would tell their team. I end with what I need from them, if anything, and what happens next.',
    ),
    q(
      'mid',
      'How do you write a status update that busy stakeholders actually read?',
      'Tests written communication and prioritisation of information.',
      'I lead with the headline: whether we are on track, the key change since last time and any decision needed, in two or three lines. Details follow in short sections for progress, risks with mitigations, and next steps with owners and dates. I keep the format consistent so readers know where to look, and flag problems early instead of softening them.',
    ),
    q(
      'senior',
      'How do you communicate a difficult message, such as a delayed launch, to leadership?',
      'Looks for candour, ownership and solution orientation.',
      'I deliver it early and directly, stating the new expected date, the cause and the impact, without hiding behind technical detail or blame. I bring options with their trade-offs, such as reducing scope to keep the date or adding resources, and a recommendation. I also explain what we will change to avoid a repeat and when I will next update them.',
    ),
  ],
  Leadership: [
    q(
      'junior',
      'What does leadership look like when you do not have a formal title?',
      'Checks an understanding of leadership as behaviour, not position.',
      'It means taking ownership of outcomes beyond my own tasks: noticing problems and proposing fixes, helping teammates when they are stuck, and sharing knowledge. It also means setting a good example in quality and reliability, and raising concerns constructively. People follow those who make the team better, whatever their title.',
    ),
    q(
      'mid',
      'How do you get a team aligned on a goal when people have different priorities?',
      'Tests the ability to create shared direction.',
      'I make the goal and the reason for it explicit, connecting it to customer or business outcomes people care about. I invite input on how to reach it, so people have ownership of the plan, and make trade-offs visible when priorities conflict. Then I keep the goal visible with regular check-ins on progress and remove obstacles as they appear.',
    ),
    q(
      'senior',
      'How do you adapt your leadership style to different team members?',
      'Checks situational leadership and self-awareness.',
      "I match the level of direction to each person's experience with the specific task: more structure and frequent check-ins for someone new to it, and more autonomy and coaching for someone experienced. I learn how each person prefers to receive feedback and recognition, and what motivates them. Regular one-to-ones let me adjust as people grow, and I aim to make myself less necessary over time.",
    ),
  ],
  Teamwork: [
    q(
      'junior',
      'What makes you a good team member?',
      'Checks collaboration habits.',
      "I communicate clearly about what I am working on and when I am blocked, follow through on commitments and ask for help early rather than struggling silently. I share credit, review others' work constructively and help out when someone is overloaded. I also adapt to the team's conventions instead of insisting on my own way.",
    ),
    q(
      'mid',
      'How do you work effectively with teammates in different time zones?',
      'Tests practical remote collaboration skills.',
      'I rely on asynchronous communication with clear written context, such as detailed tickets, documented decisions and recorded demos, so work continues without waiting for a meeting. Overlapping hours are reserved for discussions that truly need real-time conversation, and meeting times rotate fairly. I make hand-offs explicit so nothing falls through the cracks between time zones.',
    ),
  ],
  'Problem Solving': [
    q(
      'junior',
      'How do you approach a problem you have never seen before?',
      'Checks a structured approach to unfamiliar problems.',
      'I first make sure I understand the problem by restating it, clarifying constraints and what success looks like. I break it into smaller parts, gather information from documentation, data and colleagues, and try the simplest approach that might work. I test my assumptions quickly and adjust, and I note what I learned for next time.',
    ),
    q(
      'mid',
      'How do you find the root cause of a recurring problem rather than just the symptoms?',
      'Tests root-cause analysis skills.',
      'I collect data on when and where the problem occurs to find patterns, then use techniques like the five whys or a fishbone diagram to trace contributing causes. I form hypotheses and test them one at a time, ideally by reproducing the problem. A fix is confirmed when the problem stops recurring, and I add monitoring or a check so we notice if it returns.',
    ),
    q(
      'senior',
      'How do you decide how much analysis a problem deserves before acting?',
      'Checks judgement about speed versus certainty.',
      'It depends on how reversible the decision is and what being wrong would cost. For reversible, low-cost decisions I act quickly with the information at hand and adjust based on feedback. For irreversible or high-impact ones I invest in analysis, seek dissenting views and sometimes run a small experiment first, while setting a deadline so analysis does not become paralysis.',
    ),
  ],
  'Critical Thinking': [
    q(
      'mid',
      'How do you evaluate a claim or recommendation that is presented to you?',
      'Checks analytical scepticism.',
      'I look at the evidence behind it: the source of the data, the sample, how it was measured and whether alternative explanations were ruled out. I check for assumptions, cognitive biases such as confirmation bias, and whether the conclusion actually follows from the evidence. Then I ask what would have to be true for it to be wrong, and look for that.',
    ),
    q(
      'senior',
      'Describe how you guard against your own biases when making decisions.',
      'Tests self-awareness in reasoning.',
      'I write down my reasoning and the evidence before deciding, which makes gaps and assumptions visible. I actively seek people likely to disagree, and ask them to argue the opposite case, and I define in advance what evidence would change my mind. Reviewing past decisions against outcomes helps me calibrate where I tend to be overconfident.',
    ),
  ],
  'Time Management': [
    q(
      'junior',
      'How do you organise your work when you have several tasks with deadlines?',
      'Checks personal organisation.',
      'I list all tasks with their deadlines and estimated effort, and prioritise by importance and urgency rather than by what is easiest. I block focused time in my calendar for the most important work and break large tasks into smaller steps with their own targets. If deadlines conflict, I raise it early with the people involved instead of missing one silently.',
    ),
    q(
      'mid',
      'How do you protect time for deep work when you are constantly interrupted?',
      'Tests practical strategies for focus.',
      'I schedule blocks of focus time and make them visible in my calendar and chat status, and batch messages and email into set times. For urgent requests, I agree with the team on which channel means truly urgent. I also reduce recurring interruptions by documenting frequent answers so people can self-serve.',
    ),
  ],
  'Stakeholder Management': [
    q(
      'junior',
      'How do you keep stakeholders informed during a project?',
      'Checks basic stakeholder communication.',
      'I find out who the stakeholders are, what they care about and how they prefer to be updated. I set a regular rhythm of updates, such as a weekly written summary and demos at milestones, and tailor the level of detail to each audience. I raise risks early, so nobody is surprised.',
    ),
    q(
      'mid',
      'How do you manage stakeholders with conflicting requirements?',
      'Tests negotiation and facilitation.',
      'I bring the conflict into the open and understand the goal behind each requirement, since the conflict is often about solutions rather than goals. I look for options that satisfy the underlying needs, and present trade-offs with data to the shared decision-maker when no option satisfies everyone. The decision and its reasoning are documented and communicated to all parties.',
    ),
    q(
      'senior',
      'How do you build trust with a sceptical senior stakeholder?',
      'Checks relationship-building and influence.',
      'I learn what they are accountable for and what worries them, and show that I understand it. Then I build credibility through reliability: small commitments delivered on time, honest updates including bad news, and no surprises. Involving them early in decisions that affect them turns them from a critic into a co-owner.',
    ),
  ],
  Mentoring: [
    q(
      'mid',
      'How do you help a junior colleague grow?',
      'Checks mentoring approach.',
      'I start by understanding their goals and current strengths, then agree on specific skills to develop. I give them stretch tasks with support, ask guiding questions rather than handing over answers, and give timely, specific feedback. Regular check-ins track progress, and I make their achievements visible to others.',
    ),
    q(
      'senior',
      'How do you give feedback on code or work that needs significant changes without discouraging the person?',
      'Tests constructive feedback skills.',
      'I focus on the work, not the person, explain the why behind each point and separate must-fix issues from suggestions. For large changes, I talk in person or on a call rather than leaving dozens of written comments, and I acknowledge what was done well. I offer to pair on the hardest part, which turns criticism into learning.',
    ),
  ],
  Adaptability: [
    q(
      'junior',
      'How do you handle sudden changes in priorities or requirements?',
      'Checks flexibility and composure.',
      'I first make sure I understand the change and the reason for it, and what it means for my current work. I wrap up or park my current task cleanly, documenting where I left off, and re-plan with the team. If the change creates risks or conflicts, I raise them constructively rather than resisting.',
    ),
    q(
      'mid',
      'How do you get up to speed quickly with a new technology or domain?',
      'Tests learning agility.',
      'I start with the fundamentals from official documentation and a small hands-on project, since building something reveals gaps fast. I find the experts nearby and ask focused questions, and read existing code or documents to learn the local conventions. I set a short-term goal, such as shipping a small change in the first week, to turn learning into contribution.',
    ),
  ],
  'Attention to Detail': [
    q(
      'junior',
      'How do you make sure your work is accurate before you hand it over?',
      'Checks quality habits.',
      'I review my work against the requirements with a checklist, test edge cases and double-check numbers against an independent source. I take a short break before the final review, because a fresh look catches more mistakes. For important work, I ask a colleague to review it too.',
    ),
    q(
      'mid',
      'How do you balance attention to detail with delivering on time?',
      'Tests judgement about where precision matters.',
      'I focus detailed checking where errors are costly or hard to reverse, such as financial figures, customer-facing content or production changes, and accept good-enough elsewhere. Automation, like tests, validation rules and templates, catches routine errors without slowing me down. I agree on the quality bar with stakeholders up front.',
    ),
  ],
  Negotiation: [
    q(
      'mid',
      'How do you prepare for a negotiation?',
      'Checks structured negotiation preparation.',
      "I clarify my goals, my priorities and my best alternative if we do not agree, so I know my walk-away point. I research the other side's interests and constraints, and look for issues that matter more to one side than the other, which create room for trade-offs. I plan my opening position and the concessions I can make in exchange for something.",
    ),
    q(
      'senior',
      'How do you reach agreement when both sides seem to have fixed positions?',
      'Tests interest-based negotiation skills.',
      'I move the conversation from positions to interests by asking why each side wants what it wants. Expanding the options, such as changing timing, scope, terms or adding something of value, often reveals a deal both can accept. Objective criteria such as market benchmarks help depersonalise disagreements, and I keep the relationship in mind for future negotiations.',
    ),
  ],
  'Public Speaking': [
    q(
      'mid',
      'How do you prepare for a presentation to a large audience?',
      'Checks presentation preparation.',
      'I define the one message I want the audience to remember and build the talk around it, with a clear structure and concrete examples or stories. Slides support what I say with few words and strong visuals, and I rehearse out loud, timing myself and practising the opening. I anticipate likely questions and prepare concise answers.',
    ),
    q(
      'senior',
      'How do you handle a tough or hostile question during a presentation?',
      'Tests composure and credibility under pressure.',
      'I listen fully, stay calm and restate the question to make sure I understood it and to give myself a moment. I answer honestly and briefly, acknowledging valid points, and if I do not know the answer, I say so and commit to follow up. If the discussion needs more time, I offer to continue it afterwards so the session stays on track.',
    ),
  ],
  'Decision Making': [
    q(
      'mid',
      'How do you make a decision when you have incomplete information?',
      'Checks comfort with uncertainty.',
      'I identify what information would most change the decision and whether it can be obtained quickly and cheaply. If not, I decide based on the best available evidence and clearly stated assumptions, choosing options that keep flexibility where possible. I set checkpoints to revisit the decision as new information arrives.',
    ),
    q(
      'senior',
      'How do you involve a team in decisions without slowing everything down?',
      'Tests decision governance and inclusion.',
      'I make it clear upfront who decides and how, such as consultative, consensus or delegated, and the deadline. People affected by the decision give input early, through a short written proposal with a comment period, which is faster than many meetings. Once decided, the reasoning is shared and everyone commits, even those who disagreed.',
    ),
  ],
  'Conflict Resolution': [
    q(
      'mid',
      'Two teammates are in a heated disagreement that is affecting the team. What do you do?',
      'Checks mediation skills.',
      'I talk to each person privately first to understand their perspective and the underlying concern, then bring them together to focus on the shared goal and the facts. I help them separate the problem from personal feelings and agree on criteria for a decision or a way to test both ideas. If it cannot be resolved, I escalate to the manager with a clear summary.',
    ),
    q(
      'senior',
      'How do you prevent recurring conflicts between two teams?',
      'Tests systemic thinking about conflict.',
      'Recurring conflicts usually stem from structural causes such as unclear ownership, conflicting goals or poor interfaces between the teams. I bring both sides together to map where friction occurs and agree on explicit responsibilities, service levels and communication channels. Aligning their goals and reviewing the agreement periodically keeps it working.',
    ),
  ],
  'Customer Service': [
    q(
      'junior',
      'How do you handle an angry customer?',
      'Checks empathy and de-escalation.',
      'I listen without interrupting, acknowledge their frustration and apologise for the experience, without making excuses. I ask questions to understand the problem precisely, explain what I can do and by when, and follow through on it. Afterwards, I check whether the issue points to a problem we should fix for other customers too.',
    ),
    q(
      'mid',
      'How do you balance customer satisfaction with company policies?',
      'Tests judgement within constraints.',
      'I explain the policy and the reason for it clearly and kindly, and look for what I can do within it, such as alternatives or partial solutions. When a policy produces an obviously unfair outcome, I escalate with a recommendation for an exception. Patterns of such cases are fed back so the policy itself can be improved.',
    ),
  ],
  Creativity: [
    q(
      'mid',
      'How do you generate new ideas when a team is stuck?',
      'Checks ideation techniques.',
      'I reframe the problem, for example by asking "how might we" questions or looking at it from a different user\'s perspective. I encourage many ideas before judging any, using techniques such as brainstorming in silence first, analogies from other industries or removing a constraint to see what becomes possible. The most promising ideas are then tested cheaply.',
    ),
    q(
      'senior',
      'How do you create an environment where creative ideas are welcomed?',
      'Tests leadership of innovation.',
      'People share ideas when it is safe to be wrong, so I respond to early ideas with curiosity and build on them before critiquing. I set aside time and a small budget for experiments, and celebrate learning from failed experiments as well as successes. Diverse teams and exposure to customers and other fields also feed creativity.',
    ),
  ],
  'Emotional Intelligence': [
    q(
      'mid',
      'How do you notice and respond when a colleague is struggling?',
      'Checks empathy and social awareness.',
      'I watch for changes in behaviour, such as withdrawal, irritability or slipping quality, and check in privately with an open question rather than assumptions. I listen without trying to fix everything immediately and ask how I can help, whether by taking something off their plate or pointing them to support. I respect their privacy and follow up later.',
    ),
    q(
      'senior',
      'How do you manage your own emotions in a stressful, high-stakes situation?',
      'Tests self-regulation.',
      'I notice my own signs of stress and pause before reacting, for example by taking a breath or asking a clarifying question. I separate facts from my interpretation, focus on what I can control and communicate calmly, which also helps others stay calm. Afterwards, I reflect on what triggered me and what I would do differently.',
    ),
  ],
};
