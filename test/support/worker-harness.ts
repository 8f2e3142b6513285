import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Config } from '@prepkit/shared';
import { pino } from 'pino';
import { startWorkerRuntime, type WorkerRuntime } from '../../apps/worker/src/runtime.ts';

/** Runs a worker in this process (flow tests). */
export const startTestWorker = (config: Config): Promise<WorkerRuntime> =>
  startWorkerRuntime(config, pino({ level: config.logLevel }));

const WORKER_MAIN = fileURLToPath(new URL('../../apps/worker/src/main.ts', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the worker logged that it is ready. */
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a worker as a separate OS process (fault tests kill it for real). */
export const spawnWorkerProcess = (env: Record<string, string>): WorkerProcess => {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('"worker ready"')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`worker exited (${code}) before ready:\n${out}`)),
    );
  });
  ready.catch(() => undefined);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  return { child, output: () => out, ready, exited };
};
