import { randomUUID } from 'node:crypto';

/** A rough token count (4 characters a token), good enough for usageMetadata. */
const tokens = (chars: number): number => Math.max(1, Math.ceil(chars / 4));

/**
 * A `generateContent` response body as the Gemini REST API sends it: one candidate with the
 * model's text (no `content` at all when `text` is undefined, as for a safety stop).
 */
export const candidateBody = (
  model: string,
  promptChars: number,
  text: string | undefined,
  finishReason: string,
) => {
  const promptTokenCount = tokens(promptChars);
  const candidatesTokenCount = text === undefined ? 0 : tokens(text.length);
  return {
    candidates: [
      {
        ...(text === undefined ? {} : { content: { role: 'model', parts: [{ text }] } }),
        finishReason,
        index: 0,
      },
    ],
    usageMetadata: {
      promptTokenCount,
      candidatesTokenCount,
      totalTokenCount: promptTokenCount + candidatesTokenCount,
    },
    modelVersion: model,
    responseId: randomUUID(),
  };
};

/** The body Gemini sends for a blocked prompt: HTTP 200, no candidates, a blockReason. */
export const blockedBody = (model: string, promptChars: number, reason: string) => ({
  promptFeedback: {
    blockReason: reason,
    safetyRatings: [
      { category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true },
      { category: 'HARM_CATEGORY_HARASSMENT', probability: 'NEGLIGIBLE' },
    ],
  },
  usageMetadata: { promptTokenCount: tokens(promptChars), totalTokenCount: tokens(promptChars) },
  modelVersion: model,
  responseId: randomUUID(),
});

/**
 * All the text parts of a recorded generateContent body (system instruction first, then the
 * contents), joined with newlines: what the model would read. Inline data is left out.
 */
export const promptTextOf = (body: unknown): string => {
  const texts: string[] = [];
  const collect = (content: unknown): void => {
    const parts = (content as { parts?: unknown } | undefined)?.parts;
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      const text = (part as { text?: unknown } | null)?.text;
      if (typeof text === 'string') texts.push(text);
    }
  };
  const b = body as { systemInstruction?: unknown; contents?: unknown } | undefined;
  collect(b?.systemInstruction);
  if (Array.isArray(b?.contents)) for (const c of b.contents) collect(c);
  return texts.join('\n');
};
