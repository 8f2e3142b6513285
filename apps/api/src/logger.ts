import { type Logger, pino } from 'pino';

/** The process logger. Secrets and resume text never reach it: headers carrying them are redacted. */
export const createLogger = (level: string, name = 'prepkit-api'): Logger =>
  pino({
    name,
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
      ],
      censor: '[redacted]',
    },
  });
