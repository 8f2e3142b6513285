import type { GeneratorInfo, TailoredResumeContent } from '@prepkit/shared';
import type { Tailoring } from '../analysis/analysis-pool.ts';
import { LOCAL_MODEL } from '../cli/build-report.ts';

/** What a tailored-resume generator reads: the report's texts. */
export interface TailorResumeInput {
  title: string;
  jobDescription: string;
  resumeText: string;
  selfDescription: string;
}

/** A maker of tailored resumes: Gemini or the offline tailoring. Its output is then grounded. */
export interface ResumeGenerator {
  readonly name: GeneratorInfo['name'];
  readonly model: string;
  generate(
    input: TailorResumeInput,
    options?: { signal?: AbortSignal },
  ): Promise<TailoredResumeContent>;
}

/**
 * The deterministic offline generator (no key, no network). A worker passes its analysis
 * pool's `tailor` so the tailoring runs on a thread, never on its event loop.
 */
export const createLocalResumeGenerator = (tailor: Tailoring['tailor']): ResumeGenerator => ({
  name: 'local',
  model: LOCAL_MODEL,
  generate: (input) => tailor(input),
});
