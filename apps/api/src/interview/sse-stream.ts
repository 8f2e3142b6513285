import type { Request, Response } from 'express';

export interface SseStreamOptions {
  /** A `: ping` comment is written this often so proxies do not close an idle stream. */
  heartbeatMs: number;
  /** The reconnection delay suggested to EventSource clients (the `retry:` field). */
  retryMs?: number;
}

/** One open `text/event-stream` response. */
export interface SseStream {
  /** Writes one event (`id:`, `event:`, `data:` as one JSON line); ignored once closed. */
  send(event: string, data: unknown): void;
  /** Ends the stream from our side. */
  end(): void;
  /** Runs `fn` once when the stream ends, whoever ended it (the client closing included). */
  onClose(fn: () => void): void;
  /** True once the stream ended. */
  readonly closed: boolean;
}

/**
 * Starts a Server-Sent Events response: no caching, no proxy buffering (`X-Accel-Buffering: no`),
 * headers flushed at once, heartbeats until it ends. Everything it holds (the heartbeat timer,
 * the `onClose` callbacks) is released when the client goes away.
 */
export const openSseStream = (
  req: Request,
  res: Response,
  options: SseStreamOptions,
): SseStream => {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store, no-transform');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  req.socket.setNoDelay(true);
  res.write(`retry: ${options.retryMs ?? 3_000}\n\n`);

  let closed = false;
  let nextId = 1;
  const closers: Array<() => void> = [];
  const heartbeat = setInterval(() => {
    if (!closed) res.write(': ping\n\n');
  }, options.heartbeatMs);
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const fn of closers.splice(0)) fn();
  };
  res.on('close', close);

  return {
    send(event, data) {
      if (closed) return;
      res.write(`id: ${nextId++}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (closed) return;
      close();
      res.end();
    },
    onClose(fn) {
      if (closed) fn();
      else closers.push(fn);
    },
    get closed() {
      return closed;
    },
  };
};
