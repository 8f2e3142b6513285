import { type FakeGemini, startFakeGemini } from '@prepkit/testkit';
import { afterAll, beforeAll } from 'vitest';
import { type FaultStack, startFaultStack } from './fault-harness.ts';
import { type OwnedService, startOwnedFerretDb, startOwnedRedis } from './owned-services.ts';
import { makeTestEnv, uniqueId } from './test-config.ts';

export interface FaultSetupOptions {
  /** How long the fake Gemini takes to answer each call. */
  latencyMs: number;
  /** Worker processes started (and ready) with the API. */
  workers: number;
  /** The file's own settings, over makeTestEnv's and the fake Gemini's. */
  env?: Record<string, string>;
  /**
   * A backing service the file stops, restarts or flushes: it gets its own redis-server or
   * FerretDB (never the shared ones), and the stack is pointed at it.
   */
  own?: 'redis' | 'mongo';
}

/** What a fault test runs against; closed in reverse order of start. */
export interface FaultSetup {
  fake: FakeGemini;
  stack: FaultStack;
  /** The owned service, when `own` was given. */
  service: OwnedService | null;
  close(): Promise<void>;
}

/** Starts the fake Gemini, the owned service if any, the API and the worker processes. */
export const startFaultSetup = async (options: FaultSetupOptions): Promise<FaultSetup> => {
  const fake = await startFakeGemini({ latencyMs: options.latencyMs });
  let service: OwnedService | null = null;
  let stack: FaultStack | null = null;
  const close = async () => {
    await stack?.close();
    await service?.dispose();
    await fake.close();
  };
  try {
    service =
      options.own === 'redis'
        ? await startOwnedRedis()
        : options.own === 'mongo'
          ? await startOwnedFerretDb()
          : null;
    const owned: Record<string, string> =
      options.own === 'redis' && service
        ? { REDIS_URL: service.url }
        : options.own === 'mongo' && service
          ? { MONGODB_URI: `${service.url}/prepkit_fault_${uniqueId()}` }
          : {};
    const env = makeTestEnv({ ...fake.env(), ...owned, ...options.env });
    stack = await startFaultStack(env, options.workers);
    return { fake, stack, service, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
};

/**
 * The set-up every fault file shares: `startFaultSetup` in beforeAll and its close in afterAll.
 * Read the parts (`fake`, `stack`, `service`) inside the tests, once beforeAll has run.
 */
export const useFaultSetup = (options: FaultSetupOptions): Omit<FaultSetup, 'close'> => {
  let setup: FaultSetup | undefined;
  beforeAll(async () => {
    setup = await startFaultSetup(options);
  });
  afterAll(() => setup?.close());
  const ready = (): FaultSetup => {
    if (!setup) throw new Error('the fault set-up is read before beforeAll started it');
    return setup;
  };
  return {
    get fake() {
      return ready().fake;
    },
    get stack() {
      return ready().stack;
    },
    get service() {
      return ready().service;
    },
  };
};
