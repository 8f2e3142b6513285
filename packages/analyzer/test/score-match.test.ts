import { describe, expect, it } from 'vitest';
import { parseJobDescription, parseResume, SCORE_WEIGHTS, scoreMatch } from '../src/index.ts';
import { fitYears } from '../src/score/score-match.ts';

const JD =
  'Senior Python Engineer\nRequirements:\n5+ years of experience with Python, Django and PostgreSQL.\nNice to have:\nKubernetes';
const score = (resume: string) => scoreMatch(parseJobDescription(JD), parseResume(resume), resume);

describe('scoreMatch', () => {
  it('when the weights are read, then they add up to 1', () => {
    const sum = Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('when every skill is shown in experience with enough years, then the score is high and coverage full', () => {
    const r = score(
      'Senior Python Engineer\nExperience\n2015 - 2021: Built Django apps on PostgreSQL with Python, deployed to Kubernetes.',
    );
    expect(r.breakdown).toMatchObject({
      requiredCoverage: 1,
      preferredCoverage: 1,
      experienceFit: 1,
    });
    expect(r.score).toBeGreaterThanOrEqual(90);
  });

  it('when skills are only listed, then coverage is lower than when shown in experience', () => {
    const listed = score('Skills\nPython, Django, PostgreSQL, Kubernetes');
    const shown = score('Experience\nBuilt Django apps on PostgreSQL with Python and Kubernetes.');
    expect(listed.breakdown.requiredCoverage).toBe(0.2);
    expect(shown.breakdown.requiredCoverage).toBe(1);
    expect(shown.score).toBeGreaterThan(listed.score);
  });

  it('when the resume is empty, then the score is 0', () => {
    expect(score('').score).toBe(0);
  });

  it('when the same input is scored twice, then the result is identical', () => {
    const text = 'Experience\n2019 - 2022 Python and Django developer.';
    expect(JSON.stringify(score(text))).toBe(JSON.stringify(score(text)));
  });

  it('when years are below the demand, then experience fit is the share of years met', () => {
    expect(fitYears(5, 2)).toBe(0.4);
    expect(fitYears(5, 8)).toBe(1);
    expect(fitYears(null, 1)).toBe(1);
    expect(fitYears(3, null)).toBe(0.5);
  });

  it('when a required skill is missing but a related one is shown, then it is adjacent: little credit, the skill it comes via, and no evidence', () => {
    const r = score('Experience\nBuilt Flask apps with Python and PostgreSQL.');
    const django = r.coverage.find((c) => c.skill === 'Django');
    expect(django?.status).toBe('related');
    expect(django?.via).toBe('Python');
    expect(django?.evidence).toBe('');
  });

  it('when a backend engineer with many years applies to a front-end posting, then the years count only in part and "end-to-end" is no front end', () => {
    const jd = parseJobDescription(
      'Front End Engineer\nRequirements:\n3+ years of experience with React and CSS.',
    );
    const backend =
      'Backend Engineer\nExperience\n2015 - 2023 Built payment services in Go end-to-end; mentored engineers.';
    const frontend =
      'Front-End Engineer\nExperience\n2015 - 2023 Built React user interfaces styled with CSS.';
    const b = scoreMatch(jd, parseResume(backend), backend).breakdown;
    const f = scoreMatch(jd, parseResume(frontend), frontend).breakdown;
    expect(f.experienceFit).toBe(1);
    expect(b.experienceFit).toBeLessThan(0.8);
    expect(b.titleFit).toBeLessThan(f.titleFit);
  });

  it('when a posting names a soft skill many times and in its title, then that soft skill weighs no more than one requirement line', () => {
    const jd = parseJobDescription(
      'Communications Lead\nRequirements:\n- Excellent communication skills; you communicate with press and community\n- Social media marketing and video editing\n- Graphic design\nYou will own communications, communication plans and internal communication.',
    );
    const communication = jd.skills.find((s) => s.skill === 'Communication');
    expect(communication?.weight).toBe(1.5);
    const accountant =
      'Experience\nAcme, Accountant, 2015 - 2022\n- Communicated audit findings to supervisors and prepared reconciliations.';
    const marketer =
      'Experience\nGlobex, Marketing Specialist, 2016 - 2022\n- Ran social media marketing campaigns and edited videos for launches.';
    const scoreOf = (r: string) => scoreMatch(jd, parseResume(r), r).score;
    expect(scoreOf(marketer)).toBeGreaterThan(scoreOf(accountant));
  });
});
