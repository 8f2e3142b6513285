import type { MessagePort } from 'node:worker_threads';
import type { AnalyzeInput, GroundingSource, TailorInput } from '@prepkit/analyzer';
import type { TailoredResumeContent } from '@prepkit/shared';

/** What the main thread posts to an analysis thread. */
export interface AnalysisTask {
  input: AnalyzeInput;
  /** The thread posts one message here when it starts on the task (the budget starts then). */
  started?: MessagePort;
}

/** The offline tailoring of a resume, posted to an analysis thread. */
export interface TailorTask {
  input: TailorInput;
  started?: MessagePort;
}

/** The grounding check of a tailored resume (from either generator), posted to an analysis thread. */
export interface GroundTask {
  content: TailoredResumeContent;
  source: GroundingSource;
  started?: MessagePort;
}
