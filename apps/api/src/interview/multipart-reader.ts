import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@prepkit/shared';
import busboy from 'busboy';
import type { Request } from 'express';

/** The one file field of the documented endpoint. */
export const FILE_FIELD = 'resume';

/** A file part as it arrived: on disk, not in memory. The caller removes `path`. */
export interface SpilledFile {
  filename: string;
  mimeType: string;
  path: string;
  size: number;
}

export interface MultipartLimits {
  /** RESUME_MAX_BYTES: a larger file is refused with 413 while it streams; this size passes. */
  maxFileBytes: number;
  /** The process's private folder where files wait while they arrive (see upload-folder.ts). */
  spillDir: string;
  /** Bytes per text field (the character limits are checked later, in the documented order). */
  maxFieldBytes: number;
}

const tooLarge = (maxFileBytes: number) =>
  new AppError('PAYLOAD_TOO_LARGE', {
    headers: { Connection: 'close' },
    message: `The resume file is too large. The limit is ${Math.floor((maxFileBytes / 1024 / 1024) * 10) / 10} MiB.`,
  });

const invalid = (message: string, cause?: unknown) =>
  new AppError('VALIDATION_ERROR', { message, ...(cause ? { cause } : {}) });

/**
 * Reads a multipart/form-data body: its text fields, and its `resume` file streamed to a temp
 * file, so that a slow or large upload holds a file handle rather than memory. A refused,
 * malformed or aborted body stops being read at once: its file stream is destroyed (the write
 * handle closes) and its file removed before the promise settles.
 */
export const readMultipart = async (
  req: Request,
  limits: MultipartLimits,
): Promise<{ fields: Record<string, unknown>; spilled: SpilledFile | null }> => {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: {
          // busboy's limit is reached at this many bytes: one more than a file may have.
          fileSize: limits.maxFileBytes + 1,
          files: 1,
          fields: 50,
          fieldSize: limits.maxFieldBytes,
          parts: 60,
        },
      });
    } catch (error) {
      reject(invalid('Malformed multipart body.', error));
      return;
    }
    const fields: Record<string, unknown> = {};
    let spilled: SpilledFile | null = null;
    let fileStream: Readable | null = null;
    let writeStream: WriteStream | null = null;
    // Settles once the file part (if any) is wholly on disk, or failed.
    let written: Promise<void> = Promise.resolve();
    // Settles once the file's write handle is closed (at once when there is none).
    let handleClosed: Promise<void> = Promise.resolve();
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(bb);
      // Stop reading the rest of a refused upload; the response closes the connection.
      req.resume();
      // Unpiped, the file part would never end and its pipeline never settle: destroy both
      // streams, wait until the write handle is closed, and only then remove the file.
      fileStream?.destroy();
      writeStream?.destroy();
      const path = spilled?.path;
      const removed = handleClosed.then(() => (path ? rm(path, { force: true }) : undefined));
      removed.then(
        () => reject(error),
        () => reject(error),
      );
    };
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) return fail(invalid(`'${name}' is too long.`));
      if (!(name in fields)) fields[name] = value;
    });
    bb.on('file', (name, stream, info) => {
      // A part busboy had already parsed when the body was refused: drain it, write nothing.
      if (settled) return void stream.resume();
      if (name !== FILE_FIELD) {
        stream.resume();
        return fail(
          invalid(`Unexpected file field '${name}'. Send the resume as '${FILE_FIELD}'.`),
        );
      }
      const file: SpilledFile = {
        filename: info.filename ?? '',
        mimeType: info.mimeType ?? '',
        path: join(limits.spillDir, randomUUID()),
        size: 0,
      };
      spilled = file;
      fileStream = stream;
      stream.on('data', (chunk: Buffer) => {
        file.size += chunk.length;
      });
      stream.on('limit', () => fail(tooLarge(limits.maxFileBytes)));
      const out = createWriteStream(file.path, { flags: 'wx', mode: 0o600 });
      writeStream = out;
      handleClosed = new Promise((closed) => out.once('close', () => closed()));
      written = pipeline(stream, out).catch((error) =>
        fail(invalid('The upload could not be read.', error)),
      );
    });
    bb.on('filesLimit', () => fail(invalid(`Only one file may be uploaded, as '${FILE_FIELD}'.`)));
    bb.on('partsLimit', () => fail(invalid('Too many form parts.')));
    bb.on('fieldsLimit', () => fail(invalid('Too many form fields.')));
    bb.on('error', (error) => fail(invalid('Malformed multipart body.', error)));
    bb.on('close', () => {
      void written.then(async () => {
        if (settled) return;
        settled = true;
        const file = spilled as SpilledFile | null;
        if (file && file.size === 0) {
          // An empty file input is no file.
          await rm(file.path, { force: true });
          return resolve({ fields, spilled: null });
        }
        resolve({ fields, spilled: file });
      });
    });
    // A client that goes away mid-body: the request closes before it is complete.
    req.once('close', () => {
      if (!req.complete) fail(invalid('The upload was interrupted.'));
    });
    req.pipe(bb);
  });
};
