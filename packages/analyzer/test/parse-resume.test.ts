import { describe, expect, it } from 'vitest';
import { parseJobDescription, parseResume } from '../src/index.ts';
import { findDateRanges, yearsCovered } from '../src/resume/years-of-experience.ts';

const RESUME = `Jane Roe
Senior Software Engineer

Summary
Engineer who likes clean code.

Experience
Acme, Software Engineer, Jan 2019 - Present
- Built payment APIs with Go and PostgreSQL.
Beta Corp, Developer, 2016-2018
- Maintained Java services.

Education
BSc Computer Science, 2012 - 2016

Skills
Go, PostgreSQL, Kubernetes, Rust, Python, Java`;

describe('parseResume', () => {
  const r = parseResume(RESUME);
  const skill = (name: string) => r.skills.find((s) => s.skill === name);

  it('when a skill is used in experience, then it is evidenced with that sentence', () => {
    expect(skill('PostgreSQL')).toMatchObject({
      evidenced: true,
      listed: true,
      evidence: 'Built payment APIs with Go and PostgreSQL.',
    });
  });

  it('when a skill is only in the skills list, then it is listed but not evidenced', () => {
    expect(skill('Kubernetes')).toMatchObject({
      evidenced: false,
      listed: true,
      sections: ['skills'],
    });
  });

  it('when date ranges are in experience, then education years are not counted and Present is the latest year named', () => {
    // 2016-2018 (2 years) + Jan 2019 - Dec 2019 (latest year in the text is 2019).
    expect(r.yearsOfExperience).toBe(3);
  });

  it('when the headline names a level, then that is the seniority', () => {
    expect(r.seniority).toBe('senior');
  });

  it('when ranges are written in different styles, then each is read', () => {
    const ranges = findDateRanges(
      'Jan 2019 - Present\n2016-2018\n03/2020 – 06/2022\nSept. 2020 to Dec 2021\n2023',
    );
    expect(ranges.length).toBe(4);
    expect(yearsCovered(findDateRanges('03/2020 – 06/2022'))).toBe(2.3);
  });

  it('when ranges overlap, then the months are counted once', () => {
    expect(yearsCovered(findDateRanges('2015 - 2020, 2018 - 2021'))).toBe(6);
  });

  it('when the dash of an open range ends the line and Present starts the next, then it is an open range', () => {
    expect(findDateRanges('2017 – Product Manager, Google\nPresent Leading teams. 2020')).toEqual([
      { from: 2017 * 12, to: 2020 * 12 + 11 },
    ]);
  });

  it("when there is no date, then the candidate's own claim of years is used", () => {
    expect(parseResume('I have 6 years of experience building React apps.').yearsOfExperience).toBe(
      6,
    );
  });

  it('when a skill is only a hobby or a rendering setting of the file, then it is no skill', () => {
    const skills = parseResume(`Sam Lee
Experience
- Built dashboards in Python for the sales team
Hobbies & Interests
Photography, Chess
layouts:
  - engine: latex
    typography:
      fontSize: 11pt
    template: moderncv-banking
Skills
Game engine: Unreal Engine`).skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['Python', 'Unreal Engine']));
    for (const wrong of ['Photography', 'LaTeX', 'Typography']) expect(skills).not.toContain(wrong);
  });

  it('when GitHub is only a profile link, then it is no skill', () => {
    for (const text of [
      'Jo Roe\nwww.jo.dev | jo@x.com | Linkedin | Github | (913) 857-3124\nExperience\n- Built APIs in Python',
      'Jo Roe\njoroe\nGitHub\njoroe\nExperience\n- Built APIs in Python',
      '{"profiles": [{"network": "GitHub", "username": "jo"}], "work": [{"summary": "Built APIs in Python"}]}',
      'Projects\nTerminal menu\nGitHub Repository\n- Built a selector in Python',
    ])
      expect(parseResume(text).skills.map((s) => s.skill)).not.toContain('GitHub');
    expect(parseResume('Skills\nGitHub, Docker, Python').skills.map((s) => s.skill)).toContain(
      'GitHub',
    );
  });

  it('when the text is empty, then nothing is found', () => {
    expect(parseResume('')).toEqual({
      skills: [],
      yearsOfExperience: null,
      seniority: null,
      headline: '',
      narrative: '',
    });
  });
});

