import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;

export const registerInputSchema = z.object({
  username: z
    .string({ error: "'username' is required." })
    .trim()
    .min(3, "'username' must be at least 3 characters.")
    .max(40, "'username' must be at most 40 characters.")
    .regex(/^[\p{L}\p{N}_.-]+$/u, "'username' may contain letters, digits, '_', '.' and '-'."),
  email: z
    .string({ error: "'email' is required." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "'email' must be a valid email address." }).max(254)),
  password: z
    .string({ error: "'password' is required." })
    .min(PASSWORD_MIN_LENGTH, `'password' must be at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(200, "'password' must be at most 200 characters."),
});
export type RegisterInput = z.infer<typeof registerInputSchema>;

export const loginInputSchema = z.object({
  email: z
    .string({ error: "'email' is required." })
    .trim()
    .toLowerCase()
    .min(1, "'email' is required."),
  password: z.string({ error: "'password' is required." }).min(1, "'password' is required."),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** A user as the API shows it. */
export interface PublicUser {
  id: string;
  username: string;
  email: string;
}
