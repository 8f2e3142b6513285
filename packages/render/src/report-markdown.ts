import type { Analysis, GeneratedReport, GeneratorInfo } from '@prepkit/shared';

/** What a report export needs: the generated content, its title, maker and analysis. */
export type ExportableReport = GeneratedReport & {
  title: string;
  generator: GeneratorInfo;
  analysis: Analysis | null;
};

const SEVERITY_LABEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** Renders a report as readable Markdown. */
export const renderMarkdown = (r: ExportableReport): string => {
  const lines: string[] = [];
  lines.push(`# Interview preparation: ${r.title || 'untitled role'}`, '');
  lines.push(`**Match score:** ${r.matchScore}/100  `);
  const b = r.analysis?.scoreBreakdown;
  if (b) lines.push(breakdownLine(b));
  lines.push(`_Generator: ${r.generator.name} (${r.generator.model})_`, '');
  if (r.analysis) {
    for (const w of r.analysis.warnings ?? []) lines.push(`> **${w.code}**: ${w.message}`, '');
    lines.push('## Matched skills', '');
    if (r.analysis.matchedSkills.length === 0) lines.push('None found.');
    for (const m of r.analysis.matchedSkills) lines.push(`- **${m.skill}**: ${m.evidence}`);
    // Adjacent skills are not matches: listed apart, never with evidence.
    const adjacent = r.analysis.adjacentSkills ?? [];
    if (adjacent.length > 0) {
      lines.push('', '## Adjacent skills (not matched; a related skill is shown)', '');
      for (const a of adjacent) lines.push(`- ${a.skill} (via ${a.via})`);
    }
    lines.push('');
  }
  lines.push('## Skill gaps', '');
  if (r.skillGaps.length === 0) lines.push('None.');
  for (const g of r.skillGaps) lines.push(`- ${g.skill} (${SEVERITY_LABEL[g.severity]})`);
  lines.push('', '## Technical questions', '');
  for (const [i, q] of r.technicalQuestions.entries()) lines.push(...question(i + 1, q));
  lines.push('## Behavioral questions', '');
  for (const [i, q] of r.behavioralQuestions.entries()) lines.push(...question(i + 1, q));
  lines.push('## Preparation plan', '');
  for (const d of r.preparationPlan) {
    lines.push(`### Day ${d.day}: ${d.focus}`, '', ...d.tasks.map((t) => `- ${t}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
};

const pct = (n: number): string => `${Math.round(n * 100)}%`;

/** The score breakdown in one line. */
export const breakdownLine = (b: Analysis['scoreBreakdown']): string =>
  `required skills ${pct(b.requiredCoverage)} · preferred skills ${pct(b.preferredCoverage)} · experience ${pct(b.experienceFit)} · title/seniority ${pct(b.titleFit)}  `;

/** Severity labels as the exports print them. */
export { SEVERITY_LABEL };

const question = (
  n: number,
  q: { question: string; intention: string; answer: string },
): string[] => [
  `### ${n}. ${q.question}`,
  '',
  `*Why it is asked:* ${q.intention}`,
  '',
  `*A strong answer:* ${q.answer}`,
  '',
];