describe('a teacher and a date range that ends "present"', () => {
  it('when a resume lists "Math Teacher" and "2020 – present Research-Practitioner Partnership", then Teaching is found and Presentation Skills is not', () => {
    const skills = parseResume(
      'EXPERIENCE\nMath Teacher, Oakton High School 2013 – 2016\nCode Virginia 2020 – present\nResearch-Practitioner Partnership member, CS For All',
    ).skills.map((s) => s.skill);
    expect(skills).toContain('Teaching');
    expect(skills).not.toContain('Presentation Skills');
  });
});

describe('talks a CV lists', () => {
  it('when a CV has "Talks and Presentations" and "Speaker at PyCon 2023", then Public Speaking is found', () => {
    const skills = parseResume(
      'EXPERIENCE\nData Engineer, Acme 2020 – 2024\n- Built pipelines in Python\n\nTalks and Presentations\n- Speaker at PyCon 2023: "Scaling ML Systems"',
    ).skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['Public Speaking', 'Python']));
  });
});

describe('research a CV shows by its roles', () => {
  it('when a CV lists "Research Assistant in Robotics" and "Published a research paper", then Research Skills is found', () => {
    const skills = parseResume(
      'EXPERIENCE\n02/2013 – 08/2013 Research Assistant in Robotics, INAOE Robotics Laboratory\n- Published a research paper on sensor fusion in Python',
    ).skills.map((s) => s.skill);
    expect(skills).toEqual(expect.arrayContaining(['Research Skills', 'Python']));
  });
});

describe('collaboration a CV describes', () => {
  const names = (text: string): string[] => parseResume(text).skills.map((s) => s.skill);

  it('when a CV says its work was collaborative, then that names no Teamwork', () => {
    const found = names(
      'Experience\n- Built a collaborative annotation tool in collaboration with the library.\n- Collaborating with clinicians on Python pipelines.',
    );
    expect(found).toContain('Python');
    expect(found).not.toContain('Teamwork');
  });

  it('when a CV names teamwork itself, then Teamwork is found', () => {
    expect(names('Skills\nTeamwork, Python')).toContain('Teamwork');
  });

  it('when a posting asks for collaboration, then it still names Teamwork', () => {
    const skills = parseJobDescription(
      'Requirements:\n- You collaborate with designers and engineers every day.',
    ).skills.map((s) => s.skill);
    expect(skills).toContain('Teamwork');
  });
});

describe("what a CV's work touched", () => {
  const names = (text: string): string[] => parseResume(text).skills.map((s) => s.skill);

  it('when experience lines name databases, a streaming service or a sales team, then those name no skill', () => {
    const found = names(
      'Experience\n- Integrated the app with MySQL and MongoDB databases.\n- Built a music streaming service in Python.\n- Supported the sales team with weekly reports.',
    );
    expect(found).toEqual(expect.arrayContaining(['MySQL', 'MongoDB', 'Python']));
    expect(found).not.toContain('Databases');
    expect(found).not.toContain('Streaming');
    expect(found).not.toContain('Sales');
  });

  it('when experience lines analysed large datasets or built a PoC, then no Big Data or Proof of Concept is read', () => {
    const found = names(
      'Experience\n- Analysed large datasets with Python.\n- Built a PoC for the entrepreneurship programme.',
    );
    expect(found).toContain('Python');
    expect(found).not.toContain('Big Data');
    expect(found).not.toContain('Proof of Concept');
    expect(found).not.toContain('Entrepreneurship');
  });

  it('when a skills section lists databases, streaming or sales, then they are found', () => {
    expect(names('Skills\nDatabases, Streaming, Sales, Python')).toEqual(
      expect.arrayContaining(['Databases', 'Streaming', 'Sales']),
    );
  });
});

