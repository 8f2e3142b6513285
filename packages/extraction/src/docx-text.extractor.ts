import mammoth from 'mammoth';
import { assertSafeDocxArchive, type DocxArchiveLimits } from './docx-archive.guard.ts';

/**
 * Raw text of a DOCX (body, tables, text boxes) with mammoth, after the archive passed
 * {@link assertSafeDocxArchive}. Throws DocxArchiveRefusal or mammoth's own error.
 */
export async function extractDocxText(
  bytes: Uint8Array,
  limits: DocxArchiveLimits,
): Promise<string> {
  await assertSafeDocxArchive(bytes, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.extractRawText({ buffer });
  return result.value;
}
