import type { z } from 'zod';
import { describeError, isApiError } from '../api/api-error.ts';

/** Errors of an auth form: one per field, and one for the form itself. */
export type FieldErrors<K extends string> = Partial<Record<K | 'form', string>>;

/** The first zod message of each field (the shared contract's own texts). */
export const zodFieldErrors = <K extends string>(error: z.ZodError): FieldErrors<K> => {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out as FieldErrors<K>;
};

/**
 * Where the server's message belongs: a 400 that names a field (`'email' must ...`) goes under
 * that field; everything else (taken e-mail, wrong password, rate limit) above the form.
 */
export const serverFieldErrors = <K extends string>(
  error: unknown,
  fields: readonly K[],
): FieldErrors<K> => {
  if (isApiError(error) && error.status === 400) {
    const named = fields.find((f) => error.message.startsWith(`'${f}'`));
    if (named) return { [named]: error.message } as FieldErrors<K>;
  }
  return { form: describeError(error) } as FieldErrors<K>;
};