describe('resume headings in other languages', () => {
  const sectionsOf = (text: string, skill: string) =>
    parseResume(text).skills.find((s) => s.skill === skill)?.sections;

  it.each([
    [
      'French',
      'Jeanne Dupont\nExpérience professionnelle\nDéveloppeuse, Acme, 2019-2023\nCompétences techniques\nKubernetes, Terraform\nFormation\nMaster, 2018',
    ],
    [
      'German',
      'Max Muster\nBerufserfahrung\nEntwickler, Acme, 2019-2023\nIT-Kenntnisse\nKubernetes, Terraform\nAusbildung\nM.Sc., 2018',
    ],
    [
      'Italian',
      'Mario Rossi\nEsperienze professionali\nSviluppatore, Acme, 2019-2023\nCompetenze tecniche\nKubernetes, Terraform\nIstruzione\nLaurea, 2018',
    ],
    [
      'Swedish',
      'Anna Berg\nArbetslivserfarenhet\nUtvecklare, Acme, 2019-2023\nKompetenser\nKubernetes, Terraform\nUtbildning\nCivilingenjör, 2018',
    ],
  ])(
    'when a %s CV heads its skills section, then what it lists there is listed in the skills section',
    (_language, text) => {
      expect(sectionsOf(text, 'Kubernetes')).toEqual(['skills']);
    },
  );

  it('when a German CV names its projects after its hobbies, then the projects are no pastime', () => {
    const text =
      'Max Muster\nHobbys\nFotografie, Schach\nProjekte\nEine Android-App mit Kotlin gebaut.';
    expect(sectionsOf(text, 'Kotlin')).toEqual(['projects']);
  });
});

describe('a resume pasted as JSON Resume text (1.8.341)', () => {
  const sectionsOf = (text: string, skill: string) =>
    parseResume(text).skills.find((s) => s.skill === skill)?.sections;
  const json = (interests: string) =>
    [
      '{',
      '  "work": [',
      '    { "name": "Acme", "highlights": ["Built reporting pipelines in Python"] }',
      '  ],',
      '  "skills": [',
      '    { "name": "Data", "keywords": ["SQL"] }',
      '  ],',
      '  "interests": [',
      `    { "name": "Hobbies", "keywords": [${interests}] }`,
      '  ]',
      '}',
    ].join('\n');

  it('when a JSON resume lists interests under "interests", then their keywords are no skills', () => {
    const names = parseResume(json('"Neural Networks", "Swift"')).skills.map((s) => s.skill);
    expect(names).not.toContain('Neural Networks');
    expect(names).toContain('SQL');
  });

  it('when a JSON resume names a tool in "work", then it is used in experience; in "skills", listed', () => {
    expect(sectionsOf(json('"Chess"'), 'Python')).toEqual(['experience']);
    expect(sectionsOf(json('"Chess"'), 'SQL')).toEqual(['skills']);
  });

  it('when a JSON key holds a text, not a list, then it is no heading', () => {
    const text = '{\n  "summary": "Skills in Kubernetes",\n  "interests": "Swift"\n}';
    expect(parseResume(text).skills.map((s) => s.skill)).toContain('Kubernetes');
  });
});

describe('a job title a skill also names (1.8.349)', () => {
  const text =
    'Hoang Nguyen\nCareer objective\nStudent of information assurance.\nExperience\nSecurity Analyst Intern (SOC)\n06/2024 - 09/2024\n- Triaged SIEM alerts in Splunk.';

  it('when an experience line is "Security Analyst Intern (SOC)", then it stays in the narrative the role fit reads', () => {
    expect(parseResume(text).narrative).toContain('Security Analyst Intern (SOC)');
  });

  it('when an experience line is a bare skill list, then it stays out of the narrative', () => {
    const listed = 'Jane Doe\nExperience\nAcme, 2020-2023\nPython, SQL, Docker, Kubernetes';
    expect(parseResume(listed).narrative).not.toContain('Python, SQL');
  });
});

