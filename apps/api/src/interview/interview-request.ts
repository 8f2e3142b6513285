import { AppError } from '@prepkit/shared';
import busboy from 'busboy';
import type { Request } from 'express';

export interface UploadedFile {
  filename: string;
  mimeType: string;
  data: Buffer;
}

export interface InterviewRequestBody {
  fields: Record<string, unknown>;
  file: UploadedFile | null;
}

export interface ReadLimits {
  /** RESUME_MAX_BYTES: a larger file is refused with 413 while it streams. */
  maxFileBytes: number;
  /** Bytes per text field (the character limits are checked later, in the documented order). */
  maxFieldBytes: number;
}

const FILE_FIELD = 'resume';

/**
 * Reads `POST /api/interview/` as multipart/form-data (fields + one `resume` file) or JSON
 * (already parsed by express.json). A multipart file is held in one buffer bounded by
 * `maxFileBytes`; crossing the bound stops reading at once with 413.
 */
export const readInterviewRequest = (
  req: Request,
  limits: ReadLimits,
): Promise<InterviewRequestBody> => {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(type)) {
    if (!type || /^application\/(.+\+)?json/i.test(type)) {
      const body =
        req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {};
      return Promise.resolve({ fields: body as Record<string, unknown>, file: null });
    }
    return Promise.reject(new AppError('UNSUPPORTED_MEDIA_TYPE'));
  }
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
      reject(
        new AppError('VALIDATION_ERROR', { message: 'Malformed multipart body.', cause: error }),
      );
      return;
    }
    const fields: Record<string, unknown> = {};
    let file: UploadedFile | null = null;
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(bb);
      // Stop reading the rest of a refused upload; the response closes the connection.
      req.resume();
      reject(error);
    };
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) {
        fail(new AppError('VALIDATION_ERROR', { message: `'${name}' is too long.` }));
        return;
      }
      if (!(name in fields)) fields[name] = value;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== FILE_FIELD) {
        stream.resume();
        fail(
          new AppError('VALIDATION_ERROR', {
            message: `Unexpected file field '${name}'. Send the resume as '${FILE_FIELD}'.`,
          }),
        );
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on('limit', () => {
        chunks.length = 0;
        fail(
          new AppError('PAYLOAD_TOO_LARGE', {
            headers: { Connection: 'close' },
            message: `The resume file is too large. The limit is ${Math.floor((limits.maxFileBytes / 1024 / 1024) * 10) / 10} MiB.`,
          }),
        );
      });
      stream.on('end', () => {
        if (settled || size === 0) return; // an empty file input is no file
        file = {
          filename: info.filename ?? '',
          mimeType: info.mimeType ?? '',
          data: Buffer.concat(chunks, size),
        };
      });
    });
    bb.on('filesLimit', () =>
      fail(
        new AppError('VALIDATION_ERROR', {
          message: `Only one file may be uploaded, as '${FILE_FIELD}'.`,
        }),
      ),
    );
    bb.on('partsLimit', () =>
      fail(new AppError('VALIDATION_ERROR', { message: 'Too many form parts.' })),
    );
    bb.on('fieldsLimit', () =>
      fail(new AppError('VALIDATION_ERROR', { message: 'Too many form fields.' })),
    );
    bb.on('error', (error) =>
      fail(
        new AppError('VALIDATION_ERROR', { message: 'Malformed multipart body.', cause: error }),
      ),
    );
    bb.on('close', () => {
      if (settled) return;
      settled = true;
      resolve({ fields, file });
    });
    req.on('aborted', () =>
      fail(new AppError('VALIDATION_ERROR', { message: 'The upload was interrupted.' })),
    );
    req.pipe(bb);
  });
};
