import { availableParallelism } from 'node:os';
import { ExtractionError } from './extraction-error.ts';
import { createExtractionPool, PoolTaskFailure } from './extraction-pool.ts';
import type { ExtractionTask, ExtractionTaskResult } from './extraction-task.ts';
import type { ResumeKind } from './resume-kind.ts';

/** Limits of a {@link TextExtractor}. */
export interface ExtractorOptions {
  /** PDF pages read at most (default 50; a resume is short, a 400-page book is not read whole). */
  maxPages?: number;
  /** Wall-clock cap per document (default 15000 ms), counted from when a worker thread starts on it (queue wait and thread start-up excluded): past it the work is abandoned (worker terminated) -> RESUME_UNREADABLE. */
  timeoutMs?: number;
  /** DOCX: refuse archives whose declared uncompressed total exceeds this (default 50 MiB), or any entry's ratio > 200, before mammoth runs. */
  maxUncompressedBytes?: number;
  /** Worker threads in the pool (default 1..2: available parallelism - 1, at least 1, at most 2). */
  maxThreads?: number;
}

/**
 * Normalised text of a document; `pages` is null for DOCX; `truncated` when pages or text were
 * cut; `hiddenChars` counts the characters a reader cannot see (PDF: invisible render mode, white,
 * under 2 pt, off the page; DOCX: vanished, white or tiny runs), left out of `text`.
 */
export interface ExtractResult {
  text: string;
  pages: number | null;
  truncated: boolean;
  hiddenChars: number;
}

/** Extracts resume text in worker threads. */
export interface TextExtractor {
  /** Normalised text ('' when the document has no text layer). Throws ExtractionError('RESUME_UNREADABLE') for corrupt, encrypted, truncated, zip-bomb or timed-out files. Never blocks the caller's event loop: the parsing runs in worker threads. */
  extract(bytes: Uint8Array, kind: ResumeKind): Promise<ExtractResult>;
  /** Stops the worker threads; later calls to extract reject. */
  close(): Promise<void>;
}

/** Default of {@link ExtractorOptions.maxPages}. */
export const DEFAULT_MAX_PAGES = 50;
/** Default of {@link ExtractorOptions.timeoutMs}. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Default of {@link ExtractorOptions.maxUncompressedBytes} (50 MiB). */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Entries a DOCX may hold. */
export const MAX_DOCX_ENTRIES = 2_000;
/** Uncompressed/compressed ratio above which a DOCX entry is a bomb. */
export const MAX_DOCX_RATIO = 200;
/** Characters of text kept (about 100 dense pages); beyond, the text is cut and `truncated`. */
export const MAX_TEXT_CHARS = 300_000;

const positiveInteger = (name: string, value: number | undefined, fallback: number): number => {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < 1) {
    throw new RangeError(`ExtractorOptions.${name} must be a positive integer, got ${value}`);
  }
  return chosen;
};

const defaultThreads = (): number => Math.max(1, Math.min(2, availableParallelism() - 1));

/**
 * Creates a pool of extraction worker threads (piscina). Each document gets a copy of the bytes
 * (the caller's buffer is never detached); at most `maxThreads` documents run at once, the others
 * queue; each runs under `timeoutMs` and a heap limit, and a worker past either is terminated and
 * replaced.
 */
export function createTextExtractor(options: ExtractorOptions = {}): TextExtractor {
  const maxPages = positiveInteger('maxPages', options.maxPages, DEFAULT_MAX_PAGES);
  const timeoutMs = positiveInteger('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxUncompressedBytes = positiveInteger(
    'maxUncompressedBytes',
    options.maxUncompressedBytes,
    DEFAULT_MAX_UNCOMPRESSED_BYTES,
  );
  const maxThreads = positiveInteger('maxThreads', options.maxThreads, defaultThreads());
  const pool = createExtractionPool(maxThreads);
  let closed = false;

  const runOne = async (bytes: Uint8Array, kind: ResumeKind): Promise<ExtractResult> => {
    if (closed) throw new Error('The text extractor is closed.');
    // A fresh ArrayBuffer: Buffer#slice would share (and pooled Buffers cannot be transferred).
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    const task: ExtractionTask = {
      kind,
      bytes: copy,
      maxPages,
      maxUncompressedBytes,
      maxEntries: MAX_DOCX_ENTRIES,
      maxRatio: MAX_DOCX_RATIO,
      maxTextChars: MAX_TEXT_CHARS,
    };
    let result: ExtractionTaskResult;
    try {
      result = await pool.run(task, timeoutMs);
    } catch (error) {
      if (!(error instanceof PoolTaskFailure)) throw error;
      const detail =
        error.failure === 'timeout'
          ? `extraction took longer than ${timeoutMs} ms`
          : 'the extraction worker ran out of memory';
      throw new ExtractionError('RESUME_UNREADABLE', {
        reason: error.failure,
        detail,
        cause: error,
      });
    }
    if (!result.ok) {
      throw new ExtractionError('RESUME_UNREADABLE', {
        reason: result.reason,
        detail: result.detail,
      });
    }
    return {
      text: result.text,
      pages: result.pages,
      truncated: result.truncated,
      hiddenChars: result.hiddenChars,
    };
  };

  return {
    extract: runOne,
    async close() {
      if (closed) return;
      closed = true;
      await pool.destroy();
    },
  };
}
