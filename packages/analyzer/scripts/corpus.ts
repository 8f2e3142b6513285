import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createTextExtractor, detectResumeType } from '@prepkit/extraction';

/**
 * The shared corpus, beside the repository (`../shared/corpus` from the repo root), or
 * `PREPKIT_CORPUS_DIR` (with a trailing slash) for a checkout elsewhere (a worktree).
 */
export const CORPUS_DIR =
  process.env.PREPKIT_CORPUS_DIR ??
  fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
/** The labelled dev set of the analyzer. */
export const LABELS_FILE = fileURLToPath(new URL('../dev-set/labels.json', import.meta.url));

/** Reads a corpus text file (a job description). */
export const readCorpusText = (relative: string): Promise<string> =>
  readFile(`${CORPUS_DIR}${relative}`, 'utf8');

/** Extracts the text of corpus resumes (PDF/DOCX) with @prepkit/extraction, in order. */
export const extractResumes = async (relatives: readonly string[]): Promise<string[]> => {
  const extractor = createTextExtractor();
  try {
    const out: string[] = [];
    for (const relative of relatives) {
      const bytes = new Uint8Array(await readFile(`${CORPUS_DIR}${relative}`));
      const kind = await detectResumeType(bytes, { filename: relative });
      if (kind === null) throw new Error(`Not a PDF/DOCX: ${relative}`);
      out.push((await extractor.extract(bytes, kind)).text);
    }
    return out;
  } finally {
    await extractor.close();
  }
};
