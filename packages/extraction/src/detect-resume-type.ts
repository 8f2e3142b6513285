import { type FileSignature, sniffSignature } from './file-signature.ts';
import type { ResumeKind } from './resume-kind.ts';
import { forEachZipEntry, localHeadersName, openZip, WORD_DOCUMENT_PART } from './zip-archive.ts';

/** Hints sent with an upload; they only count when the bytes match no known signature. */
export interface ResumeTypeHints {
  mimeType?: string;
  filename?: string;
}

/** Central-directory entries looked at before a zip is declared not to be a DOCX. */
export const MAX_ZIP_ENTRIES_SCANNED = 10_000;

const MIME_KINDS: Readonly<Record<string, ResumeKind>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

async function zipHoldsWordDocument(bytes: Uint8Array): Promise<boolean> {
  let found = false;
  let seen = 0;
  try {
    const zip = await openZip(bytes);
    await forEachZipEntry(zip, (entry) => {
      found = entry.fileName === WORD_DOCUMENT_PART;
      seen += 1;
      return !found && seen < MAX_ZIP_ENTRIES_SCANNED;
    });
  } catch {
    // Unreadable central directory (truncated or fuzzed archive): a damaged DOCX is still a DOCX
    // (extraction will call it unreadable); any other damaged zip is unsupported.
    return found || localHeadersName(bytes, WORD_DOCUMENT_PART);
  }
  return found;
}

function kindFromHints(hints: ResumeTypeHints): ResumeKind | null {
  const mime = hints.mimeType?.split(';')[0]?.trim().toLowerCase();
  const byMime = mime ? MIME_KINDS[mime] : undefined;
  if (byMime) return byMime;
  const basename = hints.filename?.split(/[\\/]/).pop()?.trim().toLowerCase() ?? '';
  if (basename.endsWith('.pdf')) return 'pdf';
  if (basename.endsWith('.docx')) return 'docx';
  return null;
}

async function kindFromSignature(
  signature: FileSignature,
  bytes: Uint8Array,
): Promise<ResumeKind | null | undefined> {
  if (signature === 'pdf') return 'pdf';
  if (signature === 'zip') return (await zipHoldsWordDocument(bytes)) ? 'docx' : null;
  if (signature === 'unknown') return undefined;
  return null;
}

/**
 * The resume's type, magic bytes first: `%PDF-` within the first 1024 bytes is a PDF; a zip
 * (PK\x03\x04) whose central directory holds word/document.xml is a DOCX. Any other known
 * signature (other zips, PNG, JPEG, GIF, OLE/CFB .doc or encrypted .docx, RTF, ELF, plain text...)
 * is unsupported (null) whatever the MIME type or name claim. Only bytes matching no known
 * signature (e.g. a PDF without its header) are typed by the MIME type, then the extension.
 * A zip with an unreadable central directory counts as a DOCX when a local header names
 * word/document.xml (a damaged DOCX, which extraction then reports as unreadable).
 */
export async function detectResumeType(
  bytes: Uint8Array,
  hints: ResumeTypeHints = {},
): Promise<ResumeKind | null> {
  const byBytes = await kindFromSignature(sniffSignature(bytes), bytes);
  return byBytes === undefined ? kindFromHints(hints) : byBytes;
}
