import type { Analysis, GeneratedReport, GeneratorInfo } from './report.schema.ts';

/** Everything a generator may use to write one report. */
export interface GenerateInput {
  title: string;
  jobDescription: string;
  /** The candidate's own words; '' when none was given. */
  selfDescription: string;
  /** Text extracted from the resume file; '' when there was no file or nothing could be read. */
  resumeText: string;
  /** Characters of hidden text (white, tiny, invisible, off-page) the extractor left out of `resumeText`. */
  hiddenResumeChars?: number;
  /**
   * The raw resume PDF, set only when extraction failed and the generator accepts files
   * (`acceptsFiles`). A fresh copy: generators may hand it to other code that detaches it.
   */
  resumePdf?: Uint8Array;
  /** The deterministic analyzer's findings, given to ground AI output. */
  grounding?: Analysis;
}

export interface GenerateOptions {
  /** Aborts the generation (job cancelled, shutdown, or timeout). */
  signal?: AbortSignal;
  /** Reports progress inside the generation stage, 0..100. */
  onProgress?: (percent: number) => void;
}

export interface GenerateResult {
  report: GeneratedReport;
  /** The analyzer's breakdown behind the report, when one was made. */
  analysis: Analysis | null;
  generator: GeneratorInfo;
  /** The posting's title the generator read, when the request sent none ('' or absent: none). */
  title?: string;
}

/** A source of interview reports: Gemini or the offline analyzer. */
export interface ReportGenerator {
  readonly name: GeneratorInfo['name'];
  readonly model: string;
  /** Whether the generator can read a raw PDF itself (the fallback for unreadable resumes). */
  readonly acceptsFiles: boolean;
  generate(input: GenerateInput, options?: GenerateOptions): Promise<GenerateResult>;
}
