import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/lib/services.ts';
import { sleep } from './stats.ts';

const file = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const API_MAIN = file('../../apps/api/src/main.ts');
const WORKER_MAIN = file('../../apps/worker/src/main.ts');
const BASELINE_MAIN = file('../baseline/inline-server.ts');

/** A child process of the benchmark, killed when the benchmark ends. */
export interface BenchProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});

const launch = (script: string, env: Record<string, string>, readyText: string) => {
  const child = spawn(process.execPath, [script], {
    // MALLOC_ARENA_MAX as ./scripts/start and the Dockerfile run the apps.
    env: { PATH: process.env.PATH ?? '', MALLOC_ARENA_MAX: '2', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out = (out + c.toString()).slice(-200_000);
      if (out.includes(readyText)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      running.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return { child, ready, output: () => out, stop };
};

/** The real API (apps/api/src/main.ts) on a free loopback port; resolves once /readyz is 200. */
export const startApiProcess = async (env: Record<string, string>): Promise<BenchProcess> => {
  const port = await freePort();
  const p = launch(API_MAIN, { ...env, PORT: String(port), HOST: '127.0.0.1' }, '\0never');
  let exited = false;
  p.ready.catch(() => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && !exited; i++) {
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child: p.child, url, output: p.output, stop: p.stop };
    await sleep(100);
  }
  await p.stop();
  throw new Error(`the API did not become ready:\n${p.output()}`);
};

/** One worker process (apps/worker/src/main.ts); resolves once it logged "worker ready". */
export const startWorkerProcess = async (env: Record<string, string>): Promise<BenchProcess> => {
  const p = launch(WORKER_MAIN, { ...env, LOG_LEVEL: 'info' }, '"worker ready"');
  await p.ready;
  return { child: p.child, url: '', output: p.output, stop: p.stop };
};

/** The no-queue baseline (bench/baseline/inline-server.ts). */
export const startBaselineProcess = async (env: Record<string, string>): Promise<BenchProcess> => {
  const port = await freePort();
  const p = launch(BASELINE_MAIN, { ...env, PORT: String(port) }, 'baseline listening');
  await p.ready;
  return { child: p.child, url: `http://127.0.0.1:${port}`, output: p.output, stop: p.stop };
};

/** Resident set size of a process in bytes (Linux /proc), or 0 when it cannot be read. */
export const rssBytes = (pid: number | undefined): number => {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};
