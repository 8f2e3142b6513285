import { describe, expect, it } from 'vitest';
import { analyze, parseJobDescription, parseResume, scoreMatch } from '../src/index.ts';

const JD = 'Requirements:\n- Experience with AWS or Azure\n- React/Vue\n- Python, Java and Go';

describe('alternatives in a posting', () => {
  it('when skills are joined by "or" or a slash, then each lists the others; a plain list does not', () => {
    const skills = new Map(parseJobDescription(JD).skills.map((s) => [s.skill, s]));
    expect(skills.get('AWS')?.alternatives).toEqual(['Azure']);
    expect(skills.get('Azure')?.alternatives).toEqual(['AWS']);
    expect(skills.get('React')?.alternatives).toEqual(['Vue.js']);
    expect(skills.get('Python')?.alternatives).toBeUndefined();
    expect(skills.get('Java')?.alternatives).toBeUndefined();
  });

  it('when the candidate has one of the alternatives, then the other is no gap and not missing', () => {
    const { report, analysis } = analyze({
      title: '',
      jobDescription: JD,
      resumeText: 'Experience\nBuilt services on AWS with Python.',
      selfDescription: '',
    });
    expect(report.skillGaps.map((g) => g.skill)).not.toContain('Azure');
    expect(analysis.missingSkills).not.toContain('Azure');
    expect(report.skillGaps.map((g) => g.skill)).toContain('Java');
  });

  it('when the candidate only lists one alternative, then the other still counts against the score, though it is no gap (1.8.419)', () => {
    const jd = parseJobDescription(JD.split('\n').slice(0, 2).join('\n'));
    const coverage = (resume: string) =>
      scoreMatch(jd, parseResume(resume), resume).breakdown.requiredCoverage;
    // AWS listed earns a fifth; Azure, met only by that list, is not covered: (0.2 + 0) / 2.
    expect(coverage('Skills: AWS')).toBe(0.1);
    // AWS used in work meets the choice: Azure leaves the measure.
    expect(coverage('Experience\nBuilt services on AWS.')).toBe(1);
    const { report } = analyze({
      title: '',
      jobDescription: JD,
      resumeText: 'Experience\nBuilt services with Python.\nSkills: AWS',
      selfDescription: '',
    });
    expect(report.skillGaps.map((g) => g.skill)).not.toContain('Azure');
  });

  it('when the candidate has none of the alternatives, then both stay gaps', () => {
    const { report } = analyze({
      title: '',
      jobDescription: JD,
      resumeText: 'Experience\nBuilt services with Python.',
      selfDescription: '',
    });
    expect(report.skillGaps.map((g) => g.skill)).toEqual(expect.arrayContaining(['AWS', 'Azure']));
  });
});
