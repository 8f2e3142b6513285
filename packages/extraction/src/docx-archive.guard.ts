import type { Entry } from 'yauzl';
import type { ExtractionFailureReason } from './extraction-error.ts';
import { sniffSignature } from './file-signature.ts';
import { drainZipEntry, forEachZipEntry, openZip, WORD_DOCUMENT_PART } from './zip-archive.ts';

/** Bounds a DOCX archive must respect before mammoth (which inflates without limits) sees it. */
export interface DocxArchiveLimits {
  /** Declared uncompressed total, all entries together. */
  maxUncompressedBytes: number;
  /** Entries in the central directory (a real DOCX has tens). */
  maxEntries: number;
  /** Uncompressed/compressed ratio of any entry of at least {@link RATIO_CHECK_MIN_BYTES}. */
  maxRatio: number;
}

/**
 * The most uncompressed bytes one XML part of a DOCX may have. mammoth parses every XML part
 * it reads into a DOM in one go (time and memory grow with the part, far beyond its size): a
 * 475 KB real-world file with a 2.5 MB styles.xml took 11-15 s and ~580 MB before this limit.
 * Real resumes stay far below these (document.xml of a long resume: well under 1 MB; styles,
 * numbering, notes: tens of KB). Media (images) are not parsed and only count in the total.
 */
export const DOCX_PART_LIMITS: ReadonlyArray<{ pattern: RegExp; maxBytes: number }> = [
  { pattern: /^word\/document\.xml$/, maxBytes: 8 * 1024 * 1024 },
  {
    pattern: /^word\/(styles|stylesWithEffects|numbering|fontTable|settings)\.xml$/,
    maxBytes: 1024 * 1024,
  },
  { pattern: /\.(xml|rels)$/i, maxBytes: 2 * 1024 * 1024 },
];

/** Entries smaller than this skip the ratio check: tiny XML parts compress well and harm no one. */
export const RATIO_CHECK_MIN_BYTES = 64 * 1024;

/** Why an archive was refused. */
export class DocxArchiveRefusal extends Error {
  readonly reason: ExtractionFailureReason;

  constructor(reason: ExtractionFailureReason, message: string) {
    super(message);
    this.name = 'DocxArchiveRefusal';
    this.reason = reason;
  }
}

function checkDeclaredSizes(entries: readonly Entry[], limits: DocxArchiveLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new DocxArchiveRefusal(
        'zip-bomb',
        `declared uncompressed size exceeds ${limits.maxUncompressedBytes} bytes`,
      );
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > limits.maxRatio) {
      throw new DocxArchiveRefusal(
        'zip-bomb',
        `${entry.fileName} expands ${Math.round(ratio)}x (limit ${limits.maxRatio}x)`,
      );
    }
  }
  // Then what mammoth would parse: an honest but oversized part.
  for (const entry of entries) {
    const partLimit = DOCX_PART_LIMITS.find((l) => l.pattern.test(entry.fileName))?.maxBytes;
    if (partLimit !== undefined && entry.uncompressedSize > partLimit) {
      throw new DocxArchiveRefusal(
        'oversized-part',
        `${entry.fileName} is ${entry.uncompressedSize} bytes (limit ${partLimit})`,
      );
    }
  }
}

/** An OLE/CFB container holding an `EncryptedPackage` stream is a password-protected DOCX. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function refuseOleContainer(bytes: Uint8Array): void {
  if (sniffSignature(bytes) !== 'ole') return;
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)) {
    throw new DocxArchiveRefusal('encrypted', 'password-protected DOCX (OLE EncryptedPackage)');
  }
  throw new DocxArchiveRefusal('not-a-docx', 'OLE/CFB container (legacy .doc), not a zip');
}

function refusalFor(error: unknown): DocxArchiveRefusal {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('too many bytes')) return new DocxArchiveRefusal('zip-bomb', message);
  if (message.includes('encrypted')) return new DocxArchiveRefusal('encrypted', message);
  return new DocxArchiveRefusal('corrupt', message);
}

/**
 * Checks a DOCX archive without trusting it: not an OLE container (encrypted DOCX, .doc),
 * central directory readable, entry count, declared sizes and ratios (all refused before anything
 * is inflated), word/document.xml present; then every entry is streamed through yauzl, which
 * fails as soon as one inflates past its declared size, so the declared total bounds what mammoth
 * will inflate. Throws {@link DocxArchiveRefusal}.
 */
export async function assertSafeDocxArchive(
  bytes: Uint8Array,
  limits: DocxArchiveLimits,
): Promise<void> {
  refuseOleContainer(bytes);
  const entries: Entry[] = [];
  try {
    const listing = await openZip(bytes);
    if (listing.entryCount > limits.maxEntries) {
      listing.close();
      throw new DocxArchiveRefusal('zip-bomb', `${listing.entryCount} entries`);
    }
    await forEachZipEntry(listing, (entry) => entries.push(entry) > 0);
  } catch (error) {
    throw error instanceof DocxArchiveRefusal ? error : refusalFor(error);
  }
  checkDeclaredSizes(entries, limits);
  if (!entries.some((entry) => entry.fileName === WORD_DOCUMENT_PART)) {
    throw new DocxArchiveRefusal('not-a-docx', `no ${WORD_DOCUMENT_PART} in the archive`);
  }
  try {
    const reader = await openZip(bytes);
    for (const entry of entries) {
      if (!entry.fileName.endsWith('/')) await drainZipEntry(reader, entry);
    }
    reader.close();
  } catch (error) {
    throw refusalFor(error);
  }
}
