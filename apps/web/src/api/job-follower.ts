import { FINAL_JOB_STATUSES, type JobStatus, type JobView, jobViewSchema } from '@prepkit/shared';
import type { z } from 'zod';
import { errorFromResponse, isApiError, networkError } from './api-error.ts';
import { readSse } from './sse-reader.ts';

/** How the follower is getting its news right now. */
export type FollowMode = 'connecting' | 'live' | 'reconnecting' | 'polling';

/** What every followed job shows: its status (the follow ends on a final one). */
export interface FollowedJob {
  status: JobStatus;
}

/** How to follow any job: its status URL and the contract of its state. */
export interface FollowAtOptions<T extends FollowedJob> {
  /** The job's status path: `GET` answers its state, `GET {url}/events` streams it. */
  url: string;
  /** The zod contract of the job's state (responses that do not match are ignored). */
  schema: z.ZodType<T>;
  /** False for jobs without an event stream: poll from the start. Default true. */
  stream?: boolean;
  /** Every new state of the job, in order. */
  onUpdate: (job: T) => void;
  /** The connection's state, for the page to say when updates are delayed. */
  onMode?: (mode: FollowMode) => void;
  /** Waits before each reconnect, by consecutive failures (the last one repeats). */
  retryDelaysMs?: readonly number[];
  /** Consecutive failed stream attempts before falling back to polling. */
  streamAttempts?: number;
  /** How often to poll in the fallback. */
  pollIntervalMs?: number;
  fetch?: typeof fetch;
}

/** How to follow a report job (`/api/interview/jobs/:jobId`, with its event stream). */
export interface FollowJobOptions
  extends Omit<FollowAtOptions<JobView>, 'url' | 'schema' | 'stream'> {
  jobId: string;
  /** Origin prefix of the API ('' in the browser: same origin). */
  baseUrl?: string;
}

export interface JobFollower<T extends FollowedJob = JobView> {
  /** The job's final state (completed, failed or cancelled); rejects on 401/404 or stop(). */
  done: Promise<T>;
  /** Closes the stream and stops polling. */
  stop(): void;
}

const DEFAULT_DELAYS = [500, 1_000, 2_000, 4_000, 8_000] as const;
const isFinal = (job: FollowedJob) => FINAL_JOB_STATUSES.includes(job.status);
/** Answers that retrying will not change: the job is not (or no longer) the caller's. */
const isFatal = (error: unknown) =>
  isApiError(error) && (error.status === 401 || error.status === 403 || error.status === 404);

class StoppedError extends Error {
  override name = 'AbortError';
}

/**
 * Follows one job to its end: Server-Sent Events from `{url}/events` first; when the stream drops
 * it reconnects with backoff (the server replays the current state on each connection); after
 * `streamAttempts` failed connections in a row (at once with `stream: false`) it polls `GET {url}`
 * instead. Network errors and 5xx never end the follow: it keeps trying until the job ends or
 * stop() is called.
 */
export const followJobAt = <T extends FollowedJob>(options: FollowAtOptions<T>): JobFollower<T> => {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const streamAttempts = options.stream === false ? 0 : (options.streamAttempts ?? 3);
  const pollInterval = options.pollIntervalMs ?? 2_000;
  const jobUrl = options.url;
  const schema = options.schema;
  const abort = new AbortController();
  let last = '';
  let mode: FollowMode | null = null;

  const setMode = (next: FollowMode) => {
    if (next !== mode) {
      mode = next;
      options.onMode?.(next);
    }
  };
  const publish = (job: T) => {
    const key = JSON.stringify(job);
    if (key !== last) {
      last = key;
      options.onUpdate(job);
    }
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (abort.signal.aborted) return reject(new StoppedError());
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new StoppedError());
        },
        { once: true },
      );
    });
  const request = async (url: string, accept: string): Promise<Response> => {
    try {
      const res = await doFetch(url, {
        headers: { accept },
        credentials: 'same-origin',
        signal: abort.signal,
      });
      if (!res.ok) throw await errorFromResponse(res);
      return res;
    } catch (error) {
      if (abort.signal.aborted) throw new StoppedError();
      if (isApiError(error)) throw error;
      throw networkError();
    }
  };

  /** One stream connection: the final job, or null when the stream ended or broke before it. */
  const streamOnce = async (): Promise<{ final: T | null; received: boolean }> => {
    const res = await request(`${jobUrl}/events`, 'text/event-stream');
    if (!(res.headers.get('content-type') ?? '').startsWith('text/event-stream') || !res.body) {
      throw new Error('not an event stream');
    }
    setMode('live');
    let received = false;
    try {
      for await (const message of readSse(res.body)) {
        const parsed = schema.safeParse(JSON.parse(message.data));
        if (!parsed.success) continue;
        received = true;
        publish(parsed.data);
        if (isFinal(parsed.data)) return { final: parsed.data, received };
      }
    } catch {
      // a connection reset mid-stream: the caller reconnects
      if (abort.signal.aborted) throw new StoppedError();
    }
    return { final: null, received };
  };

  const pollOnce = async (): Promise<T> => {
    const res = await request(jobUrl, 'application/json');
    const parsed = schema.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw networkError();
    publish(parsed.data);
    return parsed.data;
  };

  const run = async (): Promise<T> => {
    setMode('connecting');
    let failures = 0;
    // Live updates over SSE while the stream can be had.
    while (failures < streamAttempts) {
      try {
        const { final, received } = await streamOnce();
        if (final) return final;
        failures = received ? 1 : failures + 1;
      } catch (error) {
        if (error instanceof StoppedError || isFatal(error)) throw error;
        failures += 1;
      }
      setMode('reconnecting');
      await sleep(delays[Math.min(failures - 1, delays.length - 1)]!);
    }
    // The fallback: poll until the job ends, backing off while the server cannot be reached.
    let pollFailures = 0;
    for (;;) {
      try {
        const job = await pollOnce();
        setMode('polling');
        pollFailures = 0;
        if (isFinal(job)) return job;
        await sleep(pollInterval);
      } catch (error) {
        if (error instanceof StoppedError || isFatal(error)) throw error;
        setMode('reconnecting');
        pollFailures += 1;
        await sleep(delays[Math.min(pollFailures - 1, delays.length - 1)]!);
      }
    }
  };

  const done = run();
  done.catch(() => undefined);
  return {
    done,
    stop: () => abort.abort(),
  };
};

/** Follows a report job: its event stream at `/api/interview/jobs/:jobId/events`, else polling. */
export const followJob = ({ jobId, baseUrl, ...rest }: FollowJobOptions): JobFollower =>
  followJobAt({
    ...rest,
    url: `${baseUrl ?? ''}/api/interview/jobs/${encodeURIComponent(jobId)}`,
    schema: jobViewSchema,
  });
