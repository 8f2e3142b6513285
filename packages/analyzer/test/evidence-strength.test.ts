import { describe, expect, it } from 'vitest';
import { stuffingGains } from '../scripts/stuffing-gains.ts';
import { analyze, parseResume } from '../src/index.ts';
import { isListLine } from '../src/resume/evidence-lines.ts';

const POSTING = `Machine Learning Engineer
Requirements:
- Python, PyTorch, TensorFlow and SQL
- Docker and Kubernetes
- Apache Spark`;

const RESUME = `Sam Park
Summary
Engineer who knows Kubernetes well.

Experience
Acme, Data Engineer, 2019 - 2023
- Built ETL pipelines in Python and SQL.
Docker, Apache Spark, Airflow

Skills
Python, PyTorch, Docker, SQL`;

const analysisOf = (resumeText: string, selfDescription = '') =>
  analyze({ title: '', jobDescription: POSTING, resumeText, selfDescription }).analysis;

describe('evidence strength and provenance', () => {
  const skill = (name: string) => parseResume(RESUME).skills.find((s) => s.skill === name);

  it('when a skill is used in an experience line, then it is experience with that section and line', () => {
    expect(skill('Python')).toMatchObject({
      strength: 'experience',
      evidence: 'Built ETL pipelines in Python and SQL.',
      provenance: { source: 'resume', section: 'experience', line: 7 },
    });
  });

  it('when a language is only listed but a framework of it is used in work, then the language is used too; a site tool does not count', () => {
    const resume = `Experience
Acme, Backend Engineer, 2019 - 2023
- Built payment services with Spring Boot and Kafka.
- Wrote the company blog on WordPress.

Skills
Java, PHP, Python`;
    const skills = parseResume(resume).skills;
    expect(skills.find((s) => s.skill === 'Java')).toMatchObject({
      strength: 'experience',
      evidence: 'Built payment services with Spring Boot and Kafka.',
    });
    // WordPress is a site tool, and nothing names Django: PHP and Python stay listed.
    expect(skills.find((s) => s.skill === 'PHP')?.strength).toBe('listed');
    expect(skills.find((s) => s.skill === 'Python')?.strength).toBe('listed');
    // Nothing the resume does not name is added (no Spring from Spring Boot's relatives).
    expect(skills.map((s) => s.skill)).not.toContain('Hibernate');
  });

  it('when a skill sits only in a skills section or a bare list line, then it is listed', () => {
    expect(skill('PyTorch')).toMatchObject({
      strength: 'listed',
      provenance: { section: 'skills', line: 11 },
    });
    expect(skill('Apache Spark')).toMatchObject({
      strength: 'listed',
      provenance: { section: 'experience', line: 8 },
    });
  });

  it('when a list line under a project names a skill with a verb in it (Build Tools), then every skill on it is listed, not used', () => {
    const text = `Projects\nHome automation with Raspberry Pi\nSkills: JavaScript, React, Vue.js, Angular, HTML, CSS, jQuery, Build Tools, Git, Version Control`;
    const onLine3 = parseResume(text).skills.filter((s) => s.provenance.line === 3);
    expect(onLine3.map((s) => s.skill)).toEqual(
      expect.arrayContaining(['Build Tools', 'Git', 'React']),
    );
    expect(onLine3.every((s) => s.strength === 'listed')).toBe(true);
  });

  it('when a long list line holds a word that is a verb or a year in one of its items (Applied Sciences, Windows Server 2019), then it is still a list', () => {
    const text = `Experience\nAcme, Analyst, 2019 - 2023\nSkills: Teaching, Grant Writing, Python, Facilitation, Slack, Asana, Applied Sciences, Windows Server 2019`;
    const onLine3 = parseResume(text).skills.filter((s) => s.provenance.line === 3);
    expect(onLine3.map((s) => s.skill)).toEqual(
      expect.arrayContaining(['Teaching', 'Grant Writing', 'Python', 'Slack']),
    );
    expect(onLine3.every((s) => s.strength === 'listed')).toBe(true);
    // A story still tells work: its verb opens the line.
    const story = parseResume(
      'Experience\nAcme, Analyst, 2019 - 2023\nBuilt dashboards, reports, forecasts, alerts, exports and APIs in Python',
    ).skills.find((s) => s.skill === 'Python');
    expect(story?.strength).toBe('experience');
  });

  it('when a skill is named only in the summary or the self-description, then it is claimed', () => {
    expect(skill('Kubernetes')).toMatchObject({
      strength: 'claimed',
      provenance: { section: 'summary' },
    });
    const matched = analysisOf(
      'Experience\nBuilt Python services.',
      'I know TensorFlow.',
    ).matchedSkills;
    expect(matched.find((m) => m.skill === 'TensorFlow')).toMatchObject({
      strength: 'claimed',
      provenance: { source: 'selfDescription', line: 1 },
    });
  });

  it('when the analysis lists matched skills, then each carries its strength and provenance', () => {
    for (const m of analysisOf(RESUME).matchedSkills) {
      expect(m.strength).toMatch(/^(experience|listed|claimed)$/);
      expect(m.provenance?.line).toBeGreaterThan(0);
    }
  });

  it('when skills are used, listed or claimed, then the credit falls in that order and a list earns at most a third', () => {
    const coverage = (resumeText: string, self = '') =>
      analysisOf(resumeText, self).scoreBreakdown.requiredCoverage;
    const used = coverage(
      'Experience\nBuilt machine learning models with Python, PyTorch, TensorFlow and SQL, shipped on Docker and Kubernetes with Apache Spark.',
    );
    const listed = coverage(
      'Skills\nPython, PyTorch, TensorFlow, SQL, Docker, Kubernetes, Apache Spark',
    );
    const claimed = coverage(
      'Experience\nSold houses.',
      'Machine Learning, Python, PyTorch, TensorFlow, SQL, Docker, Kubernetes, Apache Spark',
    );
    expect(used).toBe(1);
    expect(listed).toBeLessThanOrEqual(used / 3);
    expect(claimed).toBeLessThan(listed);
  });

  it('when a weak resume is stuffed with the posting skills, then a visible list gains at most 15 points and a hidden one none', () => {
    const resumeText =
      'Dana Whitfield\nReal Estate Analyst\nExperience\n2017 - 2023 Underwrote multifamily acquisitions and negotiated leases.';
    const result = stuffingGains({
      title: '',
      jobDescription: POSTING,
      resumeText,
      hidden: { text: resumeText, hiddenChars: 80 },
    });
    expect(result.gains.visibleList).toBeLessThanOrEqual(15);
    expect(result.gains.hiddenList).toBe(0);
    expect(result.gains.selfDescription).toBeLessThanOrEqual(result.gains.visibleList);
  });
});

