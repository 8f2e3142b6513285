import { analysisSchema, generatedReportSchema } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import { analyze, RULES_VERSION } from '../src/index.ts';

const INPUT = {
  title: 'Backend Engineer',
  jobDescription:
    'Requirements:\n3+ years with Go, PostgreSQL and Kubernetes. You own services end to end and work with customers.\nNice to have: Terraform.',
  resumeText:
    'Jane Roe\nBackend Engineer\nExperience\n2018 - 2023 Built Go services on PostgreSQL.\nSkills\nKubernetes, Python',
  selfDescription: '',
};

describe('analyze', () => {
  it('when a report is made, then both schemas accept it unchanged', () => {
    const { report, analysis } = analyze(INPUT);
    expect(generatedReportSchema.parse(report)).toEqual(report);
    expect(analysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.rulesVersion).toBe(RULES_VERSION);
  });

  it('when the same input is analyzed twice, then the output is byte-identical', () => {
    expect(JSON.stringify(analyze(INPUT))).toBe(JSON.stringify(analyze({ ...INPUT })));
  });

  it('when skills are shown, listed or absent, then matched, gaps and missing say so', () => {
    const { report, analysis } = analyze(INPUT);
    expect(analysis.matchedSkills).toContainEqual(
      expect.objectContaining({
        skill: 'Go',
        evidence: '2018 - 2023 Built Go services on PostgreSQL.',
        strength: 'experience',
      }),
    );
    expect(analysis.missingSkills).toEqual(['Terraform']);
    expect(report.skillGaps).toEqual([
      { skill: 'Kubernetes', severity: 'medium' },
      { skill: 'Terraform', severity: 'medium' },
    ]);
  });

  it("when only a self-description is given, then its skills are matched as the candidate's claims, with little credit", () => {
    const { analysis } = analyze({
      ...INPUT,
      resumeText: '',
      selfDescription: 'I built Go services on PostgreSQL and run them on Kubernetes.',
    });
    expect(analysis.matchedSkills.map((m) => m.skill)).toEqual(
      expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes']),
    );
    expect(analysis.matchedSkills.every((m) => m.strength === 'claimed')).toBe(true);
    expect(analysis.scoreBreakdown.requiredCoverage).toBe(0.15);
  });

  it('when a self-description claims a listed skill, then the listing stays its evidence and it stays a gap', () => {
    const { report, analysis } = analyze({
      ...INPUT,
      selfDescription: 'I operate our Kubernetes clusters daily.',
    });
    expect(report.skillGaps).toContainEqual({ skill: 'Kubernetes', severity: 'medium' });
    expect(analysis.matchedSkills.find((m) => m.skill === 'Kubernetes')?.strength).toBe('listed');
  });

  it('when there is no resume and no self-description, then the score is 0 and the report is still valid', () => {
    const { report } = analyze({ ...INPUT, resumeText: '', selfDescription: '' });
    expect(report.matchScore).toBe(0);
    expect(() => generatedReportSchema.parse(report)).not.toThrow();
  });
});
