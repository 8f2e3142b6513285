import { ConfigError, loadConfig } from '@prepkit/shared';
import { createLogger } from './logger.ts';
import { startApiServer } from './server.ts';

/** Entry point: config once, connections, listen, graceful SIGTERM/SIGINT shutdown. */
const main = async () => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
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