describe('an ambiguous word confirmed only by a pasted list', () => {
  const WORK =
    'Experience\nBank, Analyst, 2019 - 2023\n- Liaised with Middle Office and Sales for bookkeeping.';
  const strengthOf = (text: string): string | undefined =>
    parseResume(text).skills.find((s) => s.skill === 'Accounting')?.strength;

  it('when nothing beside it says what "bookkeeping" is, then it is no skill', () => {
    expect(strengthOf(WORK)).toBeUndefined();
  });

  it('when only an appended list of the posting skills confirms it, then it stays a listed skill, not work evidence', () => {
    expect(strengthOf(`${WORK}\nSkills: Accounts Payable, Accounts Receivable, Payroll`)).toBe(
      'listed',
    );
  });

  it('when a related skill is used in work too, then it is work evidence', () => {
    expect(strengthOf(`${WORK}\n- Ran accounts payable and payroll for 40 staff.`)).toBe(
      'experience',
    );
  });
});

describe('work told under other headings', () => {
  it('when a CV tells its jobs after its skills under "Accomplishments", "Berufserfahrung" or "Research experience", then what they used is experience', () => {
    for (const heading of ['## Accomplishments', 'BERUFSERFAHRUNG', 'Research Experience']) {
      const resume = `Gabe Doe\nSkills\nPython\n\n${heading}\n### IT Manager, Acme, 2016 - present\n- Automated server provisioning using PowerShell.`;
      const skills = parseResume(resume).skills;
      expect(
        skills.find((s) => s.skill === 'PowerShell'),
        heading,
      ).toMatchObject({
        strength: 'experience',
      });
      expect(
        skills.find((s) => s.skill === 'Python'),
        heading,
      ).toMatchObject({
        strength: 'listed',
      });
    }
  });
});

describe('a bare list line', () => {
  it('when a line is written in astral letters (mathematical bold), then each counts as the two code units it takes, as it always did', () => {
    // "𝐏𝐲𝐭𝐡𝐨𝐧" is 6 letters in 12 code units: 4 matched characters are under 60 % of 12, over 60 % of 6.
    expect(isListLine('𝐏𝐲𝐭𝐡𝐨𝐧', 4)).toBe(false);
    expect(isListLine('𝐏𝐲𝐭𝐡𝐨𝐧', 8)).toBe(true);
  });
});

describe('a pasted list that names an ambiguous skill itself (1.8.371)', () => {
  const work =
    'Dawn Roe\nMedical Office Assistant\n\nExperience\nFront desk, Sports Clinic, 2019-2023\n• Managed 60-80 patients daily • Compliance and payment processing\n';
  const strengthOf = (text: string) =>
    parseResume(text).skills.find((s) => s.skill === 'Compliance')?.strength;

  it('when a list names the skill a work line only mentions in passing, then the work line is no evidence of it', () => {
    const pasted = `${work}\nSkills: HIPAA, Medical Billing, Compliance, Scheduling`;
    expect(strengthOf(pasted)).toBe('listed');
  });

  it('when a work line says what the skill is, then it stays evidence', () => {
    const text =
      'Jo Roe\nOffice Manager\n\nExperience\nLed regulatory compliance reviews of the clinic’s billing, 2020-2023.\n';
    expect(strengthOf(text)).toBe('experience');
  });
});
