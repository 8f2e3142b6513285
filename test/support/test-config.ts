import { randomBytes } from 'node:crypto';
import { type Config, loadConfig } from '@prepkit/shared';
import { inject } from 'vitest';

/** Replaces (or adds) the database name of a MongoDB URI. */
export const withDatabase = (uri: string, name: string): string => {
  const [base = '', query] = uri.split('?');
  const schemeEnd = base.indexOf('//') + 2;
  const slash = base.indexOf('/', schemeEnd);
  const hosts = slash === -1 ? base : base.slice(0, slash);
  return `${hosts}/${name}${query ? `?${query}` : ''}`;
};

export const uniqueId = (): string => randomBytes(5).toString('hex');

/**
 * The environment for one test (file): its own database and its own queue prefix: its own database and its own queue prefix, so tests never see
 * each other's data; the services are the ones global-setup provided.
 */
export const makeTestEnv = (env: Record<string, string> = {}): Record<string, string> => {
  const id = uniqueId();
  return {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MONGODB_URI: withDatabase(inject('mongoUri'), `prepkit_test_${id}`),
    REDIS_URL: inject('redisUrl'),
    QUEUE_PREFIX: `{prepkit-test-${id}}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    AI_PROVIDER: 'local',
    AI_BACKOFF_MS: '50',
    ...env,
  };
};

/** The parsed Config of makeTestEnv: what the API and worker under test run with. */
export const makeTestConfig = (env: Record<string, string> = {}): Config =>
  loadConfig(makeTestEnv(env));
