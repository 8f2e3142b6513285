import { analyze, parseJobDescription, RULES_VERSION } from '@prepkit/analyzer';
import type { Analysis, GeneratedReport, GeneratorInfo } from '@prepkit/shared';

/** The report `prepkit report` prints: the documented fields, the generator and the analysis. */
export interface CliReport extends GeneratedReport {
  title: string;
  jobDescription: string;
  resume: string;
  selfDescription: string;
  generator: GeneratorInfo;
  analysis: Analysis;
}

/** The local generator's model name, as the worker records it. */
export const LOCAL_MODEL = `prepkit-analyzer@${RULES_VERSION}`;

/** Runs the analyzer in-process and shapes the printed report. */
export const buildCliReport = (input: {
  title: string;
  jobDescription: string;
  resumeText: string;
  selfDescription: string;
  /** Characters of the resume file the extractor left out as hidden (HIDDEN_TEXT warning). */
  hiddenResumeChars?: number;
}): CliReport => {
  const { report, analysis } = analyze(input);
  const title = input.title.trim() || parseJobDescription(input.jobDescription).title;
  return {
    title,
    jobDescription: input.jobDescription,
    resume: input.resumeText,
    selfDescription: input.selfDescription,
    matchScore: report.matchScore,
    technicalQuestions: report.technicalQuestions,
    behavioralQuestions: report.behavioralQuestions,
    skillGaps: report.skillGaps,
    preparationPlan: report.preparationPlan,
    generator: { name: 'local', model: LOCAL_MODEL },
    analysis,
  };
};
