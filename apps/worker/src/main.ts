import { loadConfigOrExit } from '@prepkit/shared';
import { createWorkerLogger } from './logger.ts';
import { startWorkerRuntime } from './runtime.ts';

/** Entry point: config once, connections, consume; SIGTERM/SIGINT drain within SHUTDOWN_GRACE_MS. */
const main = async () => {
  const config = loadConfigOrExit(process.env);
  const logger = createWorkerLogger(config.logLevel, process.env.WORKER_NAME ?? 'prepkit-worker');
  const runtime = await startWorkerRuntime(config, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, graceMs: config.queue.shutdownGraceMs },
      'shutting down: finishing active jobs',
    );
    const outcome = await runtime.close();
    logger.info({ outcome }, 'worker stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
};

main().catch((error) => {
  console.error(`prepkit worker failed to start: ${(error as Error).message}`);
  process.exit(1);
});
