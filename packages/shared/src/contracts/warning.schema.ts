import { z } from 'zod';

/**
 * Something a report (and its job) was made despite: the user should know, but nothing failed.
 * `code` is stable for scripts; `message` is for people.
 */
export const warningSchema = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof warningSchema>;

/** The warnings prepkit itself raises, with their exact messages. */
export const WARNINGS = {
  RESUME_TRUNCATED: {
    code: 'RESUME_TRUNCATED',
    message:
      'The resume is longer than prepkit reads (300,000 characters or 50 pages): only its beginning was used for this report.',
  },
} as const satisfies Record<string, Warning>;
