/**
 * Runs the fake Gemini on its own, for manual runs and benchmarks in other processes:
 *   node packages/testkit/src/fake-gemini/fake-gemini.cli.ts [--port 8787] [--latency-ms 1000]
 *     [--max-concurrent 8] [--overload-retry-delay 1s] [--api-key KEY]
 * Prints `GEMINI_BASE_URL=http://127.0.0.1:PORT` and answers every call with a valid report.
 */
import { parseArgs } from 'node:util';
import { startFakeGemini } from './fake-gemini.server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '0' },
    'max-concurrent': { type: 'string' },
    'overload-retry-delay': { type: 'string' },
    'api-key': { type: 'string' },
  },
});

const fake = await startFakeGemini({
  port: Number(values.port),
  latencyMs: Number(values['latency-ms']),
  ...(values['max-concurrent'] ? { maxConcurrent: Number(values['max-concurrent']) } : {}),
  ...(values['overload-retry-delay'] ? { overloadRetryDelay: values['overload-retry-delay'] } : {}),
  ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
});
process.stdout.write(`GEMINI_BASE_URL=${fake.url}\n`);

const stop = () => {
  fake.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
