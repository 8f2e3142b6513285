import { randomBytes } from 'node:crypto';
import { type FakeGemini, type FakeGeminiOptions, startFakeGemini } from '@prepkit/testkit';
import {
  type BenchProcess,
  startApiProcess,
  startBaselineProcess,
  startWorkerProcess,
} from './processes.ts';

/** Where the benchmark's Redis and MongoDB-protocol server are. */
export interface BenchServices {
  redisUrl: string;
  mongoUri: string;
}

/** The queued design under test: the fake AI, the API process and N worker processes. */
export interface QueuedStack {
  fake: FakeGemini;
  api: BenchProcess;
  workers: BenchProcess[];
  env: Record<string, string>;
  /** Starts `count` more worker processes (e.g. after the queue was filled). */
  addWorkers(count: number): Promise<void>;
  stop(): Promise<void>;
}

const withDb = (uri: string, name: string) => `${uri.replace(/\/+$/, '')}/${name}`;

/** A fresh environment: own database, own queue prefix, the fake AI. */
export const benchEnv = (
  services: BenchServices,
  fake: FakeGemini,
  extra: Record<string, string> = {},
): Record<string, string> => {
  const id = randomBytes(4).toString('hex');
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    MONGODB_URI: withDb(services.mongoUri, `prepkit_bench_${id}`),
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: `{prepkit-bench-${id}}`,
    AUTH_RATE_LIMIT_MAX: '1000',
    ...fake.env('gemini-bench'),
    ...extra,
  };
};

export const startQueuedStack = async (
  services: BenchServices,
  options: { fake: FakeGeminiOptions; workers: number; env?: Record<string, string> },
): Promise<QueuedStack> => {
  const fake = await startFakeGemini(options.fake);
  const env = benchEnv(services, fake, options.env);
  const api = await startApiProcess(env);
  const workers = await Promise.all(
    Array.from({ length: options.workers }, () => startWorkerProcess(env)),
  );
  return {
    fake,
    api,
    workers,
    env,
    async addWorkers(count) {
      const more = await Promise.all(Array.from({ length: count }, () => startWorkerProcess(env)));
      workers.push(...more);
    },
    async stop() {
      await Promise.all([...workers.map((w) => w.stop()), api.stop()]);
      await fake.close();
    },
  };
};

/** The inline baseline with its own fake AI. */
export const startBaselineStack = async (
  services: BenchServices,
  fakeOptions: FakeGeminiOptions,
) => {
  const fake = await startFakeGemini(fakeOptions);
  const server = await startBaselineProcess(benchEnv(services, fake));
  return {
    fake,
    server,
    async stop() {
      await server.stop();
      await fake.close();
    },
  };
};
