import { AppError, bearerTokenMatches, isAppError } from '@prepkit/shared';
import type { Request, RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface ApiMetricsDeps {
  /** Sync waiters (POST /api/interview/ waiting for its job) and open event streams. */
  waiter: { size(): number; subscribers(): number };
  /** The upload memory budget. */
  uploadBudget: { inUse(): number; waiting(): number };
  /** METRICS_TOKEN: when set, `GET /metrics` wants `Authorization: Bearer <token>`. */
  token: string | undefined;
}

export interface ApiMetrics {
  registry: Registry;
  /** Times every request by method, route template and status class; counts those in flight. */
  track: RequestHandler;
  /** `GET /metrics` in the Prometheus text format. */
  serve: RequestHandler;
  /** Wraps a rate limiter so that each refusal (RATE_LIMITED) is counted. */
  countingRefusals<L extends { consume(keys: string[]): Promise<void> }>(limiter: L): L;
  /** Counts a submission answered with the job of an earlier one (same Idempotency-Key). */
  idempotentReplay(): void;
}

/**
 * Records the template of the route a request matches (`/api/interview/jobs/:jobId`), never its
 * raw path. Taken when the router sets `req.route`: that is when `req.baseUrl` is the matched
 * router's mount path (an error thrown by the handler unwinds it before the response ends).
 */
const recordRoute = (req: Request): (() => string) => {
  let template = 'unmatched';
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: { path?: unknown } | undefined) {
      route = value;
      if (typeof value?.path === 'string') template = `${req.baseUrl}${value.path}`;
    },
  });
  return () => template;
};

/** One registry per app (tests run several apps in a process). */
export const createApiMetrics = (deps: ApiMetricsDeps): ApiMetrics => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'prepkit_http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'prepkit_http_requests_in_flight',
    help: 'HTTP requests being served now (open event streams included).',
    registers: [registry],
  });
  new Gauge({
    name: 'prepkit_sync_waiters',
    help: 'Synchronous submissions waiting for their job to finish.',
    registers: [registry],
    collect() {
      this.set(deps.waiter.size());
    },
  });
  new Gauge({
    name: 'prepkit_sse_streams_open',
    help: 'Job event streams (SSE) open now.',
    registers: [registry],
    collect() {
      this.set(deps.waiter.subscribers());
    },
  });
  new Gauge({
    name: 'prepkit_upload_budget_bytes_in_use',
    help: 'Resume bytes held in memory now (of UPLOAD_MEMORY_BUDGET_BYTES).',
    registers: [registry],
    collect() {
      this.set(deps.uploadBudget.inUse());
    },
  });
  new Gauge({
    name: 'prepkit_upload_budget_waiting',
    help: 'Uploads waiting on disk for room in the memory budget.',
    registers: [registry],
    collect() {
      this.set(deps.uploadBudget.waiting());
    },
  });
  const refusals = new Counter({
    name: 'prepkit_auth_rate_limited_total',
    help: 'Login and register attempts refused by the rate limiter (429).',
    registers: [registry],
  });
  const replays = new Counter({
    name: 'prepkit_idempotent_replays_total',
    help: 'Submissions answered with the job of an earlier request with the same Idempotency-Key.',
    registers: [registry],
  });

  return {
    registry,
    track(req, res, next) {
      const end = duration.startTimer();
      const routeOf = recordRoute(req);
      inFlight.inc();
      res.once('close', () => {
        inFlight.dec();
        end({
          method: req.method,
          route: routeOf(),
          status_class: `${Math.floor(res.statusCode / 100)}xx`,
        });
      });
      next();
    },
    async serve(req, res) {
      if (!bearerTokenMatches(req.get('authorization'), deps.token)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        throw new AppError('UNAUTHORIZED', { message: 'A valid metrics token is required.' });
      }
      res.setHeader('Content-Type', registry.contentType);
      res.send(await registry.metrics());
    },
    countingRefusals(limiter) {
      return {
        ...limiter,
        async consume(keys: string[]) {
          try {
            await limiter.consume(keys);
          } catch (error) {
            if (isAppError(error) && error.code === 'RATE_LIMITED') refusals.inc();
            throw error;
          }
        },
      };
    },
    idempotentReplay: () => replays.inc(),
  };
};