describe('a section of the talks a person gave (1.8.367)', () => {
  const speaking = (text: string) =>
    parseResume(text).skills.find((s) => s.skill === 'Public Speaking');

  it.each([
    'Jane Doe\nProduct Designer\n\n## Speaking\n\n- "Building Design Systems That Scale" - Config 2023\n',
    'Ryan Roe\nLibrarian\nSELECTED PRESENTATIONS &\nPOSTERS\n2017 Library & laboratory: digital projects.\nDigital Library Forum.\n',
    'Bran Walsh\nInstructor\nConferences and Presentations\n"Noise in the Street," Joyce Symposium, Dublin, Ireland, June 2012.\n',
    // 1.8.393: Spanish, with a long note on its marks.
    'Jorge Pérez\nEconomista\nPresentaciones (*=Coautor, +=Panel de política pública)\n2022 Stata Latin America Conference, Bogotá.\n',
  ])(
    'when a CV has a talks section with a dated talk (%j), then Public Speaking is work it shows',
    (text) => {
      const skill = speaking(text);
      expect(skill?.strength).toBe('experience');
      expect(skill?.provenance.section).toBe('other');
    },
  );

  it('when a template leaves the talks section empty (a loop, no talk), then Public Speaking is not found', () => {
    const text =
      'Ben Huber\nBiostatistician\n\n# Talks\n\n<ul>{% for post in site.talks %}{% include archive-single-talk.html %}{% endfor %}</ul>\n';
    expect(speaking(text)).toBeUndefined();
  });

  it('when "Presentations" is a word in a skills list, then no talk is read from it', () => {
    expect(
      speaking('Jo Doe\nSkills\nDocumentation, Presentations, Mentoring (2019)\n'),
    ).toBeUndefined();
  });
});

describe('a template’s empty sections, journals and authors (1.8.369)', () => {
  const skillsOf = (text: string) => parseResume(text).skills.map((s) => s.skill);

  it('when a site template’s Teaching heading sits over a loop only, then Teaching is not found', () => {
    const text =
      'Jo Roe\nGIS Analyst\n\nSkills\n* Python, SQL, ArcGIS\n\nTeaching\n======\n  <ul>{% for post in site.teaching %}\n    {% include archive-single-cv.html %}\n  {% endfor %}</ul>\n';
    const found = skillsOf(text);
    expect(found).not.toContain('Teaching');
    expect(found).toContain('Python');
  });

  it('when a Teaching section lists a course taught, then Teaching is found', () => {
    const text =
      'Jo Roe\nLecturer\n\nTeaching\n======\n* Taught Introduction to GIS, Fall 2021, University of Utah\n';
    expect(skillsOf(text)).toContain('Teaching');
  });

  it.each([
    'Publications\nZhang, I. P. Superconducting devices. Computer Physics Communications 280, 108464 (2022).',
    'Service\n2024 - Nature Communications, Reviewed 1 Article.',
    'Experience\nOperational processes included respondent communications and data quality control.',
  ])('when a CV names a journal or what was sent (%j), then Communication is not found', (line) => {
    expect(skillsOf(`Jo Roe\nScientist\n\n${line}\n`)).not.toContain('Communication');
  });

  it('when a CV lists Ray among authors, then the framework is not found', () => {
    const text =
      'Jo Roe\nPhysicist\n\nSkills\nPython, Kubernetes, PyTorch\n\nPublications\nBland, Nana Shumiya, Ray D. Imaging of films (2022).\n';
    expect(skillsOf(text)).not.toContain('Ray');
  });

  it('when a CV scales training with Ray Tune, then Ray is found', () => {
    expect(
      skillsOf('Jo Roe\nML Engineer\n\nExperience\nScaled training with Ray Tune.\n'),
    ).toContain('Ray');
  });
});

