/** What the first bytes of a file say it is, before any hint is looked at. */
export type FileSignature =
  | 'pdf'
  | 'zip'
  | 'zip-empty'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'tiff'
  | 'ole'
  | 'rtf'
  | 'elf'
  | 'pe'
  | 'gzip'
  | '7z'
  | 'rar'
  | 'text'
  | 'unknown';

/** Where `%PDF-` may start (pdf.js, like Acrobat, accepts junk before the header). */
export const PDF_HEADER_WINDOW = 1024;

type Magic = readonly [signature: Exclude<FileSignature, 'text' | 'unknown'>, bytes: number[]];

/** Signatures at byte 0, checked before the %PDF search (a PNG with %PDF inside stays a PNG). */
const MAGIC_AT_START: readonly Magic[] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip-empty', [0x50, 0x4b, 0x05, 0x06]],
  ['zip', [0x50, 0x4b, 0x07, 0x08]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['pe', [0x4d, 0x5a]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
];

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const TEXT_SAMPLE_BYTES = 4096;
/** PDF body syntax ("1 0 obj"): a header-less PDF is not plain text, it is left to the hints. */
const PDF_OBJECT = /\b\d+\s+\d+\s+obj\b/;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((byte, index) => bytes[at + index] === byte);

const isRiffWebp = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8);

/** Index of `%PDF-` within the first {@link PDF_HEADER_WINDOW} bytes, or -1. */
export function findPdfHeader(bytes: Uint8Array): number {
  const last = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW - 1);
  for (let index = 0; index <= last; index++) {
    if (startsWith(bytes, PDF_HEADER, index)) return index;
  }
  return -1;
}

/** UTF-8 (or UTF-16 with a BOM) text without binary control bytes and without PDF syntax. */
function looksLikePlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  let text: string;
  try {
    // `stream: true` tolerates a multi-byte character cut at the end of the sample.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
  } catch {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const allowedControl = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !allowedControl) || code === 0x7f) return false;
  }
  return !PDF_OBJECT.test(text);
}

/**
 * Classifies bytes by their signature only: fixed magic at byte 0, then `%PDF-` within the first
 * 1024 bytes, then plain text; anything else is 'unknown'.
 */
export function sniffSignature(bytes: Uint8Array): FileSignature {
  for (const [signature, magic] of MAGIC_AT_START) {
    if (startsWith(bytes, magic)) return signature;
  }
  if (isRiffWebp(bytes)) return 'webp';
  if (findPdfHeader(bytes) >= 0) return 'pdf';
  if (looksLikePlainText(bytes)) return 'text';
  return 'unknown';
}
