import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/services.ts';

const read = (name: string) => readFileSync(join(ROOT, name), 'utf8');

describe('the container image', () => {
  it('when BuildKit reads the Dockerfile, then its syntax directive is the first line (later it is a comment)', () => {
    expect(read('Dockerfile').split('\n')[0]).toBe('# syntax=docker/dockerfile:1');
  });

  it('when the image runs, then it declares a HEALTHCHECK', () => {
    expect(read('Dockerfile')).toMatch(/^HEALTHCHECK [^\n]*\\\n\s*CMD \[/m);
  });

  it('when the build context is sent, then tests, benchmarks and docs stay out of it', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const path of ['test', 'apps/*/test', 'packages/*/test', 'bench', 'docs', '.env']) {
      expect(ignored, path).toContain(path);
    }
  });
});
