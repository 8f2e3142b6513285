import { analyze } from '../src/analyze.ts';
import { parseJobDescription } from '../src/jd/parse-job-description.ts';

/** The texts of one stuffing measurement: a resume, and what the extractor read from the same resume with the posting's skills hidden in it. */
export interface StuffingInput {
  title: string;
  jobDescription: string;
  /** The resume as is. */
  resumeText: string;
  /**
   * The extractor's text of the resume rendered with the skills line hidden (white, 1 pt...),
   * and how many characters it reported hidden. Without it, the hidden case is not measured.
   */
  hidden?: { text: string; hiddenChars: number };
}

/** Scores of one resume as is and stuffed three ways, and the gains over as is. */
export interface StuffingGains {
  /** The line of the posting's skills that was added. */
  skillsLine: string;
  scores: { asIs: number; visibleList: number; hiddenList: number | null; selfDescription: number };
  gains: { visibleList: number; hiddenList: number | null; selfDescription: number };
}

/** The line a stuffer adds: every skill the analyzer reads in the posting, comma-separated. */
export const postingSkillsLine = (jobDescription: string, title = ''): string =>
  parseJobDescription(jobDescription, title)
    .skills.map((s) => s.skill)
    .join(', ');

/**
 * How many points a resume gains from the posting's skills pasted in: as a visible line at its
 * end, as hidden text (already removed by the extractor: `hidden.text`), and as the
 * self-description. Pure: the same texts give the same figures.
 */
export const stuffingGains = (input: StuffingInput): StuffingGains => {
  const skillsLine = postingSkillsLine(input.jobDescription, input.title);
  const score = (resumeText: string, selfDescription = '', hiddenResumeChars = 0): number =>
    analyze({
      title: input.title,
      jobDescription: input.jobDescription,
      resumeText,
      selfDescription,
      hiddenResumeChars,
    }).report.matchScore;
  const asIs = score(input.resumeText);
  const visibleList = score(`${input.resumeText}\n${skillsLine}`);
  const hiddenList = input.hidden ? score(input.hidden.text, '', input.hidden.hiddenChars) : null;
  const selfDescription = score(input.resumeText, skillsLine);
  return {
    skillsLine,
    scores: { asIs, visibleList, hiddenList, selfDescription },
    gains: {
      visibleList: visibleList - asIs,
      hiddenList: hiddenList === null ? null : hiddenList - asIs,
      selfDescription: selfDescription - asIs,
    },
  };
};
