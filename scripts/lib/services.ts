/**
 * Provides Redis and a MongoDB-protocol server for ./scripts/start and ./scripts/test:
 *  1. REDIS_URL / MONGODB_URI when set, used as they are;
 *  2. else, when a Docker engine answers, testcontainers (redis:7, mongo:7);
 *  3. else local processes: the Redis answering on 127.0.0.1:6379, or a redis-server started
 *     here (installed from Debian's package when missing); FerretDB v1 (built once with Go into
 *     .tools/bin) on a free loopback port with its SQLite backend.
 * Only processes started here are ever stopped.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyFerretDbPatch, FERRETDB_PATCH_ID } from './ferretdb-patch.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const TOOLS_BIN = join(ROOT, '.tools', 'bin');
const FERRETDB_VERSION = 'v1.24.2';
const FERRETDB_FALLBACKS = ['v1.24.1', 'v1.24.0', 'v1.23.1'];

export interface ProvidedServices {
  redisUrl: string;
  /** Base URI without a database name: callers append their own. */
  mongoUri: string;
  /** Human-readable description of where each service comes from. */
  describe: string[];
  stop(): Promise<void>;
}

export interface ProvideOptions {
  /** 'dev' keeps FerretDB's data in .data/ferretdb; 'test' uses a throw-away temp folder. */
  purpose: 'dev' | 'test';
  log?: (message: string) => void;
  env?: Record<string, string | undefined>;
}

export const freePort = (): Promise<number> =>
  new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port')),
      );
    });
  });

