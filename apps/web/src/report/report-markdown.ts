import type { InterviewReport, Question } from '@prepkit/shared';

/** Keeps untrusted text from turning into Markdown structure (headings, links, HTML). */
const text = (s: string): string =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(/([\\`*_{}[\]<>#|])/g, '\\$1')
    .replace(/\n+/g, ' ')
    .trim();

const questions = (title: string, list: Question[]): string[] => [
  `## ${title}`,
  '',
  ...list.flatMap((q, i) => [
    `### ${i + 1}. ${text(q.question)}`,
    '',
    `**Why it is asked:** ${text(q.intention)}`,
    '',
    `**A strong answer:** ${text(q.answer)}`,
    '',
  ]),
];

/** The report as a Markdown document (what the "Download Markdown" button saves). */
export const reportToMarkdown = (
  report: InterviewReport,
  done: ReadonlySet<string> = new Set(),
): string => {
  const generator =
    report.generator.name === 'gemini'
      ? `Gemini (${report.generator.model})`
      : 'prepkit offline analyzer';
  const lines = [
    `# ${text(report.title)}`,
    '',
    `- Match score: **${report.matchScore}/100**`,
    `- Written by: ${generator}`,
    `- Created: ${report.createdAt}`,
    '',
  ];
  if (report.analysis) {
    lines.push('## Matched skills', '');
    for (const m of report.analysis.matchedSkills)
      lines.push(`- **${text(m.skill)}**: "${text(m.evidence)}"`);
    if (report.analysis.missingSkills.length > 0) {
      lines.push(
        '',
        '## Missing skills',
        '',
        ...report.analysis.missingSkills.map((s) => `- ${text(s)}`),
      );
    }
    lines.push('');
  }
  if (report.skillGaps.length > 0) {
    lines.push('## Skill gaps', '');
    for (const g of report.skillGaps) lines.push(`- ${text(g.skill)} (${g.severity})`);
    lines.push('');
  }
  lines.push(...questions('Technical questions', report.technicalQuestions));
  lines.push(...questions('Behavioral questions', report.behavioralQuestions));
  lines.push('## Preparation plan', '');
  for (const day of report.preparationPlan) {
    lines.push(`### Day ${day.day}: ${text(day.focus)}`, '');
    day.tasks.forEach((task, i) => {
      lines.push(`- [${done.has(`${day.day}:${i}`) ? 'x' : ' '}] ${text(task)}`);
    });
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
};

/** A file name from the report's title: "frontend-engineer.md". */
export const markdownFileName = (title: string): string =>
  `${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'interview-report'
  }.md`;