describe('a teacher’s post in Romance languages, a printed page’s file address, a conference (1.8.370)', () => {
  const skillsOf = (text: string) => parseResume(text).skills.map((s) => s.skill);

  it.each([
    'experience:\n  - title: "Profesor de matemáticas"\n    company: IES Ítaca\n    date_start: "2019-09-01"',
    'Experiência\nProfessor adjunto, Universidade Federal, 2015–2020',
    'Esperienze\nInsegnante di informatica, ITIS Galilei, 2018-2022',
  ])('when a CV names a teaching post (%j), then Teaching is found', (text) => {
    expect(skillsOf(`Ana Ruiz\n${text}\n`)).toContain('Teaching');
  });

  it('when a printed page’s footer is a file:/// address, then its words are no skills', () => {
    const text =
      'Dawn Roe\nEKG Technician\n8/2/25, 3:38 PM Dawn Roe - EKG Technician CV file:///Users/me/cv/generated/Dawn_Roe_Single_Page_CV.html 1/2\nExperience\nRecorded EKGs.';
    expect(skillsOf(text)).not.toContain('Single Page Applications');
  });

  it('when a CV names a talk at SciPy 2024, then the library is not found', () => {
    const text =
      'Jo Roe\nEngineer\nSkills\nPython, NumPy\nTalks\nEchostack Talk at SciPy 2024: a recording.\n';
    expect(skillsOf(text)).not.toContain('SciPy');
  });

  it('when a CV uses SciPy in work, then SciPy is found', () => {
    expect(skillsOf('Jo Roe\nExperience\nFitted models with SciPy and NumPy.\n')).toContain(
      'SciPy',
    );
  });
});

describe('a resume kept as source code, its module imports (1.8.376)', () => {
  const skillsOf = (text: string): string[] => parseResume(text).skills.map((s) => s.skill);

  it('when a resume page imports a library, then the library is no skill', () => {
    const page = [
      "import { Chart } from 'chart.js';",
      '',
      'Experience',
      'Product Manager, Acme (2019 - 2024)',
      '- Ran user interviews and wrote product requirements in Jira.',
    ].join('\n');
    const skills = skillsOf(page);
    expect(skills).toContain('Jira');
    expect(skills).not.toContain('Chart.js');
  });

  it('when the experience names the library, then it is still found', () => {
    const text =
      "import { Chart } from 'chart.js';\n\nExperience\n- Drew the sales charts with Chart.js.\n";
    expect(skillsOf(text)).toContain('Chart.js');
  });
});

describe("an employer's name before its legal form (1.8.377)", () => {
  const skillsOf = (text: string): string[] => parseResume(text).skills.map((s) => s.skill);

  it.each([
    ['Experience\nMAI 2019 Kaizen Fashion Sàrl\nLausanne\n- Sold clothes.\n', 'Lean Manufacturing'],
    [
      'Experience\nData Analyst, Tableau Partners Ltd (2019 - 2023)\n- Built dashboards in Power BI.\n',
      'Tableau',
    ],
  ])('when the experience reads %j, then %s is no skill', (text, skill) => {
    expect(skillsOf(text)).not.toContain(skill);
  });

  it('when the work itself names the skill, then it is still found', () => {
    expect(
      skillsOf(
        'Experience\nData Analyst, Acme Inc (2019 - 2023)\n- Built dashboards in Tableau.\n',
      ),
    ).toContain('Tableau');
  });
});

