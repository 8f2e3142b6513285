/**
 * Prints a document's text exactly as `pnpm eval` reads it (PDF and DOCX through the real
 * extractor), for labelling a new document before any analyzer runs on it.
 *
 *   node packages/analyzer/eval/print-text.ts <path-to-file>
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTextExtractor } from '@prepkit/extraction';
import { extractBytes } from './eval-documents.ts';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: node packages/analyzer/eval/print-text.ts <file>');
  process.exit(2);
}
const path = resolve(process.cwd(), file);
if (!/\.(pdf|docx)$/i.test(path)) {
  process.stdout.write(await readFile(path, 'utf8'));
} else {
  const extractor = createTextExtractor();
  try {
    process.stdout.write(
      `${await extractBytes(extractor, new Uint8Array(await readFile(path)), path)}\n`,
    );
  } finally {
    await extractor.close();
  }
}
