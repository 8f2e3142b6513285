import { z } from 'zod';
import { DEFAULT_QUEUE_PREFIX } from '../contracts/interview-job.schema.ts';
import { parseDurationSeconds } from './duration.ts';
import { parseOrigins } from './origins.ts';
import { type TrustProxy, trustProxySchema } from './trust-proxy.ts';

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * The environment prepkit reads, validated once at start-up. Every variable is listed with its
 * meaning in .env.example. Modules receive the parsed Config; none reads process.env itself.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: int(3000),
    HOST: z.string().default('0.0.0.0'),
    MONGODB_URI: z.string({ error: 'MONGODB_URI is required' }).min(1, 'MONGODB_URI is required'),
    REDIS_URL: z.string({ error: 'REDIS_URL is required' }).min(1, 'REDIS_URL is required'),
    JWT_SECRET: optionalText,
    JWT_EXPIRES_IN: z
      .string()
      .default('7d')
      .transform((v, ctx) => {
        const s = parseDurationSeconds(v);
        if (s === null) {
          ctx.addIssue({ code: 'custom', message: 'must look like 7d, 12h, 30m or 3600' });
          return z.NEVER;
        }
        return s;
      }),
    DATA_DIR: z.string().default('.data'),
    AI_PROVIDER: z.enum(['auto', 'gemini', 'local']).default('auto'),
    GEMINI_API_KEY: optionalText,
    GEMINI_MODEL: z.string().default('gemini-3-flash-preview'),
    GEMINI_BASE_URL: optionalText,
    GEMINI_API_VERSION: z.string().default('v1beta'),
    AI_TIMEOUT_MS: int(60_000, 1),
    AI_MAX_ATTEMPTS: int(3, 1),
    AI_BACKOFF_MS: int(1_000, 0),
    AI_RATE_LIMIT_MAX: int(0, 0),
    AI_RATE_LIMIT_WINDOW_MS: int(60_000, 1),
    SYNC_TIMEOUT_MS: int(120_000, 1),
    SYNC_MAX_WAIT_MS: int(300_000, 1),
    SSE_HEARTBEAT_MS: int(15_000, 1),
    RESUME_MAX_BYTES: int(5 * 1024 * 1024, 1),
    UPLOAD_MEMORY_BUDGET_BYTES: int(8 * 1024 * 1024, 1),
    UPLOAD_TMP_DIR: optionalText,
    WORKER_CONCURRENCY: int(4, 1),
    WORKER_LOCK_DURATION_MS: int(30_000, 1),
    WORKER_STALLED_INTERVAL_MS: int(30_000, 1),
    SHUTDOWN_GRACE_MS: int(30_000, 0),
    RECONCILE_INTERVAL_MS: int(60_000, 1),
    QUEUE_PREFIX: z.string().min(1).default(DEFAULT_QUEUE_PREFIX),
    AUTH_RATE_LIMIT_MAX: int(10, 1),
    AUTH_RATE_LIMIT_WINDOW_MS: int(15 * 60_000, 1),
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const parsed = parseOrigins(v);
        if (typeof parsed === 'string') {
          ctx.addIssue({ code: 'custom', message: parsed });
          return z.NEVER;
        }
        return parsed;
      }),
    COOKIE_SAMESITE: z.enum(['lax', 'strict', 'none']).default('lax'),
    COOKIE_SECURE: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    COOKIE_DOMAIN: optionalText,
    TRUST_PROXY: trustProxySchema,
    METRICS_TOKEN: optionalText,
    WORKER_HTTP_PORT: optionalText
      .transform((v) => (v === undefined ? undefined : Number(v)))
      .pipe(z.number().int().min(0).max(65_535).optional()),
    ADMIN_EMAILS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim().toLowerCase())
          .filter(Boolean),
      ),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (!env.JWT_SECRET || env.JWT_SECRET.length < 32)) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'JWT_SECRET is required in production and must be at least 32 characters',
      });
    }
    if (env.COOKIE_SAMESITE === 'none' && !cookieSecure(env.NODE_ENV, env.COOKIE_SECURE)) {
      ctx.addIssue({
        code: 'custom',
        path: ['COOKIE_SAMESITE'],
        message:
          'COOKIE_SAMESITE=none needs a Secure cookie (browsers refuse SameSite=None without it): ' +
          'run with NODE_ENV=production or COOKIE_SECURE=true, behind HTTPS',
      });
    }
    if (env.AI_PROVIDER === 'gemini' && !env.GEMINI_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['GEMINI_API_KEY'],
        message: 'GEMINI_API_KEY is required when AI_PROVIDER=gemini',
      });
    }
  });

export type Env = z.output<typeof envSchema>;

/** Secure unless COOKIE_SECURE says otherwise: on in production, off elsewhere. */
function cookieSecure(nodeEnv: string, explicit: boolean | undefined): boolean {
  return explicit ?? nodeEnv === 'production';
}

/** The dev-server origins a single-page app usually runs on (Vite's port, both loopback names). */
export const DEV_CORS_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'] as const;

