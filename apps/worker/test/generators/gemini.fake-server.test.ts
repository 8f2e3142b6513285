import type { GenerateInput } from '@prepkit/shared';
import { fakeGeminiGeneratorOptions, reply, startFakeGemini } from '@prepkit/testkit';
import { describe, expect, it } from 'vitest';
import { createGeminiGenerator } from '../../src/generators/gemini/gemini.generator.ts';
import { GenerationError } from '../../src/generators/generation-error.ts';

const input: GenerateInput = {
  title: 'Engineer',
  jobDescription: 'Build APIs.',
  selfDescription: 'I build APIs.',
  resumeText: '',
};

const post = (url: string, headers: Record<string, string> = {}, body = '{"contents":[]}') =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the fake Gemini server', () => {
  it('when more calls than maxConcurrent arrive at once, then the extra ones get 429 and the rest succeed', async () => {
    const fake = await startFakeGemini({
      maxConcurrent: 2,
      latencyMs: 300,
      overloadRetryDelay: '1s',
    });
    try {
      const generator = createGeminiGenerator(fakeGeminiGeneratorOptions(fake));
      const outcomes = await Promise.allSettled(
        Array.from({ length: 5 }, () => generator.generate(input)),
      );
      const ok = outcomes.filter((o) => o.status === 'fulfilled');
      const limited = outcomes
        .filter((o): o is PromiseRejectedResult => o.status === 'rejected')
        .map((o) => o.reason as GenerationError);
      expect(ok).toHaveLength(2);
      expect(limited).toHaveLength(3);
      for (const e of limited) {
        expect(e).toBeInstanceOf(GenerationError);
        expect(e).toMatchObject({ code: 'AI_RATE_LIMITED', retryAfterMs: 1000 });
      }
      expect(fake.calls).toBe(5);
      expect(fake.maxConcurrentSeen).toBe(2);
      expect(fake.statusCounts).toEqual({ 200: 2, 429: 3 });
      expect(fake.inFlight).toBe(0);

      // Once the slots are free again, a call goes through.
      await expect(generator.generate(input)).resolves.toMatchObject({
        generator: { name: 'gemini' },
      });
    } finally {
      await fake.close();
    }
  });

  it('when latencyMs is set, then each answer takes at least that long', async () => {
    const fake = await startFakeGemini({ latencyMs: 150 });
    try {
      const generator = createGeminiGenerator(fakeGeminiGeneratorOptions(fake));
      const started = performance.now();
      await generator.generate(input);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await fake.close();
    }
  });

  it('when replies are enqueued, then they are used in order before the default', async () => {
    const fake = await startFakeGemini();
    try {
      fake.enqueue(reply.error(503), reply.delay(50, reply.error(500)));
      fake.setDefault(reply.error(404));
      const codes: number[] = [];
      for (let i = 0; i < 3; i += 1)
        codes.push(
          (await post(`${fake.url}/v1beta/models/m:generateContent`, { 'x-goog-api-key': 'k' }))
            .status,
        );
      expect(codes).toEqual([503, 500, 404]);
      fake.reset();
      expect(fake.calls).toBe(0);
      expect(
        (await post(`${fake.url}/v1beta/models/m:generateContent`, { 'x-goog-api-key': 'k' }))
          .status,
      ).toBe(200);
    } finally {
      await fake.close();
    }
  });

  it('when a reply is dynamic, then it sees the recorded request', async () => {
    const fake = await startFakeGemini();
    try {
      fake.setDefault(
        reply.dynamic((req) =>
          req.model === 'bad-model' ? reply.error(404) : reply.report({ matchScore: 42 }),
        ),
      );
      const good = createGeminiGenerator(fakeGeminiGeneratorOptions(fake, { model: 'good-model' }));
      const bad = createGeminiGenerator(fakeGeminiGeneratorOptions(fake, { model: 'bad-model' }));
      expect((await good.generate(input)).report.matchScore).toBe(42);
      await expect(bad.generate(input)).rejects.toMatchObject({
        code: 'AI_REJECTED',
        httpStatus: 404,
      });
    } finally {
      await fake.close();
    }
  });

  it('when the path, the key or the body is wrong, then Google-format errors come back', async () => {
    const fake = await startFakeGemini({ apiKey: 'right-key' });
    try {
      const unknown = await post(`${fake.url}/v1beta/models/m:streamGenerateContent`, {
        'x-goog-api-key': 'right-key',
      });
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });

      const noKey = await post(`${fake.url}/v1beta/models/m:generateContent`);
      expect(noKey.status).toBe(403);

      const wrongKey = await post(`${fake.url}/v1beta/models/m:generateContent`, {
        'x-goog-api-key': 'nope',
      });
      expect(wrongKey.status).toBe(400);
      expect(wrongKey.headers.get('content-type')).toMatch(/application\/json/);
      expect(await wrongKey.json()).toMatchObject({
        error: {
          code: 400,
          status: 'INVALID_ARGUMENT',
          message: expect.stringMatching(/API key not valid/),
        },
      });

      const badBody = await post(
        `${fake.url}/v1beta/models/m:generateContent`,
        { 'x-goog-api-key': 'right-key' },
        '{oops',
      );
      expect(badBody.status).toBe(400);

      const generator = createGeminiGenerator(fakeGeminiGeneratorOptions(fake, { apiKey: 'nope' }));
      await expect(generator.generate(input)).rejects.toMatchObject({
        code: 'AI_REJECTED',
        retryable: false,
      });
      expect(fake.requests.map((r) => r.apiKey)).toEqual([
        'right-key',
        '',
        'nope',
        'right-key',
        'nope',
      ]);
    } finally {
      await fake.close();
    }
  });

  it('when a request hangs, then close() ends it and resolves promptly', async () => {
    const fake = await startFakeGemini();
    fake.setDefault(reply.hang());
    const pending = post(`${fake.url}/v1beta/models/m:generateContent`, {
      'x-goog-api-key': 'k',
    }).then(
      () => 'answered',
      () => 'failed',
    );
    await fake.waitForCalls(1);
    expect(fake.inFlight).toBe(1);
    const started = performance.now();
    await fake.close();
    expect(await pending).toBe('failed');
    // "Did not hang": the pending call is cut, not waited for (the bound is generous for a
    // loaded machine; the fake's latency here would be unbounded).
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('when fewer calls than awaited arrive, then waitForCalls rejects after its timeout', async () => {
    const fake = await startFakeGemini();
    try {
      await expect(fake.waitForCalls(1, 50)).rejects.toThrow(/0 of 1 calls/);
    } finally {
      await fake.close();
    }
  });

  it('when asked for env, then it names the fake as the Gemini endpoint', async () => {
    const fake = await startFakeGemini();
    try {
      expect(fake.env('gemini-bench')).toEqual({
        AI_PROVIDER: 'gemini',
        GEMINI_API_KEY: 'test-api-key',
        GEMINI_BASE_URL: fake.url,
        GEMINI_MODEL: 'gemini-bench',
        GEMINI_API_VERSION: 'v1beta',
      });
      expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await fake.close();
    }
  });
});
