import type { FakeGemini } from './fake-gemini.types.ts';

/**
 * Options for the worker's `createGeminiGenerator`, pointed at a fake Gemini (structurally the
 * worker's GeminiGeneratorOptions; the test kit does not import the worker). No Config needed.
 */
export interface FakeGeminiGeneratorOptions {
  apiKey: string;
  model: string;
  baseUrl: string;
  apiVersion: string;
  timeoutMs: number;
}

/** Generator options for `fake`: key 'test-api-key', model 'gemini-test', v1beta, 5 s timeout. */
export const fakeGeminiGeneratorOptions = (
  fake: Pick<FakeGemini, 'url'>,
  overrides: Partial<FakeGeminiGeneratorOptions> = {},
): FakeGeminiGeneratorOptions => ({
  apiKey: 'test-api-key',
  model: 'gemini-test',
  baseUrl: fake.url,
  apiVersion: 'v1beta',
  timeoutMs: 5_000,
  ...overrides,
});