describe('headings with their letters spaced out (1.8.379)', () => {
  const sectionsOf = (text: string, skill: string): string[] =>
    parseResume(text).skills.find((s) => s.skill === skill)?.sections ?? [];

  it('when a resume heads its parts "W O R K E X P E R I E N C E" and "S K I L L S", then they are its sections', () => {
    const text = [
      'JANE DOE',
      'W O R K E X P E R I E N C E',
      '2020 - 2024 Acme, Software engineer',
      'Built the billing service in Kotlin.',
      'S K I L L S',
      'Terraform',
    ].join('\n');
    expect(sectionsOf(text, 'Kotlin')).toEqual(['experience']);
    expect(sectionsOf(text, 'Terraform')).toEqual(['skills']);
  });

  it('when spaced letters spell no heading, then they open no section', () => {
    const text = 'JANE DOE\nJ A N E D O E\nBuilt the billing service in Kotlin.\n';
    expect(sectionsOf(text, 'Kotlin')).toEqual(['header']);
  });
});

describe('a ray of light is not Ray (1.8.380)', () => {
  const skillsOf = (text: string): string[] => parseResume(text).skills.map((s) => s.skill);

  const skills = 'Skills\nPython, PyTorch, Kubernetes, distributed systems\n';

  it.each([
    'Projects\n- Developed a ray tracing pipeline in C++ for rendering images.\n',
    'Projects\n- Wrote a ray-casting renderer for voxel scenes.\n',
    'Experience\n- Analysed X-ray images of welds with Python.\n',
  ])('when a resume reads %j, then Ray is no skill', (text) => {
    expect(skillsOf(`${skills}${text}`)).not.toContain('Ray');
  });

  it("when the work uses Ray's libraries, then Ray is still found", () => {
    expect(
      skillsOf('Experience\n- Scaled model training with Ray Tune and Ray Serve on Kubernetes.\n'),
    ).toContain('Ray');
  });
});

describe('a section of the papers a person published (1.8.382)', () => {
  const writing = (text: string) =>
    parseResume(text).skills.find((s) => s.skill === 'Scientific Writing');

  it.each([
    'Ana Ruiz\nEpidemiologist\n\nPUBLICATIONS\nRuiz A., Lee K. (2023). Hepatitis C care in rural clinics. Journal of Public Health, 45(2), 101–110.\n',
    'Paul Marin\nChercheur\n\nPublications évaluées par les pairs\n2024 Marin P. et al., « Séparation de sources audio », Revue de traitement du signal.\n',
    'Ian Cole\nChemist\n\n## Peer-Reviewed Publications\n- Cole I., Smith J. Uranyl peroxide clusters. Inorganic Chemistry 2022, doi:10.1021/acs.\n',
  ])(
    'when a CV lists a dated paper under its publications (%j), then Scientific Writing is work it shows',
    (text) => {
      const skill = writing(text);
      expect(skill?.strength).toBe('experience');
      expect(skill?.provenance.section).toBe('other');
    },
  );

  it('when a publications section lists dated blog posts with no journal, co-author or DOI, then Scientific Writing is not found', () => {
    const text =
      'Sam Lee\nData Analyst\n\nPublications\nMarch 2024 - Five charts I like, on my blog.\nJune 2023 - Cleaning survey data in R.\n';
    expect(writing(text)).toBeUndefined();
  });

  it('when a template leaves the publications section empty (no year), then Scientific Writing is not found', () => {
    const text =
      'Ben Huber\nBiostatistician\n\n# Publications\n\n{% for post in site.publications %}{% endfor %}\n';
    expect(writing(text)).toBeUndefined();
  });
});

