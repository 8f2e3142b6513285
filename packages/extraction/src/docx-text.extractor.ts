import { createRequire } from 'node:module';
import mammoth from 'mammoth';
import { assertSafeDocxArchive, type DocxArchiveLimits } from './docx-archive.guard.ts';
import { removeHiddenRuns } from './docx-hidden-text.ts';

/** Parts of the body, headers, footers and notes (where runs are) sit under this folder. */
const WORD_PART_PREFIX = 'word/';

/** Text of a DOCX, and how many characters of it were hidden and left out. */
export interface DocxText {
  text: string;
  /** Characters in vanished, white or tiny runs of the word parts (see {@link removeHiddenRuns}). */
  hiddenChars: number;
}

/** The zip mammoth reads: `read` is wrapped to filter the document part. */
interface MammothZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

/** mammoth's own zip reader: the word parts are read through it, filtered, then handed back. */
const { openArrayBuffer } = createRequire(import.meta.url)('mammoth/lib/zipfile.js') as {
  openArrayBuffer(buffer: Buffer): Promise<MammothZip>;
};

/**
 * Raw text of a DOCX (body, tables, text boxes) with mammoth, after the archive passed
 * {@link assertSafeDocxArchive}, without the runs a reader cannot see. Throws
 * DocxArchiveRefusal or mammoth's own error.
 */
export async function extractDocxText(
  bytes: Uint8Array,
  limits: DocxArchiveLimits,
): Promise<DocxText> {
  await assertSafeDocxArchive(bytes, limits);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await openArrayBuffer(buffer);
  let hiddenChars = 0;
  const read = zip.read.bind(zip);
  const file: MammothZip = {
    exists: (name) => zip.exists(name),
    read: async (name, encoding) => {
      const content = await read(name, encoding);
      if (!name.startsWith(WORD_PART_PREFIX) || typeof content !== 'string') return content;
      const filtered = removeHiddenRuns(content);
      hiddenChars += filtered.hiddenChars;
      return filtered.xml;
    },
  };
  const result = await mammoth.extractRawText({ file } as unknown as { buffer: Buffer });
  return { text: result.value, hiddenChars };
}
