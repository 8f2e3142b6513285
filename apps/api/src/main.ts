import { loadConfigOrExit } from '@prepkit/shared';
import { createLogger } from './logger.ts';
import { startApiServer } from './server.ts';

/** Entry point: config once, connections, listen, graceful SIGTERM/SIGINT shutdown. */
const main = async () => {
  const config = loadConfigOrExit(process.env);
  const logger = createLogger(config.logLevel);
  const api = await startApiServer(config, logger);
  logger.info({ url: api.url }, 'prepkit API listening');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await api.close().catch((err) => logger.error({ err }, 'error during shutdown'));
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
};

main().catch((error) => {
  console.error(`prepkit API failed to start: ${(error as Error).message}`);
  process.exit(1);
});