describe('a publications section a CV names in its own way (1.8.398)', () => {
  const writing = (text: string) =>
    parseResume(text).skills.find((s) => s.skill === 'Scientific Writing');

  it.each([
    'Ana Medina\nResearch Coordinator\nPUBLICATIONS\nWang, J., Turesky, T., Loh, M., & Gaab, N.\n(2024). Lateralization of activation in sleeping infants. Brain & Language, 257, 105461.\n',
    'Pablo Pérez\nPlant Biologist\nPUBLICATIONS\nPérez P†, Toth J †, Wright D, Marks H (2025). WALLFLOWER, a receptor-like kinase.\n',
    'Pablo Fernández\nEconomista\n4. Papers Publicados\nBergman, M., Fernández, P. (2025). Affective polarization in Latin America. Latin American Politics and Society, 1-19.\n',
    'René García\nMatemático\nArtículos de investigación\n1 García-Lara, R. I., & Speight, J. M. (2023). The geometry of vortices. Communications in Mathematical Physics.\n',
    'Bettina Milanesio\nProfesora\nPublicaciones en Revistas, Congresos y Reuniones Científicas\n2025 Milanesio, B. y Burgos, M. Competencias de estudiantes universitarios. Revista Uruguaya, 5(2).\n',
  ])(
    'when a CV lists a dated paper under such a heading (%j), then Scientific Writing is work it shows',
    (text) => {
      expect(writing(text)?.strength).toBe('experience');
    },
  );

  it('when a list of names with initials heads no papers (a team page), then Scientific Writing is not found', () => {
    const text =
      'Jane Roe\nProduct Manager\nTeam\n2024 Wang, J., Turesky, T., Loh, M. joined the squad.\n';
    expect(writing(text)).toBeUndefined();
  });
});

describe('a section of the grants a person won (1.8.385)', () => {
  const grants = (text: string) =>
    parseResume(text).skills.find((s) => s.skill === 'Grant Writing');

  it.each([
    'Zoe Dunbar\nProfessor of Social Work\n\nGRANTS & FELLOWSHIPS\n2021 National Institute of Mental Health, co-investigator, $120,000.\n',
    'Paul Marin\nChercheur\n\nFinancements\n2022-2025 ANR JCJC, porteur du projet, 250 k€.\n',
  ])(
    'when a CV lists a dated grant under its grants heading (%j), then Grant Writing is work it shows',
    (text) => {
      const skill = grants(text);
      expect(skill?.strength).toBe('experience');
      expect(skill?.provenance.section).toBe('other');
    },
  );

  it('when grants close a list of prizes ("Prizes and Grants"), then Grant Writing is not found', () => {
    const text =
      'Erika Korb\nAstrophysicist\n\nPrizes and Grants\n2024 Fondazione Gini Scholarship, 4600 € for a research stay.\n';
    expect(grants(text)).toBeUndefined();
  });
});

describe('what referees say of the person (1.8.389)', () => {
  const names = (text: string) => parseResume(text).skills.map((s) => s.skill);

  it("when a CV quotes its recommendations, then the referees' words and titles show no skill of the CV", () => {
    const text =
      'Scott Roe\nNetwork Architect\n\nExperience\nAcme, Network Architect, 2015 - 2023\n- Designed campus networks with Cisco routers\n\nPROFESSIONAL RECOMMENDATIONS\n"Scott is a superb team player, oriented for detail, and his work ethic is unmatched."\nJason T. Williams, CISSP - Cybersecurity Advisor\n';
    const found = names(text);
    expect(found).toContain('Cisco');
    expect(found).not.toContain('CISSP');
    expect(found).not.toContain('Work Ethic');
    expect(found).not.toContain('Teamwork');
  });

  it('when a CV ends with "References available upon request", then a line after it still shows skills', () => {
    const text =
      'Florence Roe\nNurse\n\nExperience\n1854-1856 Barracks Hospital\nCared for patients.\nReferences available upon request\nPython, SQL, Kubernetes\n';
    expect(names(text)).toContain('Kubernetes');
  });

  it('when a references heading sits in a column of headings, then the text after it still shows skills', () => {
    const text =
      'Annie Roe\nTeacher\n\nAwards\nReferences\nSummer Teaching Assistant, 2019\n* Managed a classroom of 14 students with special education needs\n';
    expect(names(text)).toContain('Classroom Management');
  });
});

