import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` needs no service (pure packages, generators against the loopback fake
 * Gemini); `integration` runs against real Redis and a real MongoDB-protocol server, which
 * test/global-setup.ts provides (or fails, saying how to start them); `browser` runs
 * `*.browser.test.ts` against the same services in a real headless Chromium (Debian's package,
 * installed by test/browser-setup.ts when missing; test/support/chromium.ts launches it), one
 * file at a time; `fault` starts, kills and restarts real processes and services on loopback,
 * one file at a time.
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
          name: 'integration',
          include: ['apps/*/test/**/*.test.ts'],
          exclude: ['apps/worker/test/generators/**', '**/*.browser.test.ts'],
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
    ],
  },
});
