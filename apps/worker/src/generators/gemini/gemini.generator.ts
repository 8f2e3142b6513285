import { type GenerateContentResponse, GoogleGenAI } from '@google/genai';
import type {
  GenerateInput,
  GenerateOptions,
  GenerateResult,
  ReportGenerator,
} from '@prepkit/shared';
import { toGenerationError } from './gemini.errors.ts';
import { buildPromptParts, SYSTEM_INSTRUCTION } from './gemini.prompt.ts';
import { readReport, readReportWithTitle } from './gemini.response.ts';
import {
  GEMINI_REPORT_JSON_SCHEMA,
  GEMINI_REPORT_WITH_TITLE_JSON_SCHEMA,
} from './gemini.schema.ts';

/** How to reach Gemini. Built from Config by the worker, or from a fake by tests. */
export interface GeminiGeneratorOptions {
  apiKey: string;
  model: string;
  /** e.g. http://127.0.0.1:PORT for the fake */
  baseUrl?: string;
  /** pinned explicitly, default 'v1beta' */
  apiVersion: string;
  /** per-call timeout */
  timeoutMs: number;
}

/**
 * The Gemini report generator: ONE HTTP call per `generate` (the SDK's retries and automatic
 * continuation are off: BullMQ owns retries), bounded by `timeoutMs`, with structured JSON
 * output validated by the shared zod schema.
 *
 * Failures reject with a GenerationError (see gemini.errors.ts / gemini.response.ts), except
 * cancellation: when `options.signal` aborts, `generate` rejects with `signal.reason` as is
 * (a DOMException named AbortError unless the caller gave a reason), never a GenerationError,
 * so the caller can tell "we stopped it" from "Gemini failed" by checking `signal.aborted`.
 */
export const createGeminiGenerator = (options: GeminiGeneratorOptions): ReportGenerator => {
  if (!options.apiKey) throw new Error('createGeminiGenerator: an API key is required.');
  const client = createGeminiClient(options);
  const secrets = [options.apiKey];

  const call = async (
    input: GenerateInput,
    signal: AbortSignal | undefined,
  ): Promise<GenerateContentResponse> => {
    const deadline = AbortSignal.timeout(options.timeoutMs);
    try {
      return await client.models.generateContent({
        model: options.model,
        contents: [{ role: 'user', parts: buildPromptParts(input) }],
        config: {
          abortSignal: signal ? AbortSignal.any([signal, deadline]) : deadline,
          automaticContinuation: false,
          systemInstruction: SYSTEM_INSTRUCTION,
          responseMimeType: 'application/json',
          // No title sent: the model reads the posting's own title too.
          responseJsonSchema: needsTitle(input)
            ? GEMINI_REPORT_WITH_TITLE_JSON_SCHEMA
            : GEMINI_REPORT_JSON_SCHEMA,
        },
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      throw toGenerationError(error, { timeoutMs: options.timeoutMs, secrets });
    }
  };

  return {
    name: 'gemini',
    model: options.model,
    acceptsFiles: true,
    generate: async (
      input: GenerateInput,
      { signal, onProgress }: GenerateOptions = {},
    ): Promise<GenerateResult> => {
      signal?.throwIfAborted();
      onProgress?.(5);
      const response = await call(input, signal);
      onProgress?.(90);
      const { report, title } = needsTitle(input)
        ? readReportWithTitle(response)
        : { report: readReport(response), title: '' };
      onProgress?.(100);
      return {
        report,
        ...(title ? { title } : {}),
        analysis: input.grounding ?? null,
        generator: { name: 'gemini', model: options.model },
      };
    },
  };
};

/** Whether the request sent no job title, so the model is asked for the posting's own. */
const needsTitle = (input: GenerateInput): boolean => input.title.trim().length === 0;

/**
 * The SDK client for one generator: the pinned API version, the per-call timeout, and no
 * retryOptions (in @google/genai 3.x that means a single attempt; BullMQ owns retries).
 */
export const createGeminiClient = (options: GeminiGeneratorOptions): GoogleGenAI => {
  const apiVersion = options.apiVersion || 'v1beta';
  return new GoogleGenAI({
    vertexai: false,
    apiKey: options.apiKey,
    apiVersion,
    httpOptions: {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      apiVersion,
      timeout: options.timeoutMs,
    },
  });
};