describe('a firm named with "& Co." (1.8.390)', () => {
  it('when a CV names its employer "Spark & Co.", then Apache Spark is not found; used, it is', () => {
    const names = (text: string) => parseResume(text).skills.map((s) => s.skill);
    expect(
      names(
        'Jordan Ellis\nMarketing Manager\n\nExperience\nSpark & Co., Marketing Manager, 2019 - 2023\n- Ran campaigns\n',
      ),
    ).not.toContain('Apache Spark');
    expect(
      names(
        'Jo Roe\nData Engineer\n\nExperience\nAcme & Co., Data Engineer, 2019 - 2023\n- Built pipelines with Spark and Python\n',
      ),
    ).toContain('Apache Spark');
  });
});

describe('a paper or a report cited by its quoted title (1.8.433)', () => {
  const writing = (text: string) =>
    parseResume(text).skills.find((s) => s.skill === 'Scientific Writing');

  it.each([
    'Jon Wurtz\nEpidemiologist\nPUBLICATIONS\nReports\n1. Wurtz J, “State Viral Hepatitis Cluster Detection and Response Manual” Bureau of Health 2025\n',
    'Jean Garnier\nGéographe\nPublications\nGarnier J., 2025, « Jumeaux numériques et 3D géospatiale sur le web », Préhistoires Méditerranéennes.\n',
    'Jorge Pérez\nEconomista\nPublicaciones\nArtículos\nPérez, Jorge (2020). “The Minimum Wage in Formal and Informal Sectors”. World Development 133.\n',
  ])(
    'when a publications section cites a dated title in typographic quotes (%j), then Scientific Writing is work it shows',
    (text) => {
      expect(writing(text)?.strength).toBe('experience');
    },
  );

  it("when the only quote under a publications heading is a referee's words further down, then Scientific Writing is not found", () => {
    const text = `Rick Hend\nProgrammer\nPUBLICATIONS\nVideo compression for 3d media | Hooli 2014-10-01\nA middle-out compression algorithm.\n${'Certificates and courses line.\n'.repeat(8)}REFERENCES\n“It is my pleasure to recommend Rick, his performance as a consultant proved his worth.”\n`;
    expect(writing(text)).toBeUndefined();
  });
});

describe('the talks of a French academic CV, headed "Communications" (1.8.433)', () => {
  const speaking = (text: string) =>
    parseResume(text).skills.find((s) => s.skill === 'Public Speaking');

  it.each([
    'Marion Tosi\nDoctorante en économie\nCOMMUNICATIONS\n2025\nCommunication au séminaire du centre Alcide de Gasperi, Strasbourg\n',
    'Pablo Barnier\nMaître de conférences\nCommunications et séminaires\n16 oct. 2018 « 68 dans les Amériques », colloque organisé à Paris\n',
  ])(
    'when a "Communications" section lists a dated talk at a meeting (%j), then Public Speaking is work it shows',
    (text) => {
      expect(speaking(text)?.strength).toBe('experience');
    },
  );

  it('when an English CV heads its communications jobs "Communications", then no talk is read from it', () => {
    const text =
      'Joanna Shea\nPublic Affairs\nCommunications\n2012 - 2015 Press officer, City of Boston: press releases and media relations.\n';
    expect(speaking(text)).toBeUndefined();
  });
});

describe('a section of the students a person supervised (1.8.434)', () => {
  const mentoring = (text: string) => parseResume(text).skills.find((s) => s.skill === 'Mentoring');

  it.each([
    'Paul Lerner\nChercheur postdoctoral\nEncadrement\nNastaran Babaie – Stage M2, Sorbonne Université, février–août 2023\n',
    'Guillaume Rosin\nChercheur\nEncadrements\n2023 Mémoire de Master de Adrien Giot et Maxime Neuville, UCLouvain\n',
  ])(
    'when a CV lists a dated supervision under such a heading (%j), then Mentoring is work it shows',
    (text) => {
      expect(mentoring(text)?.strength).toBe('experience');
    },
  );

  it('when a template leaves the supervision section empty (no year), then Mentoring is not found', () => {
    const text =
      'Ben Huber\nBiostatistician\n\n# Student Supervision\n\n{% for s in site.students %}{% endfor %}\n';
    expect(mentoring(text)).toBeUndefined();
  });
});
