import { z } from 'zod';
import {
  JOB_DESCRIPTION_MAX_CHARS,
  SELF_DESCRIPTION_MAX_CHARS,
  TITLE_MAX_CHARS,
} from '../../contracts/interview-input.schema.ts';
import { json } from '../openapi-parts.ts';

/** The text fields of a submission, as JSON or multipart fields. */
const fields = {
  jobDescription: z
    .string()
    .max(JOB_DESCRIPTION_MAX_CHARS)
    .meta({ description: 'Required, non-empty after trimming.' }),
  title: z
    .string()
    .max(TITLE_MAX_CHARS)
    .optional()
    .meta({ description: 'Defaults to jobTitle, then a title found in the job description.' }),
  jobTitle: z.string().optional().meta({ description: 'Alias of title.' }),
  selfDescription: z
    .string()
    .max(SELF_DESCRIPTION_MAX_CHARS)
    .optional()
    .meta({ description: "Required when no resume file is sent: the candidate's own words." }),
};

const resumeFile = z.string().meta({
  description: 'The resume, PDF or DOCX (recognised by its bytes), at most RESUME_MAX_BYTES.',
  override: { type: 'string', contentMediaType: 'application/octet-stream' },
});

/** The body of both submission endpoints. */
export const submissionBody = {
  required: true,
  content: {
    'multipart/form-data': { schema: z.object({ ...fields, resume: resumeFile.optional() }) },
    ...json(z.object(fields)),
  },
};

/** Request headers of both submission endpoints. */
export const submissionHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .optional()
    .meta({
      description:
        'Makes the submission safe to repeat for 24 h: the same key with the same request ' +
        'returns the first job; with a different request, 422. 1-255 visible ASCII characters.',
    }),
});
