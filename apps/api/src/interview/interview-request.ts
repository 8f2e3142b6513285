import { readFile, rm } from 'node:fs/promises';
import { AppError } from '@prepkit/shared';
import type { Request } from 'express';
import { type MultipartLimits, readMultipart } from './multipart-reader.ts';
import type { UploadBudget } from './upload-budget.ts';

export interface UploadedFile {
  filename: string;
  mimeType: string;
  data: Buffer;
}

export interface InterviewRequestBody {
  fields: Record<string, unknown>;
  file: UploadedFile | null;
  /** Gives the file's share of the upload memory budget back: call it once the file is stored. */
  release: () => void;
}

export interface ReadLimits extends MultipartLimits {
  /** The process's upload memory budget: a file is read into memory once its size is reserved. */
  budget: UploadBudget;
}

const noop = () => undefined;

const readJsonBody = (req: Request, type: string): InterviewRequestBody => {
  if (type && !/^application\/(.+\+)?json/i.test(type))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {};
  return { fields: body as Record<string, unknown>, file: null, release: noop };
};

/**
 * Reads `POST /api/interview/` as multipart/form-data (fields + one `resume` file) or JSON
 * (already parsed by express.json). A multipart file arrives on disk first (bounded by
 * `maxFileBytes`, 413 beyond); then its size is reserved in the upload budget and it is read
 * into one buffer, so the memory held for uploads stays within the budget however many arrive.
 */
export const readInterviewRequest = async (
  req: Request,
  limits: ReadLimits,
): Promise<InterviewRequestBody> => {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(type)) return readJsonBody(req, type);
  const { fields, spilled } = await readMultipart(req, limits);
  if (!spilled) return { fields, file: null, release: noop };
  try {
    const release = await limits.budget.reserve(spilled.size);
    try {
      const data = await readFile(spilled.path);
      const file = { filename: spilled.filename, mimeType: spilled.mimeType, data };
      return { fields, file, release };
    } catch (error) {
      release();
      throw error;
    }
  } finally {
    await rm(spilled.path, { force: true });
  }
};
