import type { MessagePort } from 'node:worker_threads';
import type { AnalyzeInput } from '@prepkit/analyzer';

/** What the main thread posts to an analysis thread. */
export interface AnalysisTask {
  input: AnalyzeInput;
  /** The thread posts one message here when it starts on the task (the budget starts then). */
  started?: MessagePort;
}