const canConnect = (port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> =>
  new Promise((res) => {
    const socket = createConnection({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      res(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });

/** Sends PING and expects +PONG: a real Redis, not just an open port. */
export const redisAnswers = (port: number, host = '127.0.0.1'): Promise<boolean> =>
  new Promise((res) => {
    const socket = createConnection({ port, host });
    let data = '';
    const done = (ok: boolean) => {
      socket.destroy();
      res(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      data += chunk.toString();
      if (data.includes('\r\n')) done(data.startsWith('+PONG'));
    });
    socket.once('error', () => done(false));
  });

export const waitForPort = async (port: number, what: string, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start listening on 127.0.0.1:${port} within ${timeoutMs} ms`);
};

/** A started service never outlives this process, however it ends. */
const killOnExit = (child: ChildProcess) => {
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
};

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const dockerAnswers = (): boolean => {
  if (!has('docker')) return false;
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 5_000 }).status === 0;
};

const stopChild = (child: ChildProcess, name: string, log: (m: string) => void) =>
  new Promise<void>((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      log(`stopped ${name}`);
      res();
    });
    child.kill('SIGTERM');
  });

/**
 * Builds FerretDB once with the machine's Go into .tools/bin and returns its path.
 * `go install ...@v1.24.2` builds a binary that panics at start: the module zip lacks
 * build/version/version.txt, which FerretDB's release tooling writes. So the module source is
 * downloaded through the Go module proxy, copied, given that file and prepkit's two-line `_id`
 * lookup patch (./ferretdb-patch.ts: without it every update scans its whole collection), and
 * built as upstream does.
 */
export const ensureFerretDb = (log: (m: string) => void): string => {
  const bin = join(TOOLS_BIN, `ferretdb-${FERRETDB_PATCH_ID}`);
  if (existsSync(bin)) return bin;
  if (!has('go')) {
    throw new Error(
      'FerretDB (the MongoDB-protocol server used here) is built with Go, and Go is missing. ' +
        'Install Go (https://go.dev/dl or apt-get install golang), or set MONGODB_URI to a running MongoDB.',
    );
  }
  mkdirSync(TOOLS_BIN, { recursive: true });
  const failures: string[] = [];
  for (const version of [FERRETDB_VERSION, ...FERRETDB_FALLBACKS]) {
    log(`building FerretDB ${version} with Go (once; cached in .tools/bin)...`);
    const work = mkdtempSync(join(tmpdir(), 'prepkit-ferretdb-build-'));
    try {
      const dl = spawnSync(
        'go',
        ['mod', 'download', '-json', `github.com/FerretDB/FerretDB@${version}`],
        {
          encoding: 'utf8',
          cwd: work,
          env: { ...process.env, GO111MODULE: 'on' },
        },
      );
      const dir = dl.status === 0 ? (JSON.parse(dl.stdout) as { Dir?: string }).Dir : undefined;
      if (!dir) {
        failures.push(
          `${version}: go mod download failed: ${(dl.stderr || dl.stdout).trim().slice(-300)}`,
        );
        continue;
      }
      const src = join(work, 'src');
      cpSync(dir, src, { recursive: true });
      execFileSync('chmod', ['-R', 'u+w', src]);
      writeFileSync(join(src, 'build', 'version', 'version.txt'), `${version}\n`);
      const unpatched = applyFerretDbPatch(src);
      if (unpatched) {
        log(
          `FerretDB ${version} is built without prepkit's _id pushdown patch (${unpatched}): ` +
            'writes will slow down as collections grow',
        );
      }
      const r = spawnSync('go', ['build', '-trimpath', '-o', bin, './cmd/ferretdb'], {
        cwd: src,
        env: { ...process.env, CGO_ENABLED: '0' },
        stdio: ['ignore', 'inherit', 'pipe'],
        encoding: 'utf8',
      });
      if (r.status === 0 && existsSync(bin)) return bin;
      failures.push(`${version}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  throw new Error(`could not build FerretDB:\n${failures.join('\n')}`);
};

/** FerretDB's command line: SQLite backend in `dataDir` (an existing folder), loopback only. */
export const ferretDbArgs = (dataDir: string, port: number): string[] => [
  '--handler=sqlite',
  // WAL (FerretDB's default) with synchronous=NORMAL: commits no longer wait for an fsync
  // each; the database stays consistent, and only an OS crash can lose the last commits.
  `--sqlite-url=file:${dataDir}/?_pragma=synchronous(normal)`,
  `--listen-addr=127.0.0.1:${port}`,
  '--debug-addr=-',
  '--state-dir=-',
  '--telemetry=disable',
  '--log-level=error',
];

const startFerretDb = async (
  purpose: 'dev' | 'test',
  log: (m: string) => void,
): Promise<{ uri: string; stop: () => Promise<void> }> => {
  const bin = ensureFerretDb(log);
  const dataDir =
    purpose === 'dev'
      ? join(ROOT, '.data', 'ferretdb')
      : mkdtempSync(join(tmpdir(), 'prepkit-ferretdb-'));
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const child = spawn(
    bin,
    ferretDbArgs(dataDir, port),
    // Own process group: Ctrl-C reaches the apps first; the caller stops FerretDB after them.
    { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  killOnExit(child);
  await waitForPort(port, 'FerretDB');
  log(`FerretDB ${FERRETDB_VERSION} on 127.0.0.1:${port} (SQLite in ${dataDir})`);
  return {
    uri: `mongodb://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(child, 'FerretDB', log);
      if (purpose === 'test') rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/**
 * Makes sure `command` is on PATH: when it is not, installs Debian's `pkg` (as root, where
 * apt-get exists), else fails saying how to get it (`alternative` names another way out).
 */
export const ensureDebianCommand = (
  command: string,
  pkg: string,
  log: (m: string) => void,
  alternative = '',
): void => {
  if (has(command)) return;
  if (process.getuid?.() === 0 && has('apt-get')) {
    log(`${command} is missing: installing Debian package ${pkg}...`);
    execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${pkg}`], {
      stdio: 'inherit',
    });
    return;
  }
  throw new Error(
    `${command} is missing. Install it (sudo apt-get install ${pkg})${alternative ? ` ${alternative}` : ''}.`,
  );
};

/** Starts a redis-server owned by the caller on a free port (no persistence unless asked). */
export const startRedisServer = async (
  log: (m: string) => void,
  options: { port?: number; appendOnly?: boolean; dir?: string } = {},
): Promise<{ url: string; port: number; process: ChildProcess; stop: () => Promise<void> }> => {
  ensureDebianCommand('redis-server', 'redis-server', log, 'or set REDIS_URL');
  const port = options.port ?? (await freePort());
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'prepkit-redis-'));
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      options.appendOnly ? 'yes' : 'no',
      '--dir',
      dir,
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore', detached: true },
  );
  killOnExit(child);
  await waitForPort(port, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    stop: () => stopChild(child, `redis-server :${port}`, log),
  };
};

export const provideServices = async (options: ProvideOptions): Promise<ProvidedServices> => {
  const env = options.env ?? process.env;
  const log = options.log ?? ((m: string) => console.error(`[services] ${m}`));
  const stops: Array<() => Promise<void>> = [];
  const describe: string[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    let redisUrl = env.REDIS_URL;
    let mongoUri = env.MONGODB_URI;
    if (redisUrl) describe.push(`Redis: REDIS_URL (${redisUrl.replace(/\/\/.*@/, '//***@')})`);
    if (mongoUri) describe.push('MongoDB: MONGODB_URI');

    if ((!redisUrl || !mongoUri) && dockerAnswers()) {
      const tc = await import('testcontainers');
      if (!redisUrl) {
        const c = await new tc.GenericContainer('redis:7')
          .withCommand(['redis-server', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'])
          .withExposedPorts(6379)
          .start();
        stops.push(async () => void (await c.stop()));
        redisUrl = `redis://${c.getHost()}:${c.getMappedPort(6379)}`;
        describe.push('Redis: testcontainers redis:7');
      }
      if (!mongoUri) {
        const c = await new tc.GenericContainer('mongo:7').withExposedPorts(27017).start();
        stops.push(async () => void (await c.stop()));
        mongoUri = `mongodb://${c.getHost()}:${c.getMappedPort(27017)}`;
        describe.push('MongoDB: testcontainers mongo:7');
      }
    }
    if (!redisUrl) {
      if (await redisAnswers(6379)) {
        redisUrl = 'redis://127.0.0.1:6379';
        describe.push('Redis: the server already answering on 127.0.0.1:6379');
      } else {
        const r = await startRedisServer(log);
        stops.push(r.stop);
        redisUrl = r.url;
        describe.push(`Redis: redis-server started on 127.0.0.1:${r.port}`);
      }
    }
    if (!mongoUri) {
      const f = await startFerretDb(options.purpose, log);
      stops.push(f.stop);
      mongoUri = f.uri;
      describe.push(`MongoDB protocol: FerretDB ${FERRETDB_VERSION} at ${f.uri}`);
    }
    return { redisUrl, mongoUri, describe, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
