import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeGemini, FakeGeminiOptions } from './fake-gemini.types.ts';
import { type FakeReply, type RecordedRequest, reply } from './fake-reply.ts';
import { blockedBody, candidateBody } from './gemini-bodies.ts';
import { googleErrorBody } from './google-error.ts';

const ROUTE = /^\/([^/]+)\/models\/([^/:]+):generateContent$/;
const JSON_TYPE = 'application/json; charset=UTF-8';

/** Starts a fake Gemini on 127.0.0.1 (port 0 by default). */
export const startFakeGemini = async (options: FakeGeminiOptions = {}): Promise<FakeGemini> => {
  let latencyMs = options.latencyMs ?? 0;
  let maxConcurrent = options.maxConcurrent;
  let queue: FakeReply[] = [];
  let fallback: FakeReply = reply.report();
  let requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxConcurrentSeen = 0;
  let statusCounts: Record<number, number> = {};
  const waiters = new Set<() => void>();

  const send = (res: ServerResponse, status: number, body: string, type = JSON_TYPE): void => {
    if (res.destroyed || res.writableEnded) return;
    statusCounts[status] = (statusCounts[status] ?? 0) + 1;
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
    send(res, status, JSON.stringify(value));

  /** Waits ms, or less when the client goes away; resolves false if it went away. */
  const wait = (ms: number, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      if (res.destroyed) return resolve(false);
      const done = (alive: boolean) => {
        clearTimeout(timer);
        res.off('close', onClose);
        resolve(alive);
      };
      const onClose = () => done(false);
      const timer = setTimeout(() => done(true), ms);
      res.on('close', onClose);
    });

  const play = async (
    r: FakeReply,
    req: RecordedRequest,
    res: ServerResponse,
    promptChars: number,
  ): Promise<void> => {
    switch (r.kind) {
      case 'delay':
        if (await wait(r.ms, res)) await play(r.then, req, res, promptChars);
        return;
      case 'dynamic':
        return play(r.build(req), req, res, promptChars);
      case 'hang':
        await wait(2 ** 31 - 1, res);
        return;
      case 'drop':
        res.socket?.destroy();
        return;
      case 'candidate':
        return sendJson(res, 200, candidateBody(req.model, promptChars, r.text, r.finishReason));
      case 'blocked':
        return sendJson(res, 200, blockedBody(req.model, promptChars, r.reason));
      case 'error':
        return sendJson(res, r.status, googleErrorBody(r.status, r.options));
      case 'raw':
        return send(res, r.status, r.body, r.contentType);
    }
  };

  const handle = async (incoming: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const match = ROUTE.exec(url.pathname);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const headerKey = incoming.headers['x-goog-api-key'];
    const recorded: RecordedRequest = {
      method: incoming.method ?? '',
      path: url.pathname,
      apiVersion: match?.[1] ?? '',
      model: match?.[2] ?? '',
      apiKey:
        (typeof headerKey === 'string' ? headerKey : '') || (url.searchParams.get('key') ?? ''),
      headers: { ...incoming.headers },
      body,
      receivedAt: Date.now(),
    };
    requests.push(recorded);
    for (const w of waiters) w();

    if (incoming.method !== 'POST' || !match) {
      const message = `${url.pathname} is not found (the fake serves POST /{version}/models/{model}:generateContent).`;
      return sendJson(res, 404, googleErrorBody(404, { message }));
    }
    if (!recorded.apiKey) {
      const message = "Method doesn't allow unregistered callers. Please use an API Key.";
      return sendJson(res, 403, googleErrorBody(403, { message }));
    }
    if (options.apiKey !== undefined && recorded.apiKey !== options.apiKey) {
      const message = 'API key not valid. Please pass a valid API key.';
      return sendJson(res, 400, googleErrorBody(400, { message }));
    }
    if (body === undefined) {
      return sendJson(
        res,
        400,
        googleErrorBody(400, { message: 'Invalid JSON payload received.' }),
      );
    }
    if (maxConcurrent !== undefined && inFlight >= maxConcurrent) {
      const retryDelay = options.overloadRetryDelay;
      return sendJson(res, 429, googleErrorBody(429, retryDelay ? { retryDelay } : {}));
    }
    inFlight += 1;
    maxConcurrentSeen = Math.max(maxConcurrentSeen, inFlight);
    try {
      const next = queue.shift() ?? fallback;
      if (latencyMs > 0 && !(await wait(latencyMs, res))) return;
      await play(next, recorded, res, raw.length);
    } finally {
      inFlight -= 1;
    }
  };

  const server = createServer((incoming, res) => {
    handle(incoming, res).catch((error: unknown) => {
      sendJson(res, 500, googleErrorBody(500, { message: `fake gemini failed: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    get requests() {
      return requests;
    },
    get calls() {
      return requests.length;
    },
    get inFlight() {
      return inFlight;
    },
    get maxConcurrentSeen() {
      return maxConcurrentSeen;
    },
    get statusCounts() {
      return statusCounts;
    },
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    setDefault: (r) => {
      fallback = r;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    setMaxConcurrent: (max) => {
      maxConcurrent = max;
    },
    reset: () => {
      queue = [];
      fallback = reply.report();
      requests = [];
      maxConcurrentSeen = 0;
      statusCounts = {};
    },
    waitForCalls: (count, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (requests.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`fake gemini: ${requests.length} of ${count} calls after ${timeoutMs} ms`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    env: (model = 'gemini-test') => ({
      AI_PROVIDER: 'gemini',
      GEMINI_API_KEY: options.apiKey ?? 'test-api-key',
      GEMINI_BASE_URL: url,
      GEMINI_MODEL: model,
      GEMINI_API_VERSION: 'v1beta',
    }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
