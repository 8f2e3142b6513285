import type { FakeReply, RecordedRequest } from './fake-reply.ts';

/** Options of the fake Gemini server. */
export interface FakeGeminiOptions {
  /** Added before every reply (the in-flight slot is held meanwhile). Default 0. */
  latencyMs?: number;
  /** Requests in flight above this get 429 RESOURCE_EXHAUSTED at once. Default: no limit. */
  maxConcurrent?: number;
  /** RetryInfo retryDelay sent with those 429s, e.g. '1s'. Default: none. */
  overloadRetryDelay?: string;
  /** When set, any other key gets 400 API_KEY_INVALID (as Gemini answers a bad key). */
  apiKey?: string;
  /** Default 0 (an ephemeral port). The host is always 127.0.0.1. */
  port?: number;
}

/** A running fake Gemini: a real HTTP server speaking the generateContent REST format. */
export interface FakeGemini {
  /** `http://127.0.0.1:PORT`: the SDK's `httpOptions.baseUrl` / GEMINI_BASE_URL. */
  readonly url: string;
  /** Every request received, in arrival order (including rejected ones). */
  readonly requests: readonly RecordedRequest[];
  /** How many requests arrived. */
  readonly calls: number;
  /** Requests admitted and not yet answered. */
  readonly inFlight: number;
  /** The most requests ever in flight at once (429-rejected ones not counted). */
  readonly maxConcurrentSeen: number;
  /** How many responses were sent with each HTTP status. */
  readonly statusCounts: Readonly<Record<number, number>>;
  /** Replies for the next requests, used first in first out before the default. */
  enqueue(...replies: FakeReply[]): void;
  /** The reply once the queue is empty (initially `reply.report()`). */
  setDefault(reply: FakeReply): void;
  setLatency(ms: number): void;
  setMaxConcurrent(max: number | undefined): void;
  /** Clears queue, recordings and counters; default reply back to a valid report. */
  reset(): void;
  /** Resolves once `count` requests have arrived (rejects after timeoutMs). */
  waitForCalls(count: number, timeoutMs?: number): Promise<void>;
  /** Environment variables that point prepkit at this fake. */
  env(model?: string): Record<string, string>;
  /** Stops listening and destroys open connections (hanging requests end). */
  close(): Promise<void>;
}
