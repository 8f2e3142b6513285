/**
 * Builds the browser app (apps/web -> apps/web/dist) when its sources changed since the last
 * build: a hash of its sources, the shared contracts it imports and the lockfile is kept in
 * dist/.source-hash. Used by ./scripts/start and the end-to-end tests.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ROOT } from './services.ts';

export const WEB_DIR = join(ROOT, 'apps', 'web');
export const WEB_DIST_DIR = join(WEB_DIR, 'dist');
const STAMP = join(WEB_DIST_DIR, '.source-hash');
const SKIP = new Set(['node_modules', 'dist', 'test']);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });

/** The hash of everything that goes into the build. */
export const webSourceHash = (): string => {
  const hash = createHash('sha256');
  const files = [
    ...filesUnder(WEB_DIR),
    ...filesUnder(join(ROOT, 'packages', 'shared', 'src')),
    join(ROOT, 'packages', 'shared', 'package.json'),
    join(ROOT, 'pnpm-lock.yaml'),
  ].sort();
  for (const file of files) {
    if (!statSync(file).isFile()) continue;
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
};

export interface WebBuildOptions {
  log: (message: string) => void;
  /** Builds even when the sources did not change. */
  force?: boolean;
}

/** Runs `vite build` when needed; resolves once dist/ is current. Rejects when the build fails. */
export const ensureWebBuild = async (options: WebBuildOptions): Promise<'built' | 'current'> => {
  const hash = webSourceHash();
  const current =
    existsSync(join(WEB_DIST_DIR, 'index.html')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === hash;
  if (current && !options.force) return 'current';
  options.log('building the web app (apps/web, vite build)...');
  const vite = join(WEB_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: WEB_DIR,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
    child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const text = output.join('');
  if (code !== 0) throw new Error(`the web app build failed (exit ${code}):\n${text}`);
  for (const line of text.split('\n'))
    if (line.includes('initial route')) options.log(line.replace(/^\[prepkit\] /, ''));
  await writeFile(STAMP, `${hash}\n`);
  return 'built';
};
