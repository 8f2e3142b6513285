import { defineConfig } from 'vitest/config';

/**
 * Six projects: `unit` needs no service (pure packages, generators against the loopback fake
 * Gemini); `web` tests the browser app's logic in Node (no service); `integration` runs against
 * real Redis and a real MongoDB-protocol server, which test/global-setup.ts provides (or fails,
 * saying how to start them); `browser` runs `*.browser.test.ts` against the same services in a
 * real headless Chromium (Debian's package, installed by test/browser-setup.ts when missing;
 * test/support/chromium.ts launches it), one file at a time; `fault` starts, kills and restarts
 * real processes and services on loopback, one file at a time; `e2e` drives the same Chromium
 * through the built web app against the real stack, one file at a time, once the other projects
 * are done (the build runs first when the app's sources changed).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/test/**/*.test.ts',
            'apps/worker/test/generators/**/*.test.ts',
            'test/scripts/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['apps/web/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/*/test/**/*.test.ts'],
          exclude: ['apps/worker/test/generators/**', 'apps/web/**', '**/*.browser.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['apps/*/test/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts', './test/browser-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'fault',
          include: ['test/fault/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // After every other project: Chromium's load would upset their timing-sensitive tests.
          sequence: { groupOrder: 1 },
          globalSetup: [
            './test/global-setup.ts',
            './test/browser-setup.ts',
            './test/e2e/web-build.global-setup.ts',
          ],
          testTimeout: 240_000,
          hookTimeout: 180_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
