import {
  type AnalyzeResult,
  analyze,
  type GroundingResult,
  groundResume,
  tailorResume,
} from '@prepkit/analyzer';
import type { TailoredResumeContent } from '@prepkit/shared';
import type { AnalysisTask, GroundTask, TailorTask } from './analysis-task.ts';

/** Tells the main thread the task has started: its time budget counts from here. */
const start = (task: { started?: AnalysisTask['started'] }): void => {
  task.started?.postMessage('started');
  task.started?.close();
};

/** Worker-thread entry (piscina calls these exports by name): the deterministic analyzer. */
export function runAnalysisTask(task: AnalysisTask): AnalyzeResult {
  start(task);
  return analyze(task.input);
}

/** The offline tailored resume. */
export function runTailorTask(task: TailorTask): TailoredResumeContent {
  start(task);
  return tailorResume(task.input);
}

/** The grounding check of a tailored resume. */
export function runGroundTask(task: GroundTask): GroundingResult {
  start(task);
  return groundResume(task.content, task.source);
}
