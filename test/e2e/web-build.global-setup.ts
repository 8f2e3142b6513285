import { ensureDebianCommand } from '../../scripts/lib/services.ts';
import { ensureWebBuild } from '../../scripts/lib/web-build.ts';

/**
 * The browser tests drive the built app as the API serves it: build it first when it changed,
 * and install Debian's Chromium when it is missing (as root; otherwise fail saying how).
 */
export async function setup() {
  const log = (m: string) => console.error(`[web] ${m}`);
  if (!process.env.CHROMIUM_PATH)
    ensureDebianCommand('chromium', 'chromium', log, 'or set CHROMIUM_PATH');
  const outcome = await ensureWebBuild({ log });
  log(`the web app build is ${outcome === 'built' ? 'fresh' : 'current'}`);
}
