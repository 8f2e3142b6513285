import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createTextExtractor, detectResumeType } from '@prepkit/extraction';

/** `../shared/corpus` beside the repository. */
const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
/** Documents added for the evaluation. */
const DOCUMENTS_DIR = fileURLToPath(new URL('./documents/', import.meta.url));
const CORPUS_PREFIX = 'corpus/';

/** Where a label's file lives: `corpus/...` in the shared corpus, anything else in eval/documents. */
export const documentPath = (file: string): string =>
  file.startsWith(CORPUS_PREFIX)
    ? `${CORPUS_DIR}${file.slice(CORPUS_PREFIX.length)}`
    : `${DOCUMENTS_DIR}${file}`;

const isBinary = (file: string): boolean => /\.(pdf|docx)$/i.test(file);

/** Reads documents as text: PDF and DOCX through the real extractor, text files as they are. */
export const readDocuments = async (files: readonly string[]): Promise<Map<string, string>> => {
  const texts = new Map<string, string>();
  const binary = files.filter(isBinary);
  for (const file of files.filter((f) => !isBinary(f)))
    texts.set(file, await readFile(documentPath(file), 'utf8'));
  if (binary.length === 0) return texts;
  const extractor = createTextExtractor();
  try {
    for (const file of binary) {
      const bytes = new Uint8Array(await readFile(documentPath(file)));
      texts.set(file, await extractBytes(extractor, bytes, file));
    }
  } finally {
    await extractor.close();
  }
  return texts;
};

type Extractor = ReturnType<typeof createTextExtractor>;

/** Extracts one PDF/DOCX with the real extractor. */
export const extractBytes = async (
  extractor: Extractor,
  bytes: Uint8Array,
  name: string,
): Promise<string> => {
  const kind = await detectResumeType(bytes, { filename: name });
  if (kind === null) throw new Error(`Not a PDF/DOCX: ${name}`);
  return (await extractor.extract(bytes, kind)).text;
};
