import type { MessagePort } from 'node:worker_threads';
import type { ExtractionFailureReason } from './extraction-error.ts';
import type { ResumeKind } from './resume-kind.ts';

/** What the main thread posts to an extraction worker (the bytes are transferred, not shared). */
export interface ExtractionTask {
  kind: ResumeKind;
  bytes: Uint8Array<ArrayBuffer>;
  maxPages: number;
  maxUncompressedBytes: number;
  maxEntries: number;
  maxRatio: number;
  maxTextChars: number;
  /** The worker posts one message here when it starts on the task (the timeout starts then). */
  started?: MessagePort;
}

/** What a worker answers: normalised text, or why the document cannot be read. */
export type ExtractionTaskResult =
  | { ok: true; text: string; pages: number | null; truncated: boolean; hiddenChars: number }
  | { ok: false; reason: ExtractionFailureReason; detail: string };
