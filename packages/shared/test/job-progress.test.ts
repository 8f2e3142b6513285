import { describe, expect, it } from 'vitest';
import {
  DONE_PROGRESS,
  GENERATE_REPORT_JOB,
  isDoneProgress,
  parseJobPayload,
  parseJobProgress,
  stageProgress,
} from '../src/index.ts';

describe('the API-worker progress protocol', () => {
  it('when the worker builds a stage event or the done event, then the API parses back the same', () => {
    const stage = stageProgress('generating', 41.6);
    expect(stage).toEqual({ stage: 'generating', progress: 42 });
    expect(parseJobProgress(stage)).toEqual(stage);
    expect(isDoneProgress(parseJobProgress(stage))).toBe(false);
    expect(isDoneProgress(parseJobProgress(DONE_PROGRESS))).toBe(true);
    // The wire format is unchanged: what a worker of the previous version sent still parses.
    expect(isDoneProgress(parseJobProgress({ stage: null, progress: 100 }))).toBe(true);
  });

  it('when a payload is not one of the protocol events, then it parses to null', () => {
    for (const data of [
      42,
      { progress: 100 },
      { stage: null, progress: 50 },
      { stage: 'x', progress: 1 },
    ])
      expect(parseJobProgress(data)).toBeNull();
    expect(() => stageProgress('saving', 101)).toThrow();
  });

  it('when a job payload is checked by its name, then ids pass and anything else throws', () => {
    const jobId = '665f1c2b9d3e4a0012345678';
    expect(parseJobPayload(GENERATE_REPORT_JOB, { jobId })).toEqual({ jobId });
    expect(() => parseJobPayload(GENERATE_REPORT_JOB, { jobId: 'nope' })).toThrow();
  });
});
