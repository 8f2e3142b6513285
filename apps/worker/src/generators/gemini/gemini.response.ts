import type { GenerateContentResponse } from '@google/genai';
import { type GeneratedReport, generatedReportSchema } from '@prepkit/shared';
import { GenerationError } from '../generation-error.ts';

type ZodSafeParse<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

/** finishReasons after which the same prompt will be stopped again: a permanent block. */
const BLOCKED_FINISH: ReadonlySet<string> = new Set([
  'SAFETY',
  'RECITATION',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
]);

const FENCE = /^```[a-zA-Z]*\s*\n?([\s\S]*?)\n?\s*```$/;

/**
 * Parses the model's JSON text: tolerates surrounding whitespace, a ```json fence, and prose
 * around a single top-level object. Throws SyntaxError when no JSON can be read.
 */
export const parseModelJson = (text: string): unknown => {
  const trimmed = text.trim();
  const unfenced = FENCE.exec(trimmed)?.[1] ?? trimmed;
  try {
    return JSON.parse(unfenced);
  } catch (error) {
    const start = unfenced.indexOf('{');
    const end = unfenced.lastIndexOf('}');
    if (start >= 0 && end > start) return JSON.parse(unfenced.slice(start, end + 1));
    throw error;
  }
};

const invalid = (message: string): GenerationError =>
  new GenerationError('AI_INVALID_OUTPUT', message);

/**
 * Reads and validates the report in a generateContent response. A blocked prompt
 * (`promptFeedback.blockReason`) or a candidate stopped for safety/recitation -> AI_BLOCKED
 * (permanent); no text, broken JSON (e.g. cut off at MAX_TOKENS) or a schema mismatch ->
 * AI_INVALID_OUTPUT (retryable). The schema clamps the score and renumbers plan days.
 */
export const readReport = (response: GenerateContentResponse): GeneratedReport =>
  readStructured(response, generatedReportSchema, 'report');

/** The report, with the job title the model read from the posting (when it was asked for one). */
const reportWithTitleSchema = {
  safeParse(value: unknown): ZodSafeParse<{ report: GeneratedReport; jobTitle?: string }> {
    const parsed = generatedReportSchema.safeParse(value);
    if (!parsed.success) return parsed;
    const jobTitle = (value as { jobTitle?: unknown }).jobTitle;
    return {
      success: true,
      data: { report: parsed.data, ...(typeof jobTitle === 'string' ? { jobTitle } : {}) },
    };
  },
};

/** A title from the model: one line, bounded; '' when it is empty or looks like debris. */
const cleanTitle = (title: string | undefined): string => {
  const line = (title ?? '').replace(/\s+/g, ' ').trim();
  if (line.length === 0 || line.length > 120) return '';
  if (/https?:\/\/|www\.|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i.test(line)) return '';
  return line;
};

/**
 * Reads the report and, when asked for, the posting's title (`jobTitle`): the report's checks of
 * {@link readReport}; the title is '' when the model gave none or gave a URL or a date.
 */
export const readReportWithTitle = (
  response: GenerateContentResponse,
): { report: GeneratedReport; title: string } => {
  const { report, jobTitle } = readStructured(response, reportWithTitleSchema, 'report');
  return { report, title: cleanTitle(jobTitle) };
};

/**
 * Reads the JSON answer of a generateContent response and validates it with `schema` (the
 * checks of {@link readReport}, for any structured output; `what` names it in messages).
 */
export const readStructured = <T>(
  response: GenerateContentResponse,
  schema: { safeParse(value: unknown): ZodSafeParse<T> },
  what: string,
): T => {
  const blockReason = response.promptFeedback?.blockReason;
  if (blockReason) {
    throw new GenerationError(
      'AI_BLOCKED',
      `Gemini blocked the prompt (blockReason ${blockReason}).`,
    );
  }
  const candidates = response.candidates ?? [];
  if (candidates.length === 0) throw invalid('Gemini returned no candidates.');
  const usable = candidates.find((c) => !BLOCKED_FINISH.has(String(c.finishReason)));
  if (!usable) {
    const reasons = [...new Set(candidates.map((c) => c.finishReason))].join(', ');
    throw new GenerationError('AI_BLOCKED', `Gemini stopped the answer (finishReason ${reasons}).`);
  }
  const finish = usable.finishReason ?? 'none';
  const text = (usable.content?.parts ?? [])
    .filter((p) => typeof p.text === 'string' && !p.thought)
    .map((p) => p.text)
    .join('');
  if (!text.trim()) throw invalid(`Gemini returned no text (finishReason ${finish}).`);

  let json: unknown;
  try {
    json = parseModelJson(text);
  } catch {
    const cut = finish === 'MAX_TOKENS' ? ', cut off at MAX_TOKENS' : '';
    throw invalid(`Gemini output is not valid JSON (${text.length} characters${cut}).`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw invalid(`Gemini output does not match the ${what} schema: ${issues}`);
  }
  return parsed.data;
};
