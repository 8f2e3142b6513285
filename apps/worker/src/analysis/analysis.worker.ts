import { type AnalyzeResult, analyze } from '@prepkit/analyzer';
import type { AnalysisTask } from './analysis-task.ts';

/** Worker-thread entry (piscina calls this export by name): the deterministic analyzer. */
export function runAnalysisTask(task: AnalysisTask): AnalyzeResult {
  task.started?.postMessage('started');
  task.started?.close();
  return analyze(task.input);
}
