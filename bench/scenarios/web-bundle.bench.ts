import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWebBuild, WEB_DIST_DIR } from '../../scripts/lib/web-build.ts';
import type { BenchContext, ScenarioResult } from '../lib/scenario.ts';

/** The bundle-size figure `vite build` writes (apps/web/scripts/bundle-size.plugin.ts). */
interface BundleSize {
  files: string[];
  gzipBytes: number;
  limitBytes: number;
}

/** Benchmark 8: the JavaScript the web app's first page load needs, gzip (issue 12). */
export const webBundleBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  await ensureWebBuild({ log: ctx.log, force: true });
  const size = JSON.parse(
    readFileSync(join(WEB_DIST_DIR, 'bundle-size.json'), 'utf8'),
  ) as BundleSize;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return {
    title: '8. Web app: initial route JavaScript (issue 12)',
    method:
      'A fresh `vite build` of apps/web; the entry chunk and every chunk it imports statically, each gzip -9 (lazily loaded chunks do not count). The build prints the same figure and fails above the limit.',
    lines: [
      '| files | gzip | limit |',
      '|---|---|---|',
      `| ${size.files.join(', ')} | ${kb(size.gzipBytes)} | ${kb(size.limitBytes)} |`,
    ],
    targets: [
      {
        name: 'initial route JavaScript, gzip',
        value: kb(size.gzipBytes),
        target: `<= ${kb(size.limitBytes)}`,
        met: size.gzipBytes <= size.limitBytes,
      },
    ],
  };
};
