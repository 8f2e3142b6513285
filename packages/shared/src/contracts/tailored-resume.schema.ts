import { z } from 'zod';
import { JOB_STAGES, JOB_STATUSES } from './interview-job.schema.ts';
import { generatorInfoSchema } from './report.schema.ts';

/**
 * Where a piece of the tailored resume comes from: a line (1-based) of the resume text or of the
 * self-description. The grounding check and a reader can go back to it.
 */
export const resumeSourceSchema = z.object({
  from: z.enum(['resume', 'selfDescription']),
  line: z.number().int().min(1),
});
export type ResumeSource = z.infer<typeof resumeSourceSchema>;

/** The most characters each kind of field of a tailored resume holds. */
export const TAILORED_RESUME_LIMITS = {
  /** A bullet of a role or a project, a detail of a degree; the summary. */
  text: 2_000,
  /** The candidate's name, a role's title and organization, a project's name. */
  name: 200,
  /** A date, a location. */
  short: 200,
  /** The headline, a degree, a school; a contact, certification or language line. */
  line: 300,
  /** A skill, a skill group's name. */
  skill: 120,
} as const;
const L = TAILORED_RESUME_LIMITS;

const text = z.string().trim().min(1).max(L.text);
const optionalText = z.string().trim().max(L.short).optional();
const sourced = { source: resumeSourceSchema };

export const resumeSkillGroupSchema = z.object({
  group: z.string().trim().min(1).max(L.skill),
  items: z.array(z.string().trim().min(1).max(L.skill)).min(1),
});

export const resumeExperienceSchema = z.object({
  title: z.string().trim().min(1).max(L.name),
  organization: z.string().trim().min(1).max(L.name),
  location: optionalText,
  start: optionalText,
  end: optionalText,
  bullets: z.array(text),
  ...sourced,
});
export type ResumeExperience = z.infer<typeof resumeExperienceSchema>;

export const resumeProjectSchema = z.object({
  name: z.string().trim().min(1).max(L.name),
  date: optionalText,
  bullets: z.array(text),
  ...sourced,
});
export type ResumeProject = z.infer<typeof resumeProjectSchema>;

export const resumeEducationSchema = z.object({
  degree: z.string().trim().min(1).max(L.line),
  institution: z.string().trim().min(1).max(L.line),
  start: optionalText,
  end: optionalText,
  details: z.array(text).default([]),
  ...sourced,
});
export type ResumeEducation = z.infer<typeof resumeEducationSchema>;

/** A certification or a language: one line of text with its source. */
export const resumeLineItemSchema = z.object({
  text: z.string().trim().min(1).max(L.line),
  ...sourced,
});
export type ResumeLineItem = z.infer<typeof resumeLineItemSchema>;

/**
 * The content of a tailored resume: the candidate's own material, selected, ordered and tightened
 * for one posting. Every item carries its `source`; nothing in it may be absent from the resume
 * or the self-description (the grounding check removes what is).
 */
export const tailoredResumeContentSchema = z.object({
  name: z.string().trim().max(L.name),
  /** The role aimed at (the posting's title) and the candidate's matched skills. */
  headline: z.string().trim().max(L.line),
  contact: z.array(resumeLineItemSchema),
  summary: z.string().trim().max(L.text),
  skills: z.array(resumeSkillGroupSchema),
  experience: z.array(resumeExperienceSchema),
  projects: z.array(resumeProjectSchema),
  education: z.array(resumeEducationSchema),
  certifications: z.array(resumeLineItemSchema),
  languages: z.array(resumeLineItemSchema),
});
export type TailoredResumeContent = z.infer<typeof tailoredResumeContentSchema>;

/** A generated tailored resume: content, its maker, and what the grounding check removed. */
export const tailoredResumeSchema = tailoredResumeContentSchema.extend({
  generator: generatorInfoSchema,
  /** What the grounding check removed, one sentence each (empty when nothing was). */
  warnings: z.array(z.string()),
});
export type TailoredResume = z.infer<typeof tailoredResumeSchema>;

/** A stored tailored resume as the API returns it: the resume plus its job, report and date. */
export const storedTailoredResumeSchema = tailoredResumeSchema.extend({
  jobId: z.string(),
  reportId: z.string(),
  createdAt: z.string(),
});
/** `GET /api/interview/report/:id/resume` (and the waited POST): the latest tailored resume. */
export const tailoredResumeResponseSchema = z.object({
  message: z.string(),
  tailoredResume: storedTailoredResumeSchema,
});
export type TailoredResumeResponse = z.infer<typeof tailoredResumeResponseSchema>;

/** The state of one tailoring job, as `GET .../resume/jobs/:jobId` answers. */
export const tailoredResumeJobViewSchema = z.object({
  jobId: z.string(),
  reportId: z.string(),
  status: z.enum(JOB_STATUSES),
  stage: z.enum(JOB_STAGES).nullable(),
  progress: z.number().int().min(0).max(100),
  attempts: z.number().int().min(0),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  resumeUrl: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TailoredResumeJobView = z.infer<typeof tailoredResumeJobViewSchema>;

/** The payload of a tailored-resume job: ids only. */
export const tailorResumeJobPayloadSchema = z.object({
  jobId: z.string().regex(/^[a-f0-9]{24}$/i),
});
export type TailorResumeJobPayload = z.infer<typeof tailorResumeJobPayloadSchema>;

/** Its BullMQ queue (durable: renaming it strands the jobs already in Redis). */
export const TAILORED_RESUME_QUEUE = 'tailored-resumes';
