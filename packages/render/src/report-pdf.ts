import type { PaperSize } from './paper.ts';
import { writePdf } from './pdf-writer.ts';
import { breakdownLine, type ExportableReport, SEVERITY_LABEL } from './report-markdown.ts';

/** The report as a PDF: the content of its Markdown export, laid out for print. */
export const renderReportPdf = (
  r: ExportableReport,
  options: { paper?: PaperSize } = {},
): Promise<Buffer> =>
  writePdf({ title: `Interview preparation: ${r.title}`, paper: options.paper ?? 'a4' }, (w) => {
    w.title(`Interview preparation: ${r.title || 'untitled role'}`);
    w.subtitle(`Match score: ${r.matchScore}/100`);
    if (r.analysis) w.meta(breakdownLine(r.analysis.scoreBreakdown).trim());
    w.meta(`Generator: ${r.generator.name} (${r.generator.model})`);
    if (r.analysis) {
      w.heading('Matched skills');
      if (r.analysis.matchedSkills.length === 0) w.paragraph('None found.');
      for (const m of r.analysis.matchedSkills) w.bullet(`${m.skill}: ${m.evidence}`);
    }
    w.heading('Skill gaps');
    if (r.skillGaps.length === 0) w.paragraph('None.');
    for (const g of r.skillGaps) w.bullet(`${g.skill} (${SEVERITY_LABEL[g.severity]})`);
    for (const [name, questions] of [
      ['Technical questions', r.technicalQuestions],
      ['Behavioral questions', r.behavioralQuestions],
    ] as const) {
      w.heading(name);
      for (const [i, q] of questions.entries()) {
        w.strong(`${i + 1}. ${q.question}`);
        w.paragraph(`Why it is asked: ${q.intention}`);
        w.paragraph(`A strong answer: ${q.answer}`);
        w.gap();
      }
    }
    w.heading('Preparation plan');
    for (const d of r.preparationPlan) {
      w.strong(`Day ${d.day}: ${d.focus}`);
      for (const t of d.tasks) w.bullet(t);
      w.gap();
    }
  });
