/** A remark on an analysis, for the reader of its score. */
export interface AnalysisWarning {
  code: 'FEW_POSTING_SKILLS' | 'PROMPT_INJECTION' | 'HIDDEN_TEXT';
  message: string;
}

/** Fewer skills than this recognised in a posting: the score rests on too little to trust. */
export const MIN_POSTING_SKILLS = 3;

/** Lines that address an AI rather than a reader ("ignore previous instructions..."). */
const INJECTION =
  /\b(?:ignore|disregard|forget)\s(?:all\s|any\s)?(?:the\s)?(?:previous|prior|above|earlier)\s(?:instructions|prompts?|rules)\b|\b(?:system prompt|you are now an?\s|as an ai language model|give (?:this|the) (?:candidate|resume) (?:a )?(?:score|rating) of)\b/i;

/** The warnings of one analysis, in a fixed order. */
export const analysisWarnings = (input: {
  postingSkills: number;
  jobDescription: string;
  resumeText: string;
  selfDescription: string;
  /** Characters of hidden text the extractor left out of the resume. */
  hiddenResumeChars?: number;
}): AnalysisWarning[] => {
  const out: AnalysisWarning[] = [];
  if (input.postingSkills < MIN_POSTING_SKILLS) {
    out.push({
      code: 'FEW_POSTING_SKILLS',
      message: `Only ${input.postingSkills} skill${input.postingSkills === 1 ? ' was' : 's were'} recognised in the job description, so the match score rests on very little. Check that the posting's requirements were included.`,
    });
  }
  const where = [
    ['job description', input.jobDescription],
    ['resume', input.resumeText],
    ['self-description', input.selfDescription],
  ].filter(([, text]) => INJECTION.test(text as string));
  if (where.length > 0) {
    out.push({
      code: 'PROMPT_INJECTION',
      message: `The ${where.map(([name]) => name).join(' and the ')} contain${where.length === 1 ? 's' : ''} instructions addressed to an AI (e.g. "ignore previous instructions"); they were not followed and earn no credit.`,
    });
  }
  const hidden = input.hiddenResumeChars ?? 0;
  if (hidden > 0) {
    out.push({
      code: 'HIDDEN_TEXT',
      message: `The resume file contains ${hidden} character${hidden === 1 ? '' : 's'} of text a reader cannot see (invisible, white, tiny or off-page); it was left out and earns no credit.`,
    });
  }
  return out;
};
