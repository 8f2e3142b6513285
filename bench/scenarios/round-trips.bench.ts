import { startFakeGemini } from '@prepkit/testkit';
import {
  type MongoCommandCounter,
  startMongoCommandCounter,
} from '../../test/support/mongo-command-counter.ts';
import { registerCookie, submit } from '../lib/client.ts';
import { startApiProcess, startWorkerProcess } from '../lib/processes.ts';
import type { BenchContext, ScenarioResult } from '../lib/scenario.ts';
import { benchEnv } from '../lib/stack.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The same MongoDB URI (database, options) through another loopback port. */
const throughPort = (uri: string, port: number) => {
  const url = new URL(uri);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
};

/**
 * Benchmark 10 (issue 16): MongoDB commands per multipart sync 201, counted on the wire by a
 * proxy in front of the API process and another in front of the worker process.
 */
export const roundTripsBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const reports = ctx.quick ? 10 : 30;
  const fake = await startFakeGemini({ latencyMs: 0 });
  const env = benchEnv(ctx.services, fake, {
    WORKER_CONCURRENCY: '1',
    // One reconcile round at start-up and none during the measurement: a round is per fleet and
    // per interval, not per report.
    RECONCILE_INTERVAL_MS: '3600000',
  });
  const mongoPort = Number(new URL(env.MONGODB_URI!).port || 27017);
  const counters: Record<'API' | 'worker', MongoCommandCounter> = {
    API: await startMongoCommandCounter(mongoPort),
    worker: await startMongoCommandCounter(mongoPort),
  };
  const api = await startApiProcess({
    ...env,
    MONGODB_URI: throughPort(env.MONGODB_URI!, counters.API.port),
  });
  const worker = await startWorkerProcess({
    ...env,
    MONGODB_URI: throughPort(env.MONGODB_URI!, counters.worker.port),
  });
  const rows: string[] = [];
  const totals: Record<string, number> = {};
  try {
    const cookie = await registerCookie(api.url);
    for (let i = 0; i < 3; i++) await submit(api.url, cookie); // warm-up (indexes, caches)
    await sleep(1_000);
    for (const c of Object.values(counters)) c.reset();
    let created = 0;
    for (let i = 0; i < reports; i++) if ((await submit(api.url, cookie)).status === 201) created++;
    await sleep(2_000); // the worker deletes the upload after the 201
    if (created !== reports) throw new Error(`only ${created} of ${reports} answered 201`);
    for (const [name, counter] of Object.entries(counters)) {
      let sum = 0;
      for (const [key, n] of [...counter.counts()].sort((a, b) => b[1] - a[1])) {
        rows.push(`| ${name} | ${key} | ${(n / reports).toFixed(2)} |`);
        sum += n;
      }
      totals[name] = sum / reports;
      rows.push(
        `| ${name} | **total** (driver monitoring apart: ${counter.background()} in all) | **${(sum / reports).toFixed(2)}** |`,
      );
    }
  } finally {
    await Promise.all([worker.stop(), api.stop()]);
    await fake.close();
    for (const c of Object.values(counters)) await c.close();
  }
  const all = (totals.API ?? 0) + (totals.worker ?? 0);
  return {
    title: '10. MongoDB commands per multipart sync 201 (issue 16)',
    method: `${reports} multipart POSTs (JD + a one-page corpus PDF) answered 201 one after another, after 3 warm-up ones; 1 API process + 1 worker process (concurrency 1), each talking to the MongoDB-protocol server through its own counting proxy (test/support/mongo-command-counter.ts reads OP_MSG frames: command name and collection). hello/ping/endSessions (the driver's own monitoring) are counted apart.`,
    lines: [
      '| process | command collection | per report |',
      '|---|---|---|',
      ...rows,
      `| both | **total** | **${all.toFixed(2)}** |`,
    ],
    targets: [
      {
        name: 'MongoDB commands per multipart sync 201',
        value: all.toFixed(2),
        target: '<= 8',
        met: all <= 8,
      },
    ],
  };
};
