import { describe, expect, it } from 'vitest';
import { seniorityFromTitle, seniorityFromYears, seniorityGap } from '../src/jd/seniority.ts';
import { findYearsDemands } from '../src/jd/years-required.ts';
import { roleFit } from '../src/score/role-fit.ts';
import { foldAccents } from '../src/text/fold.ts';
import { headingOf, splitSections } from '../src/text/sections.ts';
import { sentenceAround } from '../src/text/sentences.ts';
import { tokenize } from '../src/text/tokenize.ts';

describe('text rules', () => {
  it('when accents are folded, then the length is kept so offsets stay valid', () => {
    const text = 'Análisis de datos y gestión';
    expect(foldAccents(text)).toBe('Analisis de datos y gestion');
    expect(foldAccents(text).length).toBe(text.length);
  });

  it('when a text has characters that fold to themselves or pairs of code units, then only accents go', () => {
    // A text with nothing to fold comes back as it is.
    for (const text of ['• Python\n• Go', '软件工程师 Python', 'مهندس برمجيات', ''])
      expect(foldAccents(text)).toBe(text);
    // A lone high surrogate seen first does not stop the pair it starts elsewhere from
    // folding: MUSICAL SYMBOL HALF NOTE (U+1D15E) is U+1D157 with a combining stem.
    const text = '\ud834 é \u{1D15E} ñ';
    expect(foldAccents(text)).toBe('\ud834 e \u{1D157} n');
    expect(foldAccents(text).length).toBe(text.length);
  });

  it('when text is tokenized, then dotted names, leading dots and ++/# stay whole and hyphens split', () => {
    expect(
      tokenize('Node.js, .NET, C++ and C# on front-end e.g. things.').map((t) => t.norm),
    ).toEqual(['node.js', '.net', 'c++', 'and', 'c#', 'on', 'front', 'end', 'e.g', 'things']);
  });

  it('when a line is a heading (alone or inline with a colon), then its section is recognised', () => {
    const vocab = { requirements: ['requirements', 'requisitos'], preferred: ['nice to have'] };
    expect(headingOf('REQUIREMENTS', vocab)).toBe('requirements');
    expect(headingOf('• Nice to have:', vocab)).toBe('preferred');
    expect(headingOf('requisitos: manejo de excel', vocab)).toBe('requirements');
    expect(headingOf('Requirements are changing fast in this team', vocab)).toBeNull();
    const spans = splitSections(
      'intro\nRequirements\nSQL\nNice to have\nGo',
      vocab,
      'intro' as string,
    );
    expect(spans.map((s) => s.key)).toEqual(['intro', 'requirements', 'preferred']);
  });

  it('when evidence is cut, then it is the sentence, across a wrapped line, without the bullet', () => {
    const text = 'Summary.\n• Built services with Go and\npostgres for payments. Next sentence.';
    const at = text.indexOf('postgres');
    expect(sentenceAround(text, at, at + 8)).toBe(
      'Built services with Go and postgres for payments.',
    );
  });

  it('when titles and years are read, then the seniority follows', () => {
    expect(seniorityFromTitle('Sr. Data Engineer')).toBe('senior');
    expect(seniorityFromTitle('Practicante de Riesgos')).toBe('intern');
    expect(seniorityFromTitle('Staff Engineer')).toBe('lead');
    expect(seniorityFromTitle('Data Engineer')).toBeNull();
    expect([0, 1, 3, 6, 10].map(seniorityFromYears)).toEqual([
      'intern',
      'junior',
      'mid',
      'senior',
      'lead',
    ]);
    expect(seniorityGap('junior', 'lead')).toBe(3);
  });

  it('when years are demanded in several ways, then each is read and unrelated numbers are not', () => {
    const text = foldAccents(
      'At least 3 years of experience. 2-4 years with SQL. Minimum of five years in Java. Over the next five years we grow. 3 años de experiencia.',
    );
    expect(findYearsDemands(text)).toEqual([
      { years: 3, skill: null },
      { years: 2, skill: 'SQL' },
      { years: 5, skill: 'Java' },
      { years: 3, skill: null },
    ]);
  });

  it("when the resume names the posting's role family, then role fit is full; a near family gets part", () => {
    expect(roleFit('Senior Frontend Engineer', 'Front-End Developer with React')).toBe(1);
    expect(roleFit('Full Stack Engineer', 'Backend engineer, Go and Postgres')).toBe(0.6);
    expect(roleFit('Product Manager', 'Backend engineer, Go and Postgres')).toBe(0);
    // Families beyond software, in the posting's language: a pediatrician is a physician, a
    // Linux sysadmin is near a DevOps role, a project coordinator manages programs.
    expect(roleFit('Physician (MD/DO)', 'Pediatrician, Children’s Hospital')).toBe(1);
    expect(roleFit('Médico de familia', 'Physician at a rural clinic')).toBe(1);
    expect(roleFit('DevOps Engineer', 'Linux system administrator since 2015')).toBe(0.6);
    expect(roleFit('Program Manager', 'Project Coordinator, Historical Newspapers')).toBe(1);
    expect(roleFit('Physician', 'Registered nurse on a cardiac ward')).toBe(0.6);
    // A role noun of every field shares no field: a UX specialist is no IT support specialist.
    expect(roleFit('IT Support Specialist', 'UX specialist for mobile apps')).toBe(0);
    expect(roleFit('IT Support Specialist', 'Linux-Administrator, Netzwerke')).toBe(1);
  });

  it('when a title names software development of no particular kind, in any language, then any kind of developer fits it and the word "software" alone does not', () => {
    expect(
      roleFit('Softwareentwickler für Webanwendungen', 'Backend engineer, Go and Postgres'),
    ).toBe(1);
    expect(roleFit('Desarrollador Jr. de Software', 'Front-End Developer with React')).toBe(1);
    expect(roleFit('Senior Software Engineer', 'Full-stack developer at a start-up')).toBe(1);
    // An accountant who names "accounting software" is no software engineer.
    expect(
      roleFit('Senior Software Engineer', 'Senior accountant; accounting software rollout'),
    ).toBe(0);
    // A computer science student half meets a developer role; the title's other words still count.
    expect(roleFit('Junior Developer', 'BSc Computer Science, 2024')).toBe(0.5);
    expect(roleFit('Research Software Engineer', 'Research nurse; clinical software')).toBe(0.5);
    expect(roleFit('QA Automation Developer', 'QA engineer, Selenium and Cypress')).toBe(1);
  });

  it('when a posting asks for a health educator or a paralegal and the resume tells teaching or legal work, then the family fits', () => {
    expect(roleFit('Health Educator II', 'High school biology teacher, 2015-2022')).toBe(1);
    expect(roleFit('Paralegal', 'Attorney at a legal aid clinic')).toBe(1);
    expect(roleFit('Health Educator II', 'Backend engineer, Go and Postgres')).toBe(0);
  });
});
