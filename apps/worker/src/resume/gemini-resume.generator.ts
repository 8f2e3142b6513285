import { type TailoredResumeContent, tailoredResumeContentSchema } from '@prepkit/shared';
import {
  createGeminiClient,
  type GeminiGeneratorOptions,
  readStructured,
  toGeminiJsonSchema,
  toGenerationError,
} from '../generators/gemini/index.ts';
import { buildResumePrompt, RESUME_SYSTEM_INSTRUCTION } from './gemini-resume.prompt.ts';
import type { ResumeGenerator } from './resume-generator.ts';

/** The `responseJsonSchema` of a tailoring call: the content contract's input side, stripped. */
export const GEMINI_RESUME_JSON_SCHEMA = toGeminiJsonSchema(
  tailoredResumeContentSchema.toJSONSchema({ io: 'input' }),
);

/**
 * The Gemini tailored-resume generator: one call per `generate` (BullMQ owns retries), bounded by
 * `timeoutMs`, structured output validated by the shared zod schema. Failures are
 * GenerationErrors, classified like the report generator's; a cancel rejects with the signal's
 * reason.
 */
export const createGeminiResumeGenerator = (options: GeminiGeneratorOptions): ResumeGenerator => {
  const client = createGeminiClient(options);
  return {
    name: 'gemini',
    model: options.model,
    async generate(input, { signal } = {}): Promise<TailoredResumeContent> {
      signal?.throwIfAborted();
      const deadline = AbortSignal.timeout(options.timeoutMs);
      let response: Awaited<ReturnType<typeof client.models.generateContent>>;
      try {
        response = await client.models.generateContent({
          model: options.model,
          contents: [{ role: 'user', parts: [{ text: buildResumePrompt(input) }] }],
          config: {
            abortSignal: signal ? AbortSignal.any([signal, deadline]) : deadline,
            automaticContinuation: false,
            systemInstruction: RESUME_SYSTEM_INSTRUCTION,
            responseMimeType: 'application/json',
            responseJsonSchema: GEMINI_RESUME_JSON_SCHEMA,
          },
        });
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        throw toGenerationError(error, {
          timeoutMs: options.timeoutMs,
          secrets: [options.apiKey],
        });
      }
      return readStructured(response, tailoredResumeContentSchema, 'tailored resume');
    },
  };
};
