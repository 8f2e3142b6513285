import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What the initial route costs: the entry chunk and every chunk it imports statically. */
export interface BundleSizeReport {
  files: string[];
  gzipBytes: number;
  limitBytes: number;
}

/**
 * Prints the gzip size of the JavaScript the first page load needs (the entry chunk plus its
 * static imports; lazily loaded chunks do not count) and fails the build above `limitBytes`.
 * The figure is also written to `bundle-size.json` in the output folder.
 */
export const bundleSizePlugin = (limitBytes: number): Plugin => ({
  name: 'prepkit-bundle-size',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks = new Map(
      Object.values(bundle)
        .filter((o) => o.type === 'chunk')
        .map((c) => [c.fileName, c]),
    );
    const initial = new Set<string>();
    const visit = (name: string) => {
      const chunk = chunks.get(name);
      if (!chunk || initial.has(name)) return;
      initial.add(name);
      for (const dep of chunk.imports) visit(dep);
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
    const gzipBytes = [...initial].reduce(
      (sum, name) => sum + gzipSync(chunks.get(name)!.code, { level: 9 }).length,
      0,
    );
    const report: BundleSizeReport = { files: [...initial], gzipBytes, limitBytes };
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    this.info(`initial route JavaScript: ${kb(gzipBytes)} gzip (limit ${kb(limitBytes)})`);
    console.log(
      `[prepkit] initial route JavaScript: ${kb(gzipBytes)} gzip (limit ${kb(limitBytes)})`,
    );
    if (gzipBytes > limitBytes) {
      this.error(`the initial route JavaScript is ${kb(gzipBytes)} gzip, over ${kb(limitBytes)}`);
    }
    this.emitFile({
      type: 'asset',
      fileName: 'bundle-size.json',
      source: `${JSON.stringify(report, null, 2)}\n`,
    });
  },
});
