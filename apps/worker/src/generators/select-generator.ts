import type { Config, ReportGenerator } from '@prepkit/shared';
import { createGeminiGenerator } from './gemini/index.ts';
import { createLocalGenerator } from './local.generator.ts';

/** The generator AI_PROVIDER asks for (auto: Gemini when a key is set, else local). */
export const selectGenerator = (ai: Config['ai']): ReportGenerator => {
  if (ai.provider === 'gemini' && ai.geminiApiKey) {
    return createGeminiGenerator({
      apiKey: ai.geminiApiKey,
      model: ai.geminiModel,
      ...(ai.geminiBaseUrl ? { baseUrl: ai.geminiBaseUrl } : {}),
      apiVersion: ai.geminiApiVersion,
      timeoutMs: ai.timeoutMs,
    });
  }
  return createLocalGenerator();
};