/** Parsed, typed configuration. */
export interface Config {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  host: string;
  mongodbUri: string;
  redisUrl: string;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  /** Proxies allowed to name the client address (X-Forwarded-For); false trusts none. */
  trustProxy: TrustProxy;
  /** Browser clients on other origins. */
  http: {
    /**
     * Exact origins (`scheme://host[:port]`) allowed to call the API with credentials (CORS)
     * and to send cookie-authenticated POST/DELETE requests (the Origin check).
     */
    corsOrigins: string[];
  };
  auth: {
    /** Undefined outside production: the API then keeps a generated one in dataDir. */
    jwtSecret: string | undefined;
    jwtExpiresInSeconds: number;
    rateLimitMax: number;
    rateLimitWindowMs: number;
    /** How the `token` cookie is set. */
    cookie: {
      sameSite: Env['COOKIE_SAMESITE'];
      secure: boolean;
      /** The cookie's Domain attribute; undefined = host-only (the API's own host). */
      domain: string | undefined;
    };
  };
  ai: {
    /** The generator in force: auto resolves to gemini when a key is set, else local. */
    provider: 'gemini' | 'local';
    geminiApiKey: string | undefined;
    geminiModel: string;
    geminiBaseUrl: string | undefined;
    geminiApiVersion: string;
    timeoutMs: number;
    maxAttempts: number;
    backoffMs: number;
    /** 0 disables the shared limiter. */
    rateLimitMax: number;
    rateLimitWindowMs: number;
  };
  queue: {
    prefix: string;
    syncTimeoutMs: number;
    /** The longest wait a client may ask the sync route for with `Prefer: wait=N`. */
    syncMaxWaitMs: number;
    workerConcurrency: number;
    lockDurationMs: number;
    stalledIntervalMs: number;
    shutdownGraceMs: number;
    /** How often a worker re-enqueues lost jobs and sweeps expired idempotency keys. */
    reconcileIntervalMs: number;
  };
  uploads: {
    resumeMaxBytes: number;
    /** Resume bytes the API holds in memory at once; further files wait on disk until room frees. */
    memoryBudgetBytes: number;
    /** Base folder of each API process's private upload folder; the OS temp folder when unset. */
    tmpDir: string | undefined;
  };
  /** The operations surface: metrics, worker health, the queue dashboard. */
  ops: {
    /** METRICS_TOKEN: when set, every `/metrics` wants `Authorization: Bearer <token>`. */
    metricsToken: string | undefined;
    /** WORKER_HTTP_PORT: the worker's /metrics, /healthz and /readyz; undefined = not served. */
    workerHttpPort: number | undefined;
    /** ADMIN_EMAILS (comma-separated, lower-cased): who may open /admin/queues. */
    adminEmails: string[];
  };
  /** Job event streams (`GET /api/interview/jobs/:jobId/events`). */
  sse: {
    /** A `: ping` comment this often keeps proxies from closing an idle stream. */
    heartbeatMs: number;
  };
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses the environment into a Config, or throws a ConfigError naming each bad variable. */
export const loadConfig = (env: Record<string, string | undefined>): Config => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    mongodbUri: e.MONGODB_URI,
    redisUrl: e.REDIS_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    http: {
      corsOrigins: e.CORS_ORIGINS ?? (e.NODE_ENV === 'production' ? [] : [...DEV_CORS_ORIGINS]),
    },
    auth: {
      jwtSecret: e.JWT_SECRET,
      jwtExpiresInSeconds: e.JWT_EXPIRES_IN,
      rateLimitMax: e.AUTH_RATE_LIMIT_MAX,
      rateLimitWindowMs: e.AUTH_RATE_LIMIT_WINDOW_MS,
      cookie: {
        sameSite: e.COOKIE_SAMESITE,
        secure: cookieSecure(e.NODE_ENV, e.COOKIE_SECURE),
        domain: e.COOKIE_DOMAIN,
      },
    },
    ai: {
      provider: e.AI_PROVIDER === 'auto' ? (e.GEMINI_API_KEY ? 'gemini' : 'local') : e.AI_PROVIDER,
      geminiApiKey: e.GEMINI_API_KEY,
      geminiModel: e.GEMINI_MODEL,
      geminiBaseUrl: e.GEMINI_BASE_URL,
      geminiApiVersion: e.GEMINI_API_VERSION,
      timeoutMs: e.AI_TIMEOUT_MS,
      maxAttempts: e.AI_MAX_ATTEMPTS,
      backoffMs: e.AI_BACKOFF_MS,
      rateLimitMax: e.AI_RATE_LIMIT_MAX,
      rateLimitWindowMs: e.AI_RATE_LIMIT_WINDOW_MS,
    },
    queue: {
      prefix: e.QUEUE_PREFIX,
      syncTimeoutMs: e.SYNC_TIMEOUT_MS,
      syncMaxWaitMs: e.SYNC_MAX_WAIT_MS,
      workerConcurrency: e.WORKER_CONCURRENCY,
      lockDurationMs: e.WORKER_LOCK_DURATION_MS,
      stalledIntervalMs: e.WORKER_STALLED_INTERVAL_MS,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      reconcileIntervalMs: e.RECONCILE_INTERVAL_MS,
    },
    uploads: {
      resumeMaxBytes: e.RESUME_MAX_BYTES,
      memoryBudgetBytes: e.UPLOAD_MEMORY_BUDGET_BYTES,
      tmpDir: e.UPLOAD_TMP_DIR,
    },
    ops: {
      metricsToken: e.METRICS_TOKEN,
      workerHttpPort: e.WORKER_HTTP_PORT,
      adminEmails: e.ADMIN_EMAILS,
    },
    sse: { heartbeatMs: e.SSE_HEARTBEAT_MS },
  };
};

/** For entry points: the Config, or the problems on stderr and exit code 1. */
export const loadConfigOrExit = (env: Record<string, string | undefined>): Config => {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
};
