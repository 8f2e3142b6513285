import { type Logger, pino } from 'pino';

/** The worker's logger: lines carry `jobId` through child loggers; no resume text, no secrets. */
export const createWorkerLogger = (level: string, name = 'prepkit-worker'): Logger =>
  pino({ name, level, redact: { paths: ['*.apiKey', '*.password'], censor: '[redacted]' } });
