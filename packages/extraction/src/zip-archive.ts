import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** The part every DOCX has (its central directory names it). */
export const WORD_DOCUMENT_PART = 'word/document.xml';

const LOCAL_FILE_HEADER = [0x50, 0x4b, 0x03, 0x04];
const LOCAL_HEADER_NAME_OFFSET = 30;

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Opens a zip from memory with yauzl (central directory read, entries one at a time). */
export function openZip(bytes: Uint8Array): Promise<ZipFile> {
  return yauzl.fromBufferPromise(asBuffer(bytes), {
    lazyEntries: true,
    validateEntrySizes: true,
    strictFileNames: false,
    decodeStrings: true,
  });
}

/**
 * Calls `visit` for each central-directory entry, in order, until it returns false or the
 * entries end. Rejects on a corrupt central directory.
 */
export function forEachZipEntry(zip: ZipFile, visit: (entry: Entry) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error): void => {
      zip.removeAllListeners('entry');
      zip.removeAllListeners('end');
      zip.removeAllListeners('error');
      zip.on('error', () => {});
      zip.close();
      if (error) reject(error);
      else resolve();
    };
    zip.on('entry', (entry: Entry) => {
      if (visit(entry)) zip.readEntry();
      else finish();
    });
    zip.on('end', () => finish());
    zip.on('error', (error: Error) => finish(error));
    zip.readEntry();
  });
}

/** Reads an entry through, counting bytes (yauzl checks them against the declared size). */
export function drainZipEntry(zip: ZipFile, entry: Entry): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (openError, stream) => {
      if (openError) {
        reject(openError);
        return;
      }
      let count = 0;
      stream.on('data', (chunk: Buffer) => {
        count += chunk.length;
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(count));
    });
  });
}

/**
 * Last resort for a zip whose central directory is unreadable (truncated, fuzzed): true when a
 * local file header names `name`.
 */
export function localHeadersName(bytes: Uint8Array, name: string): boolean {
  const wanted = new TextEncoder().encode(name);
  const first = LOCAL_FILE_HEADER[0];
  for (let at = bytes.indexOf(first!); at >= 0; at = bytes.indexOf(first!, at + 1)) {
    if (!LOCAL_FILE_HEADER.every((byte, index) => bytes[at + index] === byte)) continue;
    const nameLength = (bytes[at + 26] ?? 0) | ((bytes[at + 27] ?? 0) << 8);
    if (nameLength !== wanted.length) continue;
    const start = at + LOCAL_HEADER_NAME_OFFSET;
    if (wanted.every((byte, index) => bytes[start + index] === byte)) return true;
  }
  return false;
}
