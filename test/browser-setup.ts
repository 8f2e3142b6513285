import { existsSync } from 'node:fs';
import { ensureDebianCommand } from '../scripts/lib/services.ts';

/**
 * Browser tests drive Debian's `chromium`: when it is missing, it is installed here with apt-get
 * (as root, as ./scripts/test does for redis-server), else the run fails saying how to get it.
 * CHROMIUM_PATH names another Chromium binary instead.
 */
export function setup() {
  const custom = process.env.CHROMIUM_PATH;
  if (custom) {
    if (!existsSync(custom)) throw new Error(`CHROMIUM_PATH=${custom} does not exist`);
    return;
  }
  ensureDebianCommand(
    'chromium',
    'chromium',
    (m) => console.error(`[browser] ${m}`),
    'or set CHROMIUM_PATH to a Chromium binary',
  );
}
