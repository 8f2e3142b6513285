import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * ../shared/corpus beside the checkout: real resumes, job descriptions and hostile files.
 * `PREPKIT_CORPUS_DIR` points elsewhere (a git worktree that is not beside it).
 */
export const CORPUS_DIR =
  process.env.PREPKIT_CORPUS_DIR ??
  resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

export const corpusPath = (relative: string): string => {
  const path = resolve(CORPUS_DIR, relative);
  if (!existsSync(path)) {
    throw new Error(
      `corpus file missing: ${path} (the tests read ../shared/corpus beside the checkout)`,
    );
  }
  return path;
};

export const readCorpus = (relative: string): Buffer => readFileSync(corpusPath(relative));
export const readCorpusText = (relative: string): string => readCorpus(relative).toString('utf8');
