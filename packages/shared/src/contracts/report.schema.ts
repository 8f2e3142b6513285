import { z } from 'zod';
import { warningSchema } from './warning.schema.ts';

/** A question with why the interviewer asks it and what a strong answer says. */
export const questionSchema = z.object({
  question: z.string().trim().min(1),
  intention: z.string().trim().min(1),
  answer: z.string().trim().min(1),
});
export type Question = z.infer<typeof questionSchema>;

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const skillGapSchema = z.object({
  skill: z.string().trim().min(1),
  severity: severitySchema,
});
export type SkillGap = z.infer<typeof skillGapSchema>;

export const planDaySchema = z.object({
  day: z.number().int().min(1),
  focus: z.string().trim().min(1),
  tasks: z.array(z.string().trim().min(1)).min(1),
});
export type PlanDay = z.infer<typeof planDaySchema>;

/** The explainable score breakdown of the deterministic analyzer (each component 0..1). */
export const scoreBreakdownSchema = z.object({
  requiredCoverage: z.number().min(0).max(1),
  preferredCoverage: z.number().min(0).max(1),
  experienceFit: z.number().min(0).max(1),
  titleFit: z.number().min(0).max(1),
  /** The weight of each component in the final score; they add up to 1. */
  weights: z.object({
    requiredCoverage: z.number(),
    preferredCoverage: z.number(),
    experienceFit: z.number(),
    titleFit: z.number(),
  }),
});
export type ScoreBreakdown = z.infer<typeof scoreBreakdownSchema>;

/** How strongly a resume shows a skill: used in work, only listed, or only claimed. */
export const EVIDENCE_STRENGTHS = ['experience', 'listed', 'claimed'] as const;

/** Where the evidence of a matched skill is: the resume (section, 1-based line) or the self-description. */
export const provenanceSchema = z.object({
  source: z.enum(['resume', 'selfDescription']),
  section: z.string(),
  line: z.number().int().min(1),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * A posting skill the candidate shows. `strength` and `provenance` are absent in reports made
 * before analyzer rules 1.2.0.
 */
export const matchedSkillSchema = z.object({
  skill: z.string(),
  evidence: z.string(),
  strength: z.enum(EVIDENCE_STRENGTHS).optional(),
  provenance: provenanceSchema.optional(),
});

/** What the analyzer found: additive to the documented report fields. */
export const analysisSchema = z.object({
  matchedSkills: z.array(matchedSkillSchema),
  missingSkills: z.array(z.string()),
  /**
   * Posting skills the candidate does not show but has a related skill for (`via`): neither
   * matched nor evidence of a match; they earn little credit. Absent in reports made before
   * analyzer rules 1.1.0.
   */
  adjacentSkills: z.array(z.object({ skill: z.string(), via: z.string() })).optional(),
  /**
   * What the reader of the score should know: too few skills found in the posting
   * (`FEW_POSTING_SKILLS`), instructions to an AI inside the documents (`PROMPT_INJECTION`),
   * text hidden in the resume file and left out (`HIDDEN_TEXT`, since rules 1.2.0).
   * Absent in reports made before analyzer rules 1.1.0.
   */
  warnings: z.array(warningSchema).optional(),
  scoreBreakdown: scoreBreakdownSchema,
  rulesVersion: z.string(),
});
export type Analysis = z.infer<typeof analysisSchema>;

const clampScore = (n: number): number => Math.min(100, Math.max(0, Math.round(n)));

/**
 * The content every generator (Gemini or the local analyzer) must return. The same schema is
 * the gate for AI output: the score is clamped to an integer 0-100, there are at least 5
 * technical and 3 behavioral questions, and plan days come out numbered 1..N in order.
 */
export const generatedReportSchema = z.object({
  matchScore: z.number().transform(clampScore),
  technicalQuestions: z.array(questionSchema).min(5),
  behavioralQuestions: z.array(questionSchema).min(3),
  skillGaps: z.array(skillGapSchema),
  preparationPlan: z
    .array(planDaySchema)
    .min(1)
    .transform((days) =>
      [...days].sort((a, b) => a.day - b.day).map((d, i) => ({ ...d, day: i + 1 })),
    ),
});
export type GeneratedReport = z.output<typeof generatedReportSchema>;

/** Which generator and model made a report. */
export const generatorInfoSchema = z.object({
  name: z.enum(['gemini', 'local']),
  model: z.string(),
});
export type GeneratorInfo = z.infer<typeof generatorInfoSchema>;

/**
 * The report as the API returns it: exactly the documented fields (never renamed or dropped),
 * plus additive ones (`generator`, `analysis`, `jobId`).
 */
export const interviewReportSchema = z
  .object({
    _id: z.string(),
    user: z.string(),
    title: z.string(),
    jobDescription: z.string(),
    resume: z.string(),
    selfDescription: z.string(),
    matchScore: z.number().int().min(0).max(100),
    technicalQuestions: z.array(questionSchema),
    behavioralQuestions: z.array(questionSchema),
    skillGaps: z.array(skillGapSchema),
    preparationPlan: z.array(planDaySchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    generator: generatorInfoSchema,
    analysis: analysisSchema.nullable(),
    jobId: z.string(),
    /** What the report was made despite (e.g. RESUME_TRUNCATED); empty when nothing. */
    warnings: z.array(warningSchema),
  })
  .meta({ id: 'InterviewReport' });
export type InterviewReport = z.infer<typeof interviewReportSchema>;
