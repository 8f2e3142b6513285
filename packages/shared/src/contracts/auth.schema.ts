import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;
/** RFC 5321's limit on a forward path; longer strings are refused before anything uses them. */
export const EMAIL_MAX_LENGTH = 254;
/** The documented username pattern: ASCII only, so no two names look alike. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** Trimmed, lower-cased and at most 254 characters before the (costlier) format check. */
const emailSchema = z
  .string({ error: "'email' is required." })
  .trim()
  .toLowerCase()
  .min(1, "'email' is required.")
  .max(EMAIL_MAX_LENGTH, `'email' must be at most ${EMAIL_MAX_LENGTH} characters.`)
  .pipe(z.email({ error: "'email' must be a valid email address." }));

export const registerInputSchema = z.object({
  username: z
    .string({ error: "'username' is required." })
    .trim()
    .min(3, "'username' must be at least 3 characters.")
    .max(40, "'username' must be at most 40 characters.")
    .regex(
      USERNAME_PATTERN,
      "'username' may contain only ASCII letters, digits, '_', '.' and '-'.",
    ),
  email: emailSchema,
  password: z
    .string({ error: "'password' is required." })
    .min(PASSWORD_MIN_LENGTH, `'password' must be at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(200, "'password' must be at most 200 characters.")
    .refine((p) => p.trim() !== '', "'password' must not be blank.")
    .refine((p) => !/^(.)\1*$/su.test(p), "'password' must not be one character repeated."),
});
export type RegisterInput = z.infer<typeof registerInputSchema>;

export const loginInputSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "'password' is required." }).min(1, "'password' is required."),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** A user as the API shows it. */
export interface PublicUser {
  id: string;
  username: string;
  email: string;
}
