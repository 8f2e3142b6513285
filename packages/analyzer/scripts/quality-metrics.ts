import { readFile } from 'node:fs/promises';
import { findSkills, parseJobDescription } from '../src/index.ts';
import { extractResumes, LABELS_FILE, readCorpusText } from './corpus.ts';

/** The labelled dev set (dev-set/labels.json). */
export interface Labels {
  jobs: { file: string; required: string[]; preferred: string[] }[];
  resumes: { file: string; skills: string[] }[];
}

/** Precision/recall over one set of documents, with the misses and extras per document. */
export interface SetScore {
  documents: number;
  truePositives: number;
  predicted: number;
  labelled: number;
  precision: number;
  recall: number;
  details: { file: string; missed: string[]; extra: string[] }[];
}

/** Minimum precision and recall of both sets. */
export const THRESHOLDS = { precision: 0.85, recall: 0.8 } as const;

const score = (docs: { file: string; predicted: string[]; labelled: string[] }[]): SetScore => {
  let tp = 0;
  let predicted = 0;
  let labelled = 0;
  const details = docs.map((d) => {
    const want = new Set(d.labelled);
    const got = new Set(d.predicted);
    const hits = [...got].filter((s) => want.has(s)).length;
    tp += hits;
    predicted += got.size;
    labelled += want.size;
    return {
      file: d.file,
      missed: [...want].filter((s) => !got.has(s)),
      extra: [...got].filter((s) => !want.has(s)),
    };
  });
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    documents: docs.length,
    truePositives: tp,
    predicted,
    labelled,
    precision: round(predicted === 0 ? 0 : tp / predicted),
    recall: round(labelled === 0 ? 0 : tp / labelled),
    details,
  };
};

/**
 * Micro-averaged precision and recall of skill extraction: job descriptions (the required and
 * preferred skills parseJobDescription returns, against the labelled ones) and resumes
 * (findSkills on the text @prepkit/extraction reads, against the labelled skills).
 */
export const measureQuality = async (): Promise<{ jobs: SetScore; resumes: SetScore }> => {
  const labels = JSON.parse(await readFile(LABELS_FILE, 'utf8')) as Labels;
  const jobs = await Promise.all(
    labels.jobs.map(async (j) => ({
      file: j.file,
      predicted: parseJobDescription(await readCorpusText(j.file)).skills.map((s) => s.skill),
      labelled: [...j.required, ...j.preferred],
    })),
  );
  const texts = await extractResumes(labels.resumes.map((r) => r.file));
  const resumes = labels.resumes.map((r, i) => ({
    file: r.file,
    predicted: findSkills(texts[i] ?? '').map((s) => s.skill),
    labelled: r.skills,
  }));
  return { jobs: score(jobs), resumes: score(resumes) };
};
