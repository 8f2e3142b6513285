import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import { readDotenv } from '../../scripts/lib/dotenv.ts';
import { ROOT } from '../../scripts/lib/services.ts';

describe('the .env file ./scripts/start reads', () => {
  it('when .env is a copy of .env.example, then every value is the documented one and the config loads', () => {
    const env = readDotenv(join(ROOT, '.env.example'));
    expect(env.NODE_ENV).toBe('development');
    expect(env.PORT).toBe('3000');
    expect(env.RESUME_MAX_BYTES).toBe('5242880');
    for (const [key, value] of Object.entries(env)) expect(value, key).not.toContain('#');
    const config = loadConfig({
      ...env,
      MONGODB_URI: 'mongodb://127.0.0.1:1/x',
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(config.nodeEnv).toBe('development');
    expect(config.uploads.resumeMaxBytes).toBe(5 * 1024 * 1024);
  });

  it('when values are quoted, exported or followed by comments, then they read as a shell would', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepkit-dotenv-'));
    const file = join(dir, '.env');
    writeFileSync(
      file,
      [
        '# a comment line',
        'PLAIN=value   # trailing comment',
        'QUOTED="has # inside"',
        "SINGLE='x y'",
        'export EXPORTED=1',
        'EMPTY=',
      ].join('\n'),
    );
    expect(readDotenv(file)).toEqual({
      PLAIN: 'value',
      QUOTED: 'has # inside',
      SINGLE: 'x y',
      EXPORTED: '1',
      EMPTY: '',
    });
    expect(readDotenv(join(dir, 'missing'))).toEqual({});
  });
});
