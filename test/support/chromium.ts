import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's `chromium` (installed by ./scripts/test through test/browser-setup.ts when missing).
 * Test libraries' own browser downloads are not used: they cannot be fetched here, and CI runs
 * on a fresh machine. CHROMIUM_PATH points elsewhere when needed.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, self-contained headless run as root in CI: no sandbox (root), no GPU, no
 * QUIC, and none of the background traffic a fresh profile would start (updates, sync,
 * first-run pages).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts the system Chromium through playwright-core. Each launch runs with a fresh temporary
 * profile (`--user-data-dir` in the temp folder, made by playwright-core and deleted by
 * `browser.close()`), so no cookie or cache survives between test files. Close it in afterAll.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
