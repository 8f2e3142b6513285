import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.ts';
import { extractResumes, readCorpusText } from './corpus.ts';
import { GOLDEN_PAIRS } from './corpus-pairs.ts';

/** Where the expected outputs are stored. */
export const GOLDEN_DIR = fileURLToPath(new URL('../test/golden/', import.meta.url));

/** The analyzer's output for each golden pair, serialised as stored (2-space JSON, final newline). */
export const goldenOutputs = async (): Promise<{ name: string; json: string }[]> => {
  const texts = await extractResumes(GOLDEN_PAIRS.map((p) => p.resume));
  return Promise.all(
    GOLDEN_PAIRS.map(async (p, i) => {
      const result = analyze({
        title: '',
        jobDescription: await readCorpusText(p.job),
        resumeText: texts[i] ?? '',
        selfDescription: '',
      });
      return { name: p.name, json: `${JSON.stringify(result, null, 2)}\n` };
    }),
  );
};

/** Reads a stored golden output. */
export const readGolden = (name: string): Promise<string> =>
  readFile(`${GOLDEN_DIR}${name}.json`, 'utf8');

// `node packages/analyzer/scripts/golden.ts --update` rewrites the stored outputs (review the diff!).
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--update')) {
  await mkdir(GOLDEN_DIR, { recursive: true });
  for (const g of await goldenOutputs()) await writeFile(`${GOLDEN_DIR}${g.name}.json`, g.json);
  console.log(`updated ${GOLDEN_PAIRS.length} golden outputs in ${GOLDEN_DIR}`);
}
