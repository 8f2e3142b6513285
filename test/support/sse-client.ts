/** One Server-Sent Event as a client receives it (`data` parsed as JSON when it is JSON). */
export interface SseEvent {
  id: string | null;
  event: string;
  data: unknown;
  /** performance.now() when the event's last line arrived. */
  at: number;
}

/** An open event stream read by a real HTTP client (fetch). */
export interface SseConnection {
  status: number;
  headers: Headers;
  /** Events received so far, in order. */
  events: SseEvent[];
  /** Comment lines received so far (`: ping` heartbeats), without the colon. */
  comments: string[];
  /** Resolves when the server ends the stream (or the connection is aborted). */
  ended: Promise<void>;
  /** Resolves with the first event matching `test` (already received or yet to come). */
  next(test: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Closes the connection from the client's side. */
  close(): void;
  /** The raw body when the answer was not an event stream (e.g. a JSON 404). */
  text(): Promise<string>;
}

const parseData = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
};

/** Opens `url` as an event stream (GET, Accept: text/event-stream) and parses what arrives. */
export const openSse = async (
  url: string,
  headers: Record<string, string> = {},
): Promise<SseConnection> => {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const watchers = new Set<() => void>();
  const isStream = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');
  const ended = (async () => {
    if (!isStream || !res.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    let frame: { id: string | null; event: string; data: string[] } = {
      id: null,
      event: 'message',
      data: [],
    };
    try {
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let nl = buffer.indexOf('\n');
        while (nl !== -1) {
          const line = buffer.slice(0, nl).replace(/\r$/, '');
          buffer = buffer.slice(nl + 1);
          nl = buffer.indexOf('\n');
          if (line === '') {
            if (frame.data.length > 0) {
              events.push({
                id: frame.id,
                event: frame.event,
                data: parseData(frame.data.join('\n')),
                at: performance.now(),
              });
              for (const w of watchers) w();
            }
            frame = { id: null, event: 'message', data: [] };
          } else if (line.startsWith(':')) {
            comments.push(line.slice(1).trim());
          } else {
            const colon = line.indexOf(':');
            const field = colon === -1 ? line : line.slice(0, colon);
            const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'data') frame.data.push(value);
            else if (field === 'event') frame.event = value;
            else if (field === 'id') frame.id = value;
          }
        }
      }
    } catch {
      // aborted by close()
    } finally {
      for (const w of watchers) w();
    }
  })();
  let done = false;
  void ended.then(() => {
    done = true;
  });
  return {
    status: res.status,
    headers: res.headers,
    events,
    comments,
    ended,
    next(test, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(test);
          if (found) {
            cleanup();
            resolve(found);
          } else if (done) {
            cleanup();
            reject(new Error(`stream ended without the event; got ${JSON.stringify(events)}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no such event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          watchers.delete(check);
        };
        watchers.add(check);
        void ended.then(check);
        check();
      });
    },
    close: () => abort.abort(),
    text: () => (isStream ? Promise.resolve('') : res.text()),
  };
};
