import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerTokenMatches } from '@prepkit/shared';
import type { Registry } from 'prom-client';

export interface WorkerHttpOptions {
  /** WORKER_HTTP_PORT (0 picks a free port: tests). */
  port: number;
  host: string;
  /** METRICS_TOKEN: when set, `/metrics` wants `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  registry: Registry;
  /** What must answer for `/readyz` to say ready, each bounded by `checkTimeoutMs`. */
  checks: Record<string, () => Promise<boolean>>;
  checkTimeoutMs?: number;
}

export interface WorkerHttp {
  /** e.g. http://127.0.0.1:9464 */
  url: string;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const answersWithin = (check: () => Promise<boolean>, ms: number) =>
  Promise.race([
    check().catch(() => false),
    new Promise<boolean>((r) => setTimeout(r, ms, false).unref()),
  ]);

/**
 * The worker's own small HTTP surface for operators: `GET /metrics` (Prometheus), `/healthz`
 * (the process is up) and `/readyz` (MongoDB and Redis answer and the worker is consuming).
 * Bodies have the API's shapes; errors are JSON `{ message, code }`.
 */
export const startWorkerHttp = async (options: WorkerHttpOptions): Promise<WorkerHttp> => {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      json(res, 405, { message: 'Only GET is served here.', code: 'NOT_FOUND' });
      return;
    }
    if (path === '/healthz') {
      json(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/readyz') {
      const names = Object.keys(options.checks);
      void Promise.all(
        names.map((n) => answersWithin(options.checks[n]!, options.checkTimeoutMs ?? 1_500)),
      ).then((up) => {
        const services = Object.fromEntries(names.map((n, i) => [n, up[i] ? 'up' : 'down']));
        const down = names.filter((_, i) => !up[i]);
        if (down.length === 0) json(res, 200, { status: 'ready', services });
        else
          json(res, 503, {
            message: `Not ready: ${down.join(', ')} ${down.length === 1 ? 'is' : 'are'} down.`,
            code: 'SERVICE_UNAVAILABLE',
            services,
          });
      });
      return;
    }
    if (path === '/metrics') {
      if (!bearerTokenMatches(req.headers.authorization, options.metricsToken)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        json(res, 401, { message: 'A valid metrics token is required.', code: 'UNAUTHORIZED' });
        return;
      }
      options.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': options.registry.contentType });
          res.end(text);
        },
        () => json(res, 500, { message: 'Something went wrong on our side.', code: 'INTERNAL' }),
      );
      return;
    }
    json(res, 404, { message: `No route for ${req.method} ${path}.`, code: 'NOT_FOUND' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
