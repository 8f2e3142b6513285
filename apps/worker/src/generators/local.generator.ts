import { deriveJdTitle, RULES_VERSION } from '@prepkit/analyzer';
import type { ReportGenerator } from '@prepkit/shared';
import type { Analyzer } from '../analysis/analysis-pool.ts';

/**
 * The offline generator: the deterministic analyzer. Needs no key and no network. The worker
 * gives it the analysis pool, so the CPU work runs off the event loop under a time budget.
 */
export const createLocalGenerator = (analyzer: Analyzer): ReportGenerator => ({
  name: 'local',
  model: `prepkit-analyzer@${RULES_VERSION}`,
  acceptsFiles: false,
  async generate(input) {
    const { report, analysis } = await analyzer.analyze({
      title: input.title,
      jobDescription: input.jobDescription,
      resumeText: input.resumeText,
      selfDescription: input.selfDescription,
      ...(input.hiddenResumeChars ? { hiddenResumeChars: input.hiddenResumeChars } : {}),
    });
    // No title sent: the posting's own ("Job title: X", "hiring a X", a title-like line).
    const title = input.title.trim() ? '' : deriveJdTitle('', input.jobDescription);
    return {
      report,
      analysis,
      generator: { name: 'local', model: this.model },
      ...(title ? { title } : {}),
    };
  },
});
