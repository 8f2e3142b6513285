import { ensureWebBuild } from '../../scripts/lib/web-build.ts';

/** The browser tests drive the built app as the API serves it: build it first when it changed. */
export async function setup() {
  const outcome = await ensureWebBuild({ log: (m) => console.error(`[web] ${m}`) });
  console.error(`[web] the web app build is ${outcome === 'built' ? 'fresh' : 'current'}`);
}
