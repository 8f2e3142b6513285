import type { Config, ReportGenerator } from '@prepkit/shared';
import type { Analyzer } from '../analysis/analysis-pool.ts';
import { createGeminiGenerator } from './gemini/index.ts';
import { createLocalGenerator } from './local.generator.ts';

/**
 * The generator AI_PROVIDER asks for (auto: Gemini when a key is set, else local, which runs on
 * `analyzer`).
 */
export const selectGenerator = (ai: Config['ai'], analyzer: Analyzer): ReportGenerator => {
  if (ai.provider === 'gemini' && ai.geminiApiKey) {
    return createGeminiGenerator({
      apiKey: ai.geminiApiKey,
      model: ai.geminiModel,
      ...(ai.geminiBaseUrl ? { baseUrl: ai.geminiBaseUrl } : {}),
      apiVersion: ai.geminiApiVersion,
      timeoutMs: ai.timeoutMs,
    });
  }
  return createLocalGenerator(analyzer);
};
