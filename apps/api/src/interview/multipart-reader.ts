import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@prepkit/shared';
import busboy from 'busboy';
import type { Request } from 'express';

/** The one file field of the documented endpoint. */
export const FILE_FIELD = 'resume';

/** Where multipart files wait on disk while they arrive (one file per upload, removed after). */
const SPILL_DIR = join(tmpdir(), 'prepkit-uploads');

/** A file part as it arrived: on disk, not in memory. The caller removes `path`. */
export interface SpilledFile {
  filename: string;
  mimeType: string;
  path: string;
  size: number;
}

export interface MultipartLimits {
  /** RESUME_MAX_BYTES: a larger file is refused with 413 while it streams. */
  maxFileBytes: number;
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
 * file, so that a slow or large upload holds a file handle rather than memory. A refused body
 * (too large, a second file, malformed) stops being read at once and leaves no file behind.
 */
export const readMultipart = async (
  req: Request,
  limits: MultipartLimits,
): Promise<{ fields: Record<string, unknown>; spilled: SpilledFile | null }> => {
  await mkdir(SPILL_DIR, { recursive: true });
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: {
          fileSize: limits.maxFileBytes,
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
    // Settles once the file part (if any) is wholly on disk, or failed.
    let written: Promise<void> = Promise.resolve();
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(bb);
      // Stop reading the rest of a refused upload; the response closes the connection.
      req.resume();
      const path = spilled?.path;
      void written.finally(() => (path ? rm(path, { force: true }) : undefined)).catch(() => {});
      reject(error);
    };
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) return fail(invalid(`'${name}' is too long.`));
      if (!(name in fields)) fields[name] = value;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== FILE_FIELD) {
        stream.resume();
        return fail(
          invalid(`Unexpected file field '${name}'. Send the resume as '${FILE_FIELD}'.`),
        );
      }
      const file: SpilledFile = {
        filename: info.filename ?? '',
        mimeType: info.mimeType ?? '',
        path: join(SPILL_DIR, `${process.pid}-${randomUUID()}`),
        size: 0,
      };
      spilled = file;
      stream.on('data', (chunk: Buffer) => {
        file.size += chunk.length;
      });
      stream.on('limit', () => fail(tooLarge(limits.maxFileBytes)));
      written = pipeline(stream, createWriteStream(file.path)).catch((error) =>
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
    req.on('aborted', () => fail(invalid('The upload was interrupted.')));
    req.pipe(bb);
  });
};
