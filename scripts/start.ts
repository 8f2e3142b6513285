/**
 * ./scripts/start: services, the API and N workers in one terminal; Ctrl-C stops them all.
 * The web app is built first when its sources changed (the API serves it at `/`); with `--dev`
 * a Vite dev server (hot reload, `/api` forwarded to the API) runs beside them instead.
 * Environment variables (see .env.example, and a .env file when present) are passed through;
 * MONGODB_URI/REDIS_URL default to the services provided here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDotenv } from './lib/dotenv.ts';
import { provideServices, ROOT } from './lib/services.ts';
import { ensureWebBuild, WEB_DIR } from './lib/web-build.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1' },
    dev: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('usage: ./scripts/start [--workers N] [--dev]');
  console.log('  --dev  serve the web app from a Vite dev server (hot reload) on port 5173');
  process.exit(0);
}
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 32) {
  console.error('--workers takes a whole number from 1 to 32');
  process.exit(2);
}

// The real environment wins over .env.
const env: Record<string, string | undefined> = {
  ...readDotenv(join(ROOT, '.env')),
  ...process.env,
};
const log = (m: string) => console.error(`\x1b[36m[prepkit]\x1b[0m ${m}`);
if (!values.dev) {
  try {
    await ensureWebBuild({ log });
  } catch (error) {
    log((error as Error).message);
    process.exit(1);
  }
}
const services = await provideServices({ purpose: 'dev', env, log });
for (const line of services.describe) log(line);
const mongoUri = env.MONGODB_URI ?? `${services.mongoUri}/prepkit`;

const pretty = process.stdout.isTTY && env.LOG_FORMAT !== 'json';
const children: ChildProcess[] = [];
let stopping = false;

const run = (name: string, script: string, extraEnv: Record<string, string> = {}) => {
  const child = spawn(process.execPath, [join(ROOT, script)], {
    env: {
      // Two glibc malloc arenas: the libuv threads that write uploads to disk otherwise each
      // grow an arena of their own (measured: peak RSS under 50 concurrent 5 MiB uploads
      // ~100 MiB over idle with the default, ~75 MiB with 2). An operator's value wins.
      MALLOC_ARENA_MAX: '2',
      ...env,
      MONGODB_URI: mongoUri,
      REDIS_URL: services.redisUrl,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true, // Ctrl-C reaches this script only; it stops the apps, then the services
  });
  process.once('exit', () => child.kill('SIGKILL'));
  if (pretty) {
    const fmt = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'pino-pretty', 'bin.js'),
        '--colorize',
        '--ignore',
        'pid,hostname',
      ],
      { stdio: ['pipe', 'inherit', 'inherit'], detached: true },
    );
    child.stdout?.pipe(fmt.stdin!);
  } else {
    child.stdout?.pipe(process.stdout);
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
};

const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  log('stopping...');
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((res) => {
          if (c.exitCode !== null || c.signalCode !== null) return res();
          const t = setTimeout(() => c.kill('SIGKILL'), 15_000);
          c.once('exit', () => {
            clearTimeout(t);
            res();
          });
          c.kill('SIGTERM');
        }),
    ),
  );
  await services.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

run('api', 'apps/api/src/main.ts');
// Worker n serves /metrics, /healthz and /readyz on WORKER_HTTP_PORT + n - 1 (9464 by default).
const firstWorkerPort = Number(env.WORKER_HTTP_PORT ?? 9464);
for (let i = 1; i <= workers; i++)
  run(`worker ${i}`, 'apps/worker/src/main.ts', {
    WORKER_NAME: `worker-${i}`,
    WORKER_HTTP_PORT: String(firstWorkerPort + i - 1),
  });
const url = `http://127.0.0.1:${env.PORT ?? '3000'}`;
const devPort = env.WEB_DEV_PORT ?? '5173';
if (values.dev) {
  const vite = spawn(
    process.execPath,
    [join(WEB_DIR, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', devPort],
    { cwd: WEB_DIR, env: { ...env, PREPKIT_API_URL: url }, stdio: 'inherit', detached: true },
  );
  process.once('exit', () => vite.kill('SIGKILL'));
  vite.on('exit', (code, signal) => {
    if (!stopping) {
      log(`web dev server exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  children.push(vite);
}
log(`starting the API and ${workers} worker(s)...`);
const deadline = Date.now() + 60_000;
while (!stopping && Date.now() < deadline) {
  const ready = await fetch(`${url}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) {
    log(`prepkit is ready at ${url} (API + ${workers} worker(s)); Ctrl-C stops everything`);
    log(
      values.dev
        ? `web app (Vite dev server, hot reload): http://127.0.0.1:${devPort}/`
        : `web app: open ${url}/ in a browser`,
    );
    log(
      `API docs ${url}/api/docs, metrics ${url}/metrics and http://127.0.0.1:${firstWorkerPort}/metrics` +
        (workers > 1 ? ` (to ${firstWorkerPort + workers - 1})` : '') +
        ', queue dashboard /admin/queues (ADMIN_EMAILS)',
    );
    break;
  }
  await new Promise((r) => setTimeout(r, 250));
}
