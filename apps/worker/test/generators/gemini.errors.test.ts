import type { GenerateInput } from '@prepkit/shared';
import {
  type FakeGemini,
  type FakeReply,
  fakeGeminiGeneratorOptions,
  reply,
  sampleGeneratedReport,
  startFakeGemini,
} from '@prepkit/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGeminiGenerator } from '../../src/generators/gemini/gemini.generator.ts';
import { GenerationError } from '../../src/generators/generation-error.ts';

const API_KEY = 'AIzaSy-test-secret-key-0123456789';
const RESUME = 'Jane Roe, distinctive-resume-marker, 5 years of TypeScript.';
const input: GenerateInput = {
  title: 'Backend Engineer',
  jobDescription: 'Backend engineer with TypeScript and MongoDB.',
  selfDescription: 'distinctive-self-marker',
  resumeText: RESUME,
};

/** Runs one generate() against `answer` and returns the GenerationError it must reject with. */
const failWith = async (fake: FakeGemini, answer: FakeReply, timeoutMs = 5_000) => {
  fake.enqueue(answer);
  const generator = createGeminiGenerator(
    fakeGeminiGeneratorOptions(fake, { apiKey: API_KEY, timeoutMs }),
  );
  const error = await generator.generate(input).then(
    () => {
      throw new Error('generate() resolved but should have failed');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenerationError);
  const g = error as GenerationError;
  // Never leak the key or the candidate's data into messages.
  expect(g.message).not.toContain(API_KEY);
  expect(g.message).not.toContain('distinctive-resume-marker');
  expect(g.message).not.toContain('distinctive-self-marker');
  return g;
};

describe('Gemini generator failures (exactly one HTTP call each)', () => {
  let fake: FakeGemini;
  beforeAll(async () => {
    fake = await startFakeGemini();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => fake.reset());

  it('when Gemini answers 429 with retryDelay 3s, then AI_RATE_LIMITED retryable with retryAfterMs 3000', async () => {
    const error = await failWith(fake, reply.error(429, { retryDelay: '3s' }));
    expect(error).toMatchObject({
      code: 'AI_RATE_LIMITED',
      retryable: true,
      retryAfterMs: 3000,
      httpStatus: 429,
    });
    expect(error.message).toContain('RESOURCE_EXHAUSTED');
    expect(fake.calls).toBe(1);
  });

  it('when Gemini answers 429 without RetryInfo, then retryAfterMs is undefined', async () => {
    const error = await failWith(fake, reply.error(429));
    expect(error.code).toBe('AI_RATE_LIMITED');
    expect(error.retryAfterMs).toBeUndefined();
    expect(fake.calls).toBe(1);
  });

  it.each([500, 502, 503, 504])(
    'when Gemini answers %i, then AI_UNAVAILABLE retryable',
    async (status) => {
      const error = await failWith(fake, reply.error(status));
      expect(error).toMatchObject({ code: 'AI_UNAVAILABLE', retryable: true, httpStatus: status });
      expect(fake.calls).toBe(1);
    },
  );

  it('when a proxy answers 502 with an HTML page, then AI_UNAVAILABLE retryable', async () => {
    const error = await failWith(fake, reply.raw(502, '<html><body>Bad Gateway</body></html>'));
    expect(error).toMatchObject({ code: 'AI_UNAVAILABLE', retryable: true, httpStatus: 502 });
    expect(fake.calls).toBe(1);
  });

  it.each([400, 401, 403, 404])(
    'when Gemini answers %i, then AI_REJECTED and not retryable',
    async (status) => {
      const error = await failWith(fake, reply.error(status));
      expect(error).toMatchObject({ code: 'AI_REJECTED', retryable: false, httpStatus: status });
      expect(fake.calls).toBe(1);
    },
  );

  it('when the prompt is blocked (200, no text, blockReason), then AI_BLOCKED and not retryable', async () => {
    const error = await failWith(fake, reply.blocked('PROHIBITED_CONTENT'));
    expect(error).toMatchObject({ code: 'AI_BLOCKED', retryable: false });
    expect(error.message).toContain('PROHIBITED_CONTENT');
    expect(fake.calls).toBe(1);
  });

  it.each(['SAFETY', 'RECITATION', 'BLOCKLIST'])(
    'when the candidate stops with finishReason %s, then AI_BLOCKED and not retryable',
    async (finishReason) => {
      const error = await failWith(fake, reply.finish(finishReason));
      expect(error).toMatchObject({ code: 'AI_BLOCKED', retryable: false });
      expect(fake.calls).toBe(1);
    },
  );

  it('when the answer is cut off at MAX_TOKENS, then AI_INVALID_OUTPUT retryable', async () => {
    const full = JSON.stringify(sampleGeneratedReport());
    const error = await failWith(fake, reply.finish('MAX_TOKENS', full.slice(0, 400)));
    expect(error).toMatchObject({ code: 'AI_INVALID_OUTPUT', retryable: true });
    expect(error.message).toContain('MAX_TOKENS');
    expect(fake.calls).toBe(1);
  });

  it('when the model answers invalid JSON, then AI_INVALID_OUTPUT retryable', async () => {
    const error = await failWith(fake, reply.text('{"matchScore": 80, "technicalQuestions": ['));
    expect(error).toMatchObject({ code: 'AI_INVALID_OUTPUT', retryable: true });
    expect(fake.calls).toBe(1);
  });

  it('when the model answers no text at all, then AI_INVALID_OUTPUT retryable', async () => {
    const error = await failWith(fake, reply.finish('STOP'));
    expect(error).toMatchObject({ code: 'AI_INVALID_OUTPUT', retryable: true });
    expect(fake.calls).toBe(1);
  });

  it('when the JSON does not match the schema, then AI_INVALID_OUTPUT naming the bad path', async () => {
    const error = await failWith(
      fake,
      reply.report({ technicalQuestions: sampleGeneratedReport().technicalQuestions.slice(0, 2) }),
    );
    expect(error).toMatchObject({ code: 'AI_INVALID_OUTPUT', retryable: true });
    expect(error.message).toContain('technicalQuestions');
    expect(fake.calls).toBe(1);
  });

  it('when Gemini hangs and timeoutMs is 300, then AI_TIMEOUT after the timeout, not a hang', async () => {
    const started = performance.now();
    const error = await failWith(fake, reply.hang(), 300);
    const elapsed = performance.now() - started;
    expect(error).toMatchObject({ code: 'AI_TIMEOUT', retryable: true });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    // The fake never answers: anything bounded proves the timeout fired (generous for load).
    expect(elapsed).toBeLessThan(15_000);
    expect(fake.calls).toBe(1);
  });

  it('when the connection drops without an answer, then AI_NETWORK retryable', async () => {
    const error = await failWith(fake, reply.drop());
    expect(error).toMatchObject({ code: 'AI_NETWORK', retryable: true });
    expect(fake.calls).toBe(1);
  });

  it('when nothing listens at the base URL, then AI_NETWORK retryable', async () => {
    const closed = await startFakeGemini();
    const url = closed.url;
    await closed.close();
    const generator = createGeminiGenerator(
      fakeGeminiGeneratorOptions({ url }, { apiKey: API_KEY }),
    );
    const error = await generator.generate(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenerationError);
    expect(error).toMatchObject({ code: 'AI_NETWORK', retryable: true });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('when the caller aborts mid-call, then generate rejects with the signal reason, not a GenerationError', async () => {
    fake.enqueue(reply.hang());
    const generator = createGeminiGenerator(fakeGeminiGeneratorOptions(fake));
    const controller = new AbortController();
    const reason = new Error('job cancelled');
    const pending = generator.generate(input, { signal: controller.signal });
    await fake.waitForCalls(1);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(fake.calls).toBe(1);
  });

  it('when the signal is already aborted, then no HTTP call is made', async () => {
    const generator = createGeminiGenerator(fakeGeminiGeneratorOptions(fake));
    const error = await generator
      .generate(input, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(GenerationError);
    expect(fake.calls).toBe(0);
  });
});
