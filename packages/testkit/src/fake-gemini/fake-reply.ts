import type { GeneratedReport } from '@prepkit/shared';
import type { GoogleErrorOptions } from './google-error.ts';
import { sampleGeneratedReport } from './sample-report.ts';

/** One request the fake received, as recorded in `fake.requests`. */
export interface RecordedRequest {
  method: string;
  /** The URL path, e.g. `/v1beta/models/gemini-test:generateContent`. */
  path: string;
  /** The API version segment of the path ('v1beta'), or '' when the path did not match. */
  apiVersion: string;
  /** The model named in the path, or '' when the path did not match. */
  model: string;
  /** The `x-goog-api-key` header (or `?key=`), '' when none was sent. */
  apiKey: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; undefined when the body was not JSON. */
  body: unknown;
  /** Date.now() when the request arrived. */
  receivedAt: number;
}

/** What the fake does with one request. Build them with `reply.*`. */
export type FakeReply =
  | { kind: 'candidate'; text: string | undefined; finishReason: string }
  | { kind: 'blocked'; reason: string }
  | { kind: 'error'; status: number; options: GoogleErrorOptions }
  | { kind: 'raw'; status: number; body: string; contentType: string }
  | { kind: 'delay'; ms: number; then: FakeReply }
  | { kind: 'hang' }
  | { kind: 'drop' }
  | { kind: 'dynamic'; build: (request: RecordedRequest) => FakeReply };

/** Fields to override in the sample report; any value, so tests can send invalid ones. */
export type ReportOverrides = { [K in keyof GeneratedReport]?: unknown } & Record<string, unknown>;

/** Builders for the fake's replies. */
export const reply = {
  /** A valid report (the sample), with `overrides` merged over its top-level fields. */
  report: (overrides: ReportOverrides = {}): FakeReply => ({
    kind: 'candidate',
    text: JSON.stringify({ ...sampleGeneratedReport(), ...overrides }),
    finishReason: 'STOP',
  }),
  /**
   * A valid report that also names the posting's title (`jobTitle`), as the model answers when
   * the request sent no title and the schema asked for one.
   */
  reportWithTitle: (jobTitle: string, overrides: ReportOverrides = {}): FakeReply => ({
    kind: 'candidate',
    text: JSON.stringify({ jobTitle, ...sampleGeneratedReport(), ...overrides }),
    finishReason: 'STOP',
  }),
  /** The model answers with this value serialised as JSON (schema-valid or not). */
  json: (value: unknown): FakeReply => ({
    kind: 'candidate',
    text: JSON.stringify(value),
    finishReason: 'STOP',
  }),
  /** The model answers with this raw text (e.g. broken JSON, or JSON inside a ```json fence). */
  text: (raw: string): FakeReply => ({ kind: 'candidate', text: raw, finishReason: 'STOP' }),
  /**
   * A candidate with this finishReason ('MAX_TOKENS', 'SAFETY', 'RECITATION'...) and optional
   * text (e.g. truncated JSON for MAX_TOKENS); no text means no content parts at all.
   */
  finish: (finishReason: string, text?: string): FakeReply => ({
    kind: 'candidate',
    text,
    finishReason,
  }),
  /** A Google-format error: 429 RESOURCE_EXHAUSTED (with RetryInfo when `retryDelay` is set), 503... */
  error: (status: number, options: GoogleErrorOptions = {}): FakeReply => ({
    kind: 'error',
    status,
    options,
  }),
  /** HTTP 200 with no candidates and `promptFeedback.blockReason` (how Gemini blocks a prompt). */
  blocked: (reason = 'SAFETY'): FakeReply => ({ kind: 'blocked', reason }),
  /** Any status and body, sent as is (e.g. an HTML 502 from a proxy). */
  raw: (status: number, body: string, contentType = 'text/html'): FakeReply => ({
    kind: 'raw',
    status,
    body,
    contentType,
  }),
  /** Waits `ms` (on top of the fake's latencyMs) before sending `then`. */
  delay: (ms: number, then: FakeReply): FakeReply => ({ kind: 'delay', ms, then }),
  /** Never answers; the request ends only when the client aborts or the fake closes. */
  hang: (): FakeReply => ({ kind: 'hang' }),
  /** Destroys the connection without a response (a network error for the client). */
  drop: (): FakeReply => ({ kind: 'drop' }),
  /** Decides per request, e.g. from the recorded body. */
  dynamic: (build: (request: RecordedRequest) => FakeReply): FakeReply => ({
    kind: 'dynamic',
    build,
  }),
};
