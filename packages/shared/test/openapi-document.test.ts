import { readFileSync } from 'node:fs';
import { createOpenApiDocument, mergePathGroups } from '@prepkit/shared/openapi';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE, renderOpenApi } from '../../../scripts/openapi.ts';

describe('the OpenAPI document', () => {
  it('when docs/openapi.json is compared with the contracts, then it is current (run `pnpm openapi` otherwise)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi());
  });

  it('when it is generated, then it is OpenAPI 3.1 with both session schemes and every error code documented with its message', () => {
    const doc = createOpenApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components?.securitySchemes ?? {})).toEqual(
      expect.arrayContaining(['cookieAuth', 'bearerAuth']),
    );
    const post = doc.paths?.['/api/interview/']?.post;
    expect(post?.responses?.['400']).toMatchObject({
      description: expect.stringContaining(
        "`JOB_DESCRIPTION_REQUIRED`: Job description is required (send as 'jobDescription').",
      ),
    });
    expect(post?.responses?.['502']).toMatchObject({
      description: expect.stringContaining(
        'AI service failed to generate interview report. Please try again.',
      ),
    });
    const headers = (post?.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
    expect(headers).toEqual(expect.arrayContaining(['Idempotency-Key', 'Prefer']));
    const events = doc.paths?.['/api/interview/jobs/{jobId}/events']?.get;
    expect(Object.keys(events?.responses?.['200']?.content ?? {})).toEqual(['text/event-stream']);
    expect((events?.parameters ?? []).map((p) => ('name' in p ? p.name : ''))).toContain(
      'Last-Event-ID',
    );
  });

  it('when two route groups declare the same method on one path, then merging them throws', () => {
    const group = { '/x': { get: { responses: {} } } };
    expect(() => mergePathGroups([group, group])).toThrow('GET /x is declared twice');
    expect(
      Object.keys(mergePathGroups([group, { '/x': { post: { responses: {} } } }])['/x'] ?? {}),
    ).toEqual(['get', 'post']);
  });
});
