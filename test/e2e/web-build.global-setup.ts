import { ensureWebBuild } from '../../scripts/lib/web-build.ts';

/** The browser tests drive the built app as the API serves it: build it first when it changed. */
export async function setup() {
  const log = (m: string) => console.error(`[web] ${m}`);
  const outcome = await ensureWebBuild({ log });
  log(`the web app build is ${outcome === 'built' ? 'fresh' : 'current'}`);
}
