import { createTextExtractor } from '@prepkit/extraction';
import { analyze, parseJobDescription, parseResume, SKILL_BY_NAME } from '../src/index.ts';
import { bootstrapInterval, type Interval, type Unit } from './bootstrap-interval.ts';
import { extractBytes, readDocuments } from './eval-documents.ts';
import {
  type EvalLabels,
  type PostingLabel,
  type RankingGroup,
  readEvalLabels,
  type Split,
} from './eval-labels.ts';
import { renderResumeWithHiddenLine } from './stuffed-pdf.ts';

/** Precision over everything found, recall over the core labels, micro-averaged. */
export interface SkillScore {
  documents: number;
  predicted: number;
  correct: number;
  core: number;
  coreFound: number;
  /** Core labels that name a taxonomy skill: no rule can find the others. */
  coreNamed: number;
  precision: number;
  coreRecall: number;
  /** The highest core recall the taxonomy allows: `coreNamed / core`. */
  recallCeiling: number;
  /** 95% bootstrap intervals over documents ({@link bootstrapInterval}). */
  precisionInterval: Interval;
  coreRecallInterval: Interval;
}

/** One document's errors. */
export interface DocumentErrors {
  file: string;
  missedCore: string[];
  wrong: string[];
}

export interface TitleResult {
  file: string;
  expected: string;
  derived: string;
  correct: boolean;
}

export interface GroupResult {
  posting: string;
  scores: { file: string; fit: boolean; score: number }[];
  fitFirst: boolean;
  weak: string;
  asIs: number;
  visible: number;
  renderedPdf: number;
  hiddenPdf: number;
}

