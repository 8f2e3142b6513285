import type { TestProject } from 'vitest/node';
import { provideServices } from '../scripts/lib/services.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    mongoUri: string;
  }
}

/**
 * Provides real Redis and a MongoDB-protocol server to the integration project. A missing
 * service fails the run with a message saying how to get it: tests never skip silently.
 */
export async function setup(project: TestProject) {
  let services: Awaited<ReturnType<typeof provideServices>>;
  try {
    services = await provideServices({ purpose: 'test' });
  } catch (error) {
    throw new Error(
      `Integration tests need Redis and a MongoDB-protocol server and could not get them: ${
        (error as Error).message
      }\nRun the tests through ./scripts/test (it installs and starts both), or set REDIS_URL and MONGODB_URI.`,
    );
  }
  for (const line of services.describe) console.error(`[services] ${line}`);
  project.provide('redisUrl', services.redisUrl);
  project.provide('mongoUri', services.mongoUri);
  return () => services.stop();
}
