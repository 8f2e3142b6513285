import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The labels file of the evaluation set. */
export const EVAL_LABELS_FILE = fileURLToPath(new URL('./labels.json', import.meta.url));

const split = z.enum(['tune', 'test']);
const skills = z.array(z.string().min(1));

const postingLabel = z.object({
  file: z.string().min(1),
  split,
  field: z.string().min(1),
  language: z.string().min(2),
  title: z.string().min(1),
  /** Other spellings of the same title that count as correct. */
  titleAlternatives: z.array(z.string().min(1)).optional(),
  /** What the posting clearly requires: core recall is measured on these. */
  core: skills,
  /** Secondary or preferred skills: correct when found, not required for recall. */
  niche: skills,
  /** Not wrong when found (implied, soft, domain), never required. */
  acceptable: skills,
  source: z.string().optional(),
});

const resumeLabel = z.object({
  file: z.string().min(1),
  split,
  /** Skills the document clearly shows (listed or used). */
  core: skills,
  /** Not wrong when found, never required. */
  acceptable: skills,
  source: z.string().optional(),
});

const rankingGroup = z.object({
  posting: z.string().min(1),
  /** Resumes that fit the posting. */
  fit: z.array(z.string().min(1)).min(1),
  /** Resumes that clearly do not; the first one is the "weak resume" of the stuffing test. */
  unfit: z.array(z.string().min(1)).min(1),
});

const evalLabels = z
  .object({
    description: z.string(),
    postings: z.array(postingLabel),
    resumes: z.array(resumeLabel),
    groups: z.array(rankingGroup),
  })
  .superRefine((labels, ctx) => {
    const postings = new Map(labels.postings.map((p) => [p.file, p.split]));
    const resumes = new Map(labels.resumes.map((r) => [r.file, r.split]));
    labels.groups.forEach((g, i) => {
      const postingSplit = postings.get(g.posting);
      if (!postingSplit)
        ctx.addIssue({
          code: 'custom',
          message: `unknown posting ${g.posting}`,
          path: ['groups', i],
        });
      for (const r of [...g.fit, ...g.unfit]) {
        const resumeSplit = resumes.get(r);
        if (!resumeSplit)
          ctx.addIssue({ code: 'custom', message: `unknown resume ${r}`, path: ['groups', i] });
        // A tuning group must not read a frozen test resume.
        if (postingSplit === 'tune' && resumeSplit === 'test')
          ctx.addIssue({
            code: 'custom',
            message: `tune group uses test resume ${r}`,
            path: ['groups', i],
          });
      }
    });
  });

export type Split = z.infer<typeof split>;
export type PostingLabel = z.infer<typeof postingLabel>;
export type ResumeLabel = z.infer<typeof resumeLabel>;
export type RankingGroup = z.infer<typeof rankingGroup>;
export type EvalLabels = z.infer<typeof evalLabels>;

/** Reads and validates eval/labels.json. */
export const readEvalLabels = async (file = EVAL_LABELS_FILE): Promise<EvalLabels> =>
  evalLabels.parse(JSON.parse(await readFile(file, 'utf8')));
