import { describe, expect, it } from 'vitest';
import { parseJobDescription } from '../src/index.ts';

const JD = `Senior Backend Engineer

Responsibilities:
- Build APIs in Python and run them on AWS.

Requirements:
- 5+ years of professional Python experience.
- Strong PostgreSQL and Docker skills. Docker daily.

Nice to have:
- Kubernetes
- Terraform

Benefits
- Health insurance and an Excel-free life.`;

describe('parseJobDescription', () => {
  const jd = parseJobDescription(JD);

  it('when the posting has a first short line, then it is the title and sets the seniority', () => {
    expect(jd.title).toBe('Senior Backend Engineer');
    expect(jd.seniority).toBe('senior');
  });

  it('when a skill is under the nice-to-have heading, then it is preferred; under requirements, required', () => {
    const importance = Object.fromEntries(jd.skills.map((s) => [s.skill, s.importance]));
    expect(importance).toMatchObject({
      Python: 'required',
      PostgreSQL: 'required',
      Docker: 'required',
      AWS: 'required',
      Kubernetes: 'preferred',
      Terraform: 'preferred',
    });
  });

  it('when a skill is only in the benefits, then it is not a skill of the posting', () => {
    expect(jd.skills.map((s) => s.skill)).not.toContain('Excel');
  });

  it('when the employer describes its own work, then those words are not skills of the posting', () => {
    const skills = parseJobDescription(
      'Digital Library Initiatives has produced a photographic social media archive. The department is currently developing data visualization projects.\n\nRequirements\n- Python and SQL',
    ).skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    expect(skills).not.toContain('Data Visualization');
    expect(skills).not.toContain('Photography');
    expect(
      parseJobDescription('The team is looking for data visualization skills.').skills.map(
        (s) => s.skill,
      ),
    ).toContain('Data Visualization');
  });

  it('when skills repeat and sit in requirements, then they weigh more, and required come first', () => {
    const weight = (name: string) => jd.skills.find((s) => s.skill === name)?.weight ?? 0;
    expect(weight('Python')).toBeGreaterThan(weight('AWS'));
    expect(weight('Docker')).toBe(6);
    const firstPreferred = jd.skills.findIndex((s) => s.importance === 'preferred');
    expect(jd.skills.slice(firstPreferred).every((s) => s.importance === 'preferred')).toBe(true);
  });

  it('when "N+ years of X" is written, then the years are read with their skill', () => {
    expect(jd.yearsRequired).toBe(5);
    expect(jd.yearsDemands).toEqual([{ years: 5, skill: 'Python' }]);
  });

  it('when a sentence says "is a plus", then its skills are preferred even under requirements', () => {
    const p = parseJobDescription('Requirements:\nJava and SQL.\nFamiliarity with AWS is a plus.');
    expect(p.skills.map((s) => [s.skill, s.importance])).toEqual([
      ['Java', 'required'],
      ['SQL', 'required'],
      ['AWS', 'preferred'],
    ]);
  });

  it('when the posting is Spanish, then Requisitos and Deseable headings are understood', () => {
    const p = parseJobDescription(
      'Practicante de Datos\nRequisitos:\nManejo de SQL y Excel\nDeseable:\nPower BI',
    );
    expect(p.seniority).toBe('intern');
    expect(p.skills.map((s) => [s.skill, s.importance])).toEqual([
      ['Excel', 'required'],
      ['SQL', 'required'],
      ['Power BI', 'preferred'],
    ]);
  });

  it('when a title is given, then it wins and its skills become required', () => {
    const p = parseJobDescription(
      'We need someone good. Experience with Java is a plus.',
      'Java Developer',
    );
    expect(p.title).toBe('Java Developer');
    expect(p.skills[0]).toMatchObject({ skill: 'Java', importance: 'required' });
  });

  it('when no title word names a level, then the years decide (3 years -> mid), and none -> mid', () => {
    expect(
      parseJobDescription('Data Analyst\nAt least 3 years of experience with SQL.').seniority,
    ).toBe('mid');
    expect(parseJobDescription('Data Analyst\nSQL.').seniority).toBe('mid');
    expect(parseJobDescription('Data Analyst\nMinimum of 8 years experience.').seniority).toBe(
      'lead',
    );
  });
});

describe('a title that puts the person in charge', () => {
  it('when the title is a lead, head or director role and the text never says leadership, then Leadership is required with the title as its evidence', () => {
    for (const title of ['Tech Lead Backend', 'Head of Data', 'Director of IT', 'Teamleiter IT']) {
      const jd = parseJobDescription('Requirements:\n- Python and PostgreSQL.', title);
      const leadership = jd.skills.find((s) => s.skill === 'Leadership');
      expect(leadership, title).toMatchObject({ importance: 'required', evidence: title });
    }
  });

  it('when a posting that asks for no software speaks of an on-call schedule, then it asks for no Incident Management; one that ships software does', () => {
    const skills = (text: string) => parseJobDescription(text).skills.map((s) => s.skill);
    expect(
      skills(
        'Responsibilities:\n- Provide primary care to patients.\n- Share in on-call schedule.',
      ),
    ).not.toContain('Incident Management');
    expect(
      skills('Responsibilities:\n- Run our Kubernetes clusters.\n- Share in the on-call schedule.'),
    ).toContain('Incident Management');
    expect(
      skills(
        'Responsibilities:\n- Provide primary care to patients.\n- Write postmortems after on-call.',
      ),
    ).toContain('Incident Management');
  });

  it('when the title names no one in charge, then Leadership is not added', () => {
    const jd = parseJobDescription('Requirements:\n- Python and PostgreSQL.', 'Backend Engineer');
    expect(jd.skills.map((s) => s.skill)).not.toContain('Leadership');
  });
});

describe('posting headings in Dutch and the Scandinavian languages', () => {
  const skill = (text: string, name: string) =>
    parseJobDescription(text).skills.find((s) => s.skill === name);
  const english = skill('Intro line.\n\nRequirements\n- Experience with OAuth', 'OAuth');

  it.each([
    ['Norwegian', 'Intro line.\n\nKvalifikasjoner & profil\n- Erfaring med OAuth'],
    ['Swedish', 'Intro line.\n\nVem är du?\n- Erfarenhet av OAuth'],
    ['Dutch', 'Intro line.\n\nFunctie-eisen\n- Ervaring met OAuth'],
  ])(
    'when a %s posting heads its requirements, then what it asks there weighs as a requirement',
    (_language, text) => {
      expect(skill(text, 'OAuth')?.weight).toBe(english?.weight);
    },
  );

  it('when a Swedish posting heads what merits, then what it names there is preferred', () => {
    expect(skill('Intro line.\n\nMeriterande\n- Erfarenhet av OAuth', 'OAuth')?.importance).toBe(
      'preferred',
    );
  });
});