/** Every figure of one split. */
export interface SplitResult {
  split: Split;
  jd: SkillScore;
  resume: SkillScore;
  titles: { correct: number; total: number; accuracy: number; interval: Interval };
  ranking: { groups: number; fitFirst: number; rate: number; interval: Interval };
  stuffing: { groups: number; meanGain: number; maxGain: number };
  hidden: { groups: number; meanGain: number; maxGain: number };
  details: {
    postings: DocumentErrors[];
    resumes: DocumentErrors[];
    titles: TitleResult[];
    groups: GroupResult[];
  };
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;
const round1 = (n: number): number => Math.round(n * 10) / 10;
const ratio = (a: number, b: number): number => (b === 0 ? 0 : round3(a / b));

/**
 * A German title's gender forms: "Entwickler*in", "Aktuar:in", "Referent/innen", "(m/w/d)". The
 * analyzer writes one form of a title and a label may write another; both name one post.
 */
const GENDER_FORMS =
  /(?<=\p{L})[*:_/](?:in|innen)\b|\s*\((?:[mwfdx](?:\s*[/|,]\s*[mwfdx]|\s*[/|,]\s*div(?:ers)?\.?){1,3})\)/giu;

/**
 * Lower case, no accents, gender forms dropped, punctuation as spaces: "Softwareentwickler*in
 * (m/w/d)" = "softwareentwickler", "Data-Analyst" = "data analyst".
 */
export const normalizeTitle = (title: string): string =>
  title
    .replace(GENDER_FORMS, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const scoreSkills = (
  docs: { file: string; predicted: string[]; core: string[]; allowed: string[] }[],
): { score: SkillScore; errors: DocumentErrors[] } => {
  let predicted = 0;
  let correct = 0;
  let core = 0;
  let coreFound = 0;
  let coreNamed = 0;
  const precisionUnits: Unit[] = [];
  const recallUnits: Unit[] = [];
  const errors = docs.map((d) => {
    const got = new Set(d.predicted);
    const allowed = new Set([...d.core, ...d.allowed]);
    const wrong = [...got].filter((s) => !allowed.has(s));
    const coreNames = [...new Set(d.core)];
    const missedCore = coreNames.filter((s) => !got.has(s));
    predicted += got.size;
    correct += got.size - wrong.length;
    core += coreNames.length;
    coreFound += coreNames.length - missedCore.length;
    coreNamed += coreNames.filter((s) => SKILL_BY_NAME.has(s)).length;
    precisionUnits.push([got.size - wrong.length, got.size]);
    recallUnits.push([coreNames.length - missedCore.length, coreNames.length]);
    return { file: d.file, missedCore, wrong };
  });
  return {
    score: {
      documents: docs.length,
      predicted,
      correct,
      core,
      coreFound,
      coreNamed,
      precision: ratio(correct, predicted),
      coreRecall: ratio(coreFound, core),
      recallCeiling: ratio(coreNamed, core),
      precisionInterval: bootstrapInterval(precisionUnits),
      coreRecallInterval: bootstrapInterval(recallUnits),
    },
    errors,
  };
};

/**
 * Whether the labels speak of a skill: spoken languages are left out of every label (README),
 * so a spoken language the analyzer finds is neither right nor wrong here.
 */
const isLabelled = (skill: string): boolean =>
  SKILL_BY_NAME.get(skill)?.category !== 'spoken-language';

const matchScore = (jobDescription: string, resumeText: string): number =>
  analyze({ title: '', jobDescription, resumeText, selfDescription: '' }).report.matchScore;

/** The posting's labelled skills as one visible resume line. */
const skillsLine = (p: PostingLabel): string => `Skills: ${[...p.core, ...p.niche].join(', ')}`;

/**
 * Texts read once per measurement and reusable by the next one: the documents as extracted, and
 * the weak resumes rendered to PDF (with and without a hidden line) and read back. A second
 * measurement given the same cache runs every analysis again on identical input and skips only
 * the extraction, which does not depend on the rules.
 */
export interface EvalCache {
  texts?: Map<string, string>;
  /** Key: the weak resume's file, then the hidden line if any. */
  pdfTexts: Map<string, string>;
}

export const createEvalCache = (): EvalCache => ({ pdfTexts: new Map() });

const measureGroups = async (
  groups: readonly RankingGroup[],
  postings: ReadonlyMap<string, PostingLabel>,
  texts: ReadonlyMap<string, string>,
  cache: EvalCache,
): Promise<GroupResult[]> => {
  let extractor: ReturnType<typeof createTextExtractor> | undefined;
  const text = (file: string): string => texts.get(file) ?? '';
  // The same weak resume rendered without a hidden line serves every group that names it.
  const renderedText = async (weak: string, hiddenLine?: string): Promise<string> => {
    const key = hiddenLine === undefined ? weak : `${weak}\n${hiddenLine}`;
    const known = cache.pdfTexts.get(key);
    if (known !== undefined) return known;
    extractor ??= createTextExtractor();
    const bytes = await renderResumeWithHiddenLine(text(weak), hiddenLine);
    const read = await extractBytes(extractor, new Uint8Array(bytes), 'rendered.pdf');
    cache.pdfTexts.set(key, read);
    return read;
  };
  try {
    const out: GroupResult[] = [];
    for (const g of groups) {
      const jd = text(g.posting);
      const scores = [
        ...g.fit.map((file) => ({ file, fit: true, score: matchScore(jd, text(file)) })),
        ...g.unfit.map((file) => ({ file, fit: false, score: matchScore(jd, text(file)) })),
      ];
      const bestFit = Math.max(...scores.filter((s) => s.fit).map((s) => s.score));
      const bestUnfit = Math.max(...scores.filter((s) => !s.fit).map((s) => s.score));
      const weak = g.unfit[0] ?? '';
      const posting = postings.get(g.posting);
      const line = posting ? skillsLine(posting) : '';
      const weakText = text(weak);
      const rendered = await renderedText(weak);
      const hidden = await renderedText(weak, line);
      out.push({
        posting: g.posting,
        scores,
        fitFirst: bestFit > bestUnfit,
        weak,
        asIs: matchScore(jd, weakText),
        visible: matchScore(jd, `${weakText}\n${line}`),
        renderedPdf: matchScore(jd, rendered),
        hiddenPdf: matchScore(jd, hidden),
      });
    }
    return out;
  } finally {
    await extractor?.close();
  }
};

const gains = (values: number[]): { groups: number; meanGain: number; maxGain: number } => ({
  groups: values.length,
  meanGain: values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : 0,
  maxGain: values.length ? Math.max(...values) : 0,
});

const measureSplit = async (
  labels: EvalLabels,
  split: Split,
  texts: ReadonlyMap<string, string>,
  cache: EvalCache,
): Promise<SplitResult> => {
  const postings = labels.postings.filter((p) => p.split === split);
  const parsed = postings.map((p) => ({
    label: p,
    jd: parseJobDescription(texts.get(p.file) ?? ''),
  }));
  const jd = scoreSkills(
    parsed.map(({ label, jd }) => ({
      file: label.file,
      predicted: jd.skills.map((s) => s.skill).filter(isLabelled),
      core: label.core,
      allowed: [...label.niche, ...label.acceptable],
    })),
  );
  const resumes = labels.resumes.filter((r) => r.split === split);
  const resume = scoreSkills(
    resumes.map((r) => ({
      file: r.file,
      predicted: parseResume(texts.get(r.file) ?? '')
        .skills.map((s) => s.skill)
        .filter(isLabelled),
      core: r.core,
      allowed: r.acceptable,
    })),
  );
  const titles = parsed.map(({ label, jd }) => {
    const expected = [label.title, ...(label.titleAlternatives ?? [])].map(normalizeTitle);
    return {
      file: label.file,
      expected: label.title,
      derived: jd.title,
      correct: expected.includes(normalizeTitle(jd.title)),
    };
  });
  const byFile = new Map(labels.postings.map((p) => [p.file, p]));
  const groups = await measureGroups(
    labels.groups.filter((g) => byFile.get(g.posting)?.split === split),
    byFile,
    texts,
    cache,
  );
  const titlesCorrect = titles.filter((t) => t.correct).length;
  const fitFirst = groups.filter((g) => g.fitFirst).length;
  return {
    split,
    jd: jd.score,
    resume: resume.score,
    titles: {
      correct: titlesCorrect,
      total: titles.length,
      accuracy: ratio(titlesCorrect, titles.length),
      interval: bootstrapInterval(titles.map((t): Unit => [t.correct ? 1 : 0, 1])),
    },
    ranking: {
      groups: groups.length,
      fitFirst,
      rate: ratio(fitFirst, groups.length),
      interval: bootstrapInterval(groups.map((g): Unit => [g.fitFirst ? 1 : 0, 1])),
    },
    stuffing: gains(groups.map((g) => g.visible - g.asIs)),
    hidden: gains(groups.map((g) => g.hiddenPdf - g.renderedPdf)),
    details: { postings: jd.errors, resumes: resume.errors, titles, groups },
  };
};

/**
 * Measures the analyzer on the evaluation set: the tuning split and the frozen test split.
 * `labels` defaults to `labels.json`; a subset measures one batch on its arrival. A `cache`
 * filled by an earlier measurement of the same labels spares reading the documents again.
 */
export const measureEval = async (
  labels?: EvalLabels,
  cache: EvalCache = createEvalCache(),
): Promise<{ tune: SplitResult; test: SplitResult }> => {
  labels ??= await readEvalLabels();
  const files = [...labels.postings.map((p) => p.file), ...labels.resumes.map((r) => r.file)];
  const texts = cache.texts ?? new Map<string, string>();
  for (const [file, text] of await readDocuments(files.filter((f) => !texts.has(f))))
    texts.set(file, text);
  cache.texts = texts;
  return {
    tune: await measureSplit(labels, 'tune', texts, cache),
    test: await measureSplit(labels, 'test', texts, cache),
  };
};
