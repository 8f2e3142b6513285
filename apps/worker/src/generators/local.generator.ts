import { analyze, RULES_VERSION } from '@prepkit/analyzer';
import type { ReportGenerator } from '@prepkit/shared';

/** The offline generator: the deterministic analyzer. Needs no key and no network. */
export const createLocalGenerator = (): ReportGenerator => ({
  name: 'local',
  model: `prepkit-analyzer@${RULES_VERSION}`,
  acceptsFiles: false,
  async generate(input) {
    const { report, analysis } = analyze({
      title: input.title,
      jobDescription: input.jobDescription,
      resumeText: input.resumeText,
      selfDescription: input.selfDescription,
    });
    return { report, analysis, generator: { name: 'local', model: this.model } };
  },
});
