import { readFile } from 'node:fs/promises';
import {
  createTextExtractor,
  detectResumeType,
  ExtractionError,
  hasUsableText,
} from '@prepkit/extraction';
import { AppError } from '@prepkit/shared';

/** Resume files larger than this are refused, as the API does. */
export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

/**
 * Reads a resume file and extracts its text with @prepkit/extraction: the type comes from the
 * bytes (the name only as a hint). Throws the documented AppErrors: UNSUPPORTED_FILE_TYPE,
 * RESUME_UNREADABLE (corrupt, encrypted, missing file) or RESUME_EMPTY (no usable text).
 * `hiddenChars`: characters the extractor left out as hidden (white, tiny, invisible, off-page).
 */
export const readResumeText = async (
  path: string,
): Promise<{ text: string; hiddenChars: number }> => {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new AppError('RESUME_UNREADABLE', { cause, details: { path } });
  }
  if (bytes.byteLength > MAX_RESUME_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
  const kind = await detectResumeType(bytes, { filename: path });
  if (kind === null) throw new AppError('UNSUPPORTED_FILE_TYPE');
  const extractor = createTextExtractor({ maxThreads: 1 });
  try {
    const { text, hiddenChars } = await extractor.extract(bytes, kind);
    if (!hasUsableText(text)) throw new AppError('RESUME_EMPTY');
    return { text, hiddenChars };
  } catch (error) {
    if (error instanceof ExtractionError || error instanceof AppError) throw error;
    throw new AppError('RESUME_UNREADABLE', { cause: error });
  } finally {
    await extractor.close();
  }
};
