import type { Config } from '@prepkit/shared';
import type { WorkerRuntime } from '../../../apps/worker/src/runtime.ts';
import { startTestApi, type TestApi } from '../../support/api-harness.ts';
import { makeTestConfig } from '../../support/test-config.ts';
import { startTestWorker } from '../../support/worker-harness.ts';

/** The real stack behind the browser: the API (serving the built app) and an in-process worker. */
export interface WebStack {
  readonly url: string;
  readonly api: TestApi;
  readonly worker: WorkerRuntime;
  readonly config: Config;
  /** Stops the API only (the worker goes on), dropping its connections as a crashed server would. */
  stopApi(): Promise<void>;
  /** Starts the API again on the same port. */
  startApi(): Promise<void>;
  close(): Promise<void>;
}

export const startWebStack = async (env: Record<string, string> = {}): Promise<WebStack> => {
  const config = makeTestConfig(env);
  let api = await startTestApi(config);
  const port = new URL(api.url).port;
  const worker = await startTestWorker(config);
  let apiUp = true;
  return {
    url: api.url,
    get api() {
      return api;
    },
    worker,
    config,
    async stopApi() {
      apiUp = false;
      const closing = api.close();
      // As a crash or a restart does: every open connection (keep-alive, event streams) drops.
      api.server.closeAllConnections();
      await closing;
    },
    async startApi() {
      api = await startTestApi({ ...config, port: Number(port) });
      apiUp = true;
    },
    async close() {
      await worker.close(1_000);
      if (apiUp) await api.close();
    },
  };
};
