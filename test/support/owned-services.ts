import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureFerretDb,
  ferretDbArgs,
  freePort,
  startRedisServer,
  waitForPort,
} from '../../scripts/lib/services.ts';

/** A service a fault test owns: it can stop it and start it again on the same port and data. */
export interface OwnedService {
  /** `redis://127.0.0.1:PORT` or `mongodb://127.0.0.1:PORT` (no database name). */
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  dispose(): Promise<void>;
}

const quiet = () => undefined;

const stopProcess = (child: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });

/** The service a test owns, from how to start and stop its process and where its data is. */
const owned = async (
  url: string,
  port: number,
  dir: string,
  start: () => Promise<void>,
  stop: () => Promise<void>,
): Promise<OwnedService> => {
  await start();
  return {
    url,
    port,
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** A redis-server with AOF on, on a spare loopback port, in its own temp folder. */
export const startOwnedRedis = async (): Promise<OwnedService> => {
  const dir = mkdtempSync(join(tmpdir(), 'prepkit-fault-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = (await startRedisServer(quiet, { port, appendOnly: true, dir })).process;
  };
  const stop = async () => {
    await stopProcess(child);
    child = null;
  };
  return owned(`redis://127.0.0.1:${port}`, port, dir, start, stop);
};

/** FerretDB (MongoDB protocol, SQLite backend) on a spare loopback port, data in a temp folder. */
export const startOwnedFerretDb = async (): Promise<OwnedService> => {
  const bin = ensureFerretDb(quiet);
  const dir = mkdtempSync(join(tmpdir(), 'prepkit-fault-ferretdb-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const c = spawn(bin, ferretDbArgs(dir, port), { stdio: 'ignore' });
    const kill = () => c.kill('SIGKILL');
    process.once('exit', kill);
    c.once('exit', () => process.off('exit', kill));
    child = c;
    await waitForPort(port, 'FerretDB');
  };
  // Killed, not asked: FerretDB's graceful stop keeps serving open connections for seconds.
  const stop = async () => {
    await stopProcess(child, 'SIGKILL');
    child = null;
  };
  return owned(`mongodb://127.0.0.1:${port}`, port, dir, start, stop);
};
