import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared corpus, `../shared/corpus` relative to the repository root (read-only). */
export const CORPUS_DIR =
  process.env.PREPKIT_CORPUS_DIR ??
  fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

/** Bytes of a corpus file, e.g. `corpusFile('hostile/pdfjs__empty.pdf')`. */
export function corpusFile(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(`${CORPUS_DIR}${relativePath}`));
}

/** File names in a corpus folder, sorted. */
export function corpusFiles(folder: string): string[] {
  return readdirSync(`${CORPUS_DIR}${folder}`).sort();
}
