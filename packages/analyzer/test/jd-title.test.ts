import { describe, expect, it } from 'vitest';
import { deriveJdTitle } from '../src/jd/jd-title.ts';

describe('the title of a posting sent without one', () => {
  it('when the posting says "we are hiring a X", then X is the title', () => {
    expect(deriveJdTitle('', 'We are hiring a Senior Frontend Engineer\nYou will build UIs.')).toBe(
      'Senior Frontend Engineer',
    );
  });

  it('when the posting labels its title, then the label wins (English and Spanish)', () => {
    expect(deriveJdTitle('', 'Acme Corp\nJob title: Data Analyst\nAbout us...')).toBe(
      'Data Analyst',
    );
    expect(deriveJdTitle('', 'Banco Sur\nPuesto: Analista de Riesgos\nFunciones')).toBe(
      'Analista de Riesgos',
    );
  });

  it('when a browser printed a date, a URL, a page count and a menu first, then none of them is the title', () => {
    const printed = [
      '13/1/24, 15:01',
      'https://careers.example.org/jobs/123',
      'Page 1 of 3',
      'Home | Jobs | About',
      'Collections Manager - Career Portal',
      'The museum seeks a collections manager.',
    ].join('\n');
    expect(deriveJdTitle('', printed)).toBe('Collections Manager');
  });

  it('when a call names its role ("Convocatoria para X en Lima"), then X is the title', () => {
    expect(
      deriveJdTitle('', '12/1/24, 18:12\nBBVA: Convocatoria para Practicante de Riesgos en Lima'),
    ).toBe('Practicante de Riesgos');
  });

  it('when a status note leads the title or a byline and an equal-opportunity line come first, then neither is the title', () => {
    expect(deriveJdTitle('', '[Open] Research Data Analyst\nThe lab seeks an analyst.')).toBe(
      'Research Data Analyst',
    );
    expect(
      deriveJdTitle(
        '',
        'By Jane_Doe\nAcme is an Equal Opportunity Employer\nData Engineer\nYou will build pipelines.',
      ),
    ).toBe('Data Engineer');
  });

  it('when the title carries its workload or its number of posts, then both are notes', () => {
    expect(
      deriveJdTitle('', 'Part-Time Reading Room Assistant (2 Positions)\nThe archive seeks...'),
    ).toBe('Reading Room Assistant');
  });

  it('when a headline says the employer is hiring a role in lower case, then that role is the title', () => {
    expect(
      deriveJdTitle('', '---\ntitle: DataCite is hiring an application developer\n---\nWe...'),
    ).toBe('Application developer');
  });

  it('when a unit follows the role after a dash, or a recruitment word or a plural surrounds it, then the role alone is the title', () => {
    expect(deriveJdTitle('', 'Technical Support Analyst — Platform Support Team\nAbout...')).toBe(
      'Technical Support Analyst',
    );
    expect(deriveJdTitle('', "Recrutement Ingénieur d'études\nLe laboratoire...")).toBe(
      "Ingénieur d'études",
    );
    expect(deriveJdTitle('', 'Postdocs\nThe lab seeks two postdocs.')).toBe('Postdoc');
  });

  it('when a French page recruits "d\'un-e" role in lower case, then the role is the title, capitalised; a role written in lower case stays', () => {
    expect(
      deriveJdTitle(
        '',
        '+++\ntitle = "Recrutement d‘un-e chargé-e de projets et d’animation"\n+++\nLe CEF recrute.',
      ),
    ).toBe('Chargé-e de projets et d’animation');
    expect(deriveJdTitle('', 'iOS Developer\nWe build apps.')).toBe('iOS Developer');
  });

  it('when a front matter names the post with "titel:" and its contact person with "position:", then the titel is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\nlayout: job\ntitel: "Erzieherin"\nposition: "Geschäftsführerin und Einrichtungsleitung"\n---\n## Aufgaben:\n- Betreuung von Kindern',
      ),
    ).toBe('Erzieherin');
    expect(deriveJdTitle('', '---\ntitre: "Chargée de mission"\n---\nMissions')).toBe(
      'Chargée de mission',
    );
  });

  it('when a page is titled "Vacatures" or its title label ends in the site\'s name after a gender marker, then the post is the title; a site and its section stay as they are', () => {
    expect(
      deriveJdTitle('', '---\ntitle: Vacatures\n---\n#### Leerkracht klas 1-6\nOnze school zoekt.'),
    ).toBe('Leerkracht klas 1-6');
    expect(
      deriveJdTitle('', '---\ntitle: Erzieherin (m/w/d) | HermesHof\n---\nDein Aufgabengebiet'),
    ).toBe('Erzieherin');
    expect(
      deriveJdTitle('', '---\ntitle: Còdec | Anuncis\n---\n# Còdec busca desenvolupadora'),
    ).not.toBe('Còdec');
  });

  it('when a title is given, then it is kept as it is', () => {
    expect(deriveJdTitle(' Java Developer ', 'We are hiring a Go Engineer')).toBe('Java Developer');
  });

  it('when the top holds only a company name and headings, then neither is the title', () => {
    expect(deriveJdTitle('', 'Acme Inc.\nAbout us\nWe build stuff.\nRequirements: React')).toBe('');
    expect(
      deriveJdTitle(
        '',
        '13/1/24, 15:01\nhttps://acme.com/jobs/1\nAcme Corporation\nThe museum seeks a person.',
      ),
    ).toBe('');
  });

  it.each([
    [
      'a site name follows the title',
      'Careers at Globex\nData Scientist - Globex Careers',
      'Data Scientist',
    ],
    [
      'the lead names a team',
      'Stripe is hiring a Staff Software Engineer, Payments',
      'Staff Software Engineer, Payments',
    ],
    [
      'a note on years follows',
      'Job Description: Front End Engineer (2 Years of Experience)\nAcme',
      'Front End Engineer',
    ],
    [
      'a note on the contract follows',
      'Job Title: Curator of Natural History (Full-time)',
      'Curator of Natural History',
    ],
    [
      'a part of the role is in parentheses',
      'Job title: Engineer (Platform)',
      'Engineer (Platform)',
    ],
  ])('when %s, then the title is the role alone', (_, text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });
});

describe('titles in labels and under template headings', () => {
  it('when a label quotes its title (front matter), then the title comes without the quotes', () => {
    expect(
      deriveJdTitle('', '---\ntitle: "Site Reliability Engineer"\n---\nWe run services.'),
    ).toBe('Site Reliability Engineer');
  });

  it('when a posting opens with a "Job brief" heading, then the heading is not the title', () => {
    expect(
      deriveJdTitle('', 'Job brief\nWe are looking for a Game Developer to build our titles.'),
    ).toBe('Game Developer');
  });
});

describe('titles after adjectives', () => {
  it('when adjectives stand before the title ("a specialized Game Developer"), then the title is found without them', () => {
    expect(deriveJdTitle('', 'We are looking for a specialized Game Developer to join us.')).toBe(
      'Game Developer',
    );
    expect(deriveJdTitle('', 'We are seeking an experienced, Senior Data Engineer.')).not.toBe('');
  });

  it('when lower-case words before a capital are not adjectives ("a team player with Python"), then that capital is not taken as the title', () => {
    expect(
      deriveJdTitle('', 'Backend Engineer\nWe are looking for a team player with Python.'),
    ).toBe('Backend Engineer');
  });
});

describe('titles of job-family pages', () => {
  it('when the label names a department, not a role, then the first line of the top that names a role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Customer Success"\n---\n\n## Customer Success Manager Roles at Acme\n\n## Responsibilities\n- Own renewals.',
      ),
    ).toBe('Customer Success Manager');
  });

  it('when the label names a family of roles and no line names a role, then "Roles" is dropped', () => {
    expect(
      deriveJdTitle('', '---\ntitle: "Payroll Roles"\n---\n\n## Payroll\n- Run payroll.'),
    ).toBe('Payroll');
  });

  it('when the label names a role, then a later heading does not replace it', () => {
    expect(
      deriveJdTitle('', 'Job title: Registrar\n\n# Collections Manager of the museum\nText.'),
    ).toBe('Registrar');
  });
});

describe('titles of pages, data and postings in other languages', () => {
  it('when front matter holds an indented title (an image) and comments, then the page title is read', () => {
    const page = [
      '---',
      '# title: the template comment',
      'image:',
      '  title: Company-Logo',
      'title: "Office of Solutions: Cyber Data Analyst"',
      '---',
      '<!-- Title: not this -->',
      'We protect data.',
    ].join('\n');
    expect(deriveJdTitle('', page)).toBe('Cyber Data Analyst');
  });

  it('when the label is a sentence ("Wir suchen eine*n X für Y!"), then its role without gender suffix is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: Wir suchen eine*n Software-Entwickler*in für Acme!\n---\nText',
      ),
    ).toBe('Software-Entwickler');
    expect(
      deriveJdTitle(
        '',
        "---\ntitle: 'Acme sucht eine:n Mitarbeiter:in im Bereich Finanzen und Controlling (75-100%, ab sofort)'\n---",
      ),
    ).toBe('Mitarbeiter im Bereich Finanzen und Controlling');
  });

  it('when a Spanish lead names the role in lower case, noun first ("¿Eres un diseñador web...?"), then the noun and its qualifier are the title', () => {
    expect(deriveJdTitle('', '¿Eres un diseñador web en busca de nuevos retos?\nTexto')).toBe(
      'Diseñador web',
    );
    expect(
      deriveJdTitle('', 'Buscamos a un líder de comunicaciones para sumarse al equipo\nTexto'),
    ).toBe('Líder de comunicaciones');
  });

  it('when a headline offers a position in a city as a role ("Position in Chicago as a full-time Data Scientist"), then the role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Position in Chicago as a full-time Data Scientist"\n---\nText',
      ),
    ).toBe('Data Scientist');
  });

  it('when a German title names its roles in the plural ("Postdoktoranden oder Doktoranden"), then the singular is the title', () => {
    expect(deriveJdTitle('', '# Postdoktoranden oder Doktoranden\nText')).toBe(
      'Postdoktorand oder Doktorand',
    );
  });

  it('when a headline ends in "Positions Available", then the roles before it are the title', () => {
    expect(
      deriveJdTitle('', '# PhD Candidate and Internship Student Positions Available\nText'),
    ).toBe('PhD Candidate and Internship Student');
  });

  it('when a page numbers its posts ("1. Postdoc in deep learning"), then the number is not part of the title', () => {
    expect(
      deriveJdTitle('', '# Open positions\n## 1. Postdoc in deep learning\nWe are hiring.'),
    ).toBe('Postdoc in deep learning');
  });

  it('when a German adjective and its role noun both carry a gender ending, then both are left in the masculine form', () => {
    expect(
      deriveJdTitle('', 'Universität\nwissenschaftliche*r Mitarbeiter*in (w/m/d)\nWir suchen'),
    ).toBe('wissenschaftlicher Mitarbeiter');
    expect(deriveJdTitle('', 'Acme\nWissenschaftliche:r Mitarbeiter:in Didaktik\nText')).toBe(
      'Wissenschaftlicher Mitarbeiter Didaktik',
    );
    // A noun without a gender ending leaves the adjective as written.
    expect(deriveJdTitle('', 'Acme\nStudentische/r Hilfskraft (m/w/d)\nText')).toBe(
      'Studentische/r Hilfskraft',
    );
  });

  it('when a German title names the employer after "bei" and a long note follows, then only the role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Entwickler*in bei der Offenen Stiftung Deutschland (50% E13/3, ab sofort) für zwei Projekte"\n---\nText',
      ),
    ).toBe('Entwickler');
  });

  it('when a German or French title carries a gender marker, then the marker is dropped', () => {
    expect(deriveJdTitle('', 'Acme GmbH\nSoftwareentwickler (m/w/d)\nIhre Aufgaben')).toBe(
      'Softwareentwickler',
    );
    expect(deriveJdTitle('', 'Poste : Ingénieur.e Génie Logiciel\nMissions')).toBe(
      'Ingénieur Génie Logiciel',
    );
  });

  it('when the posting is JSON job data, then its title field is the title', () => {
    const json =
      '{\n  "PositionID": "ML-1",\n  "PositionTitle": "Physician - Psychiatrist",\n  "PositionURI": "https://x.gov/1"\n}';
    expect(deriveJdTitle('', json)).toBe('Physician - Psychiatrist');
  });
});

describe('titles of web pages and headlines', () => {
  it.each([
    [
      'an HTML page names the role in its h1 after its product',
      '<html><head><title>Login.gov - Security Ops Engineer | Join TTS</title></head>\n<body><h1>Login.gov - Security Ops Engineer</h1>',
      'Security Ops Engineer',
    ],
    [
      'a site template names the page "Jobs (X)"',
      '#include "head.wmi" TITLE="Tor Project: Jobs (Controller)" CHARSET="UTF-8"\n<div id="content">',
      'Controller',
    ],
    [
      'a headline says "Nonprofit Seeks Experienced X"',
      '[Home](../index.html)\n# Internet Freedom Nonprofit Seeks Experienced Bookkeeper/Payroll Specialist\n## (Posted July 31, 2018)',
      'Bookkeeper/Payroll Specialist',
    ],
    [
      'the front matter says "Join Acme as a X"',
      '---\ntitle: Join DataSF as a Data Scientist\n---\nWe use data.',
      'Data Scientist',
    ],
    [
      'a Markdown heading wraps the role in an anchor and a note',
      '# <a name="head2">Metadata Specialist (remote)</a>\n\nJob Description',
      'Metadata Specialist',
    ],
    [
      'a German ad names the role on its own line with a gender marker after a long lead',
      'Am Institut suchen wir für das Projekt (Dauer:\n5,5 Monate):\neine studentische oder wissenschaftliche Hilfskraft (w/m/d)\n(für 38 Stunden pro Monat)',
      'studentische oder wissenschaftliche Hilfskraft',
    ],
    [
      'the front matter indents every key alike and a benefits heading comes first',
      '---\n    language: de\n    title: iOS Developer\n    contact: michael\n---\n\nDas bieten wir\n\nWir suchen Entwickler.',
      'iOS Developer',
    ],
    [
      'the label names the employer and the grade after the role',
      '---\ntitle: Software engineer (GS 13/14) at .gov\n---\n\nApply on USAJOBS (link coming soon)',
      'Software engineer',
    ],
    [
      'the page has TOML front matter (Hugo)',
      '+++\ndate = "2019-10-17"\ndraft = true\ntitle = "Software Engineer in Test (SDET)"\n+++\n\nCrunch is hiring.',
      'Software Engineer in Test (SDET)',
    ],
    [
      'the heading carries kramdown attributes',
      '## Data Visualization Specialist {#data-viz}\n\nYou will make charts.',
      'Data Visualization Specialist',
    ],
    [
      'no label, and a call to apply comes before the role',
      'Apply on USAJOBS (link coming soon)\n\nData Analyst\n\nYou will analyse data.',
      'Data Analyst',
    ],
    [
      'a Markdown link to another version names a role in its address',
      '[**ENGLISH VERSION**](/download/student-assistant.pdf)\n\nWir suchen **Werkstudent Backend**.',
      'Werkstudent Backend',
    ],
    [
      'the hiring sentence runs on into the requirements on the same line',
      'We are hiring a Senior Data Engineer. Requirements: Python, SQL, Apache Spark.',
      'Senior Data Engineer',
    ],
    [
      'a lead names the role before a colon',
      'Looking for a Data Analyst: SQL and Tableau.',
      'Data Analyst',
    ],
    [
      'a Spanish label announces the offer and names the city',
      'title: "Oferta de empleo: Ingeniero de datos en Madrid"\n\nBuscamos a alguien.',
      'Ingeniero de datos',
    ],
    [
      'the label calls the role a position',
      'title: Postdoc position\n\nWe study dynamical systems.',
      'Postdoc',
    ],
    [
      'a MyST target comes before the heading',
      '(role:open-source-applications-engineer)=\n# Open Source Applications Engineer\n\nYou build.',
      'Open Source Applications Engineer',
    ],
    [
      'an MDX page names the post in its meta object after a slug',
      "export const meta = {\n    id: 'junior-qa-sdet-engineer',\n    name: 'Junior QA/SDET Engineer',\n}\n\nYou test.",
      'Junior QA/SDET Engineer',
    ],
    [
      'an English lead names the role after "as a"',
      'Join DataSF as a Data Scientist\n\nYou analyse data.',
      'Data Scientist',
    ],
    [
      'the label announces the opening',
      '+++\ntitle = "Now Hiring: Metadata Curation Support Contractor"\n+++\n\nWe need help.',
      'Metadata Curation Support Contractor',
    ],
    [
      'the heading names the organisation the role serves',
      'Program Manager for the Biodiversity Heritage Library at Smithsonian Libraries\n\nThe program manager leads.',
      'Program Manager',
    ],
    [
      'the gender marker spells out "divers"',
      'Werkstudent im Bereich Data Engineering (m/w/divers)\n\nDeine Aufgaben',
      'Werkstudent im Bereich Data Engineering',
    ],
    [
      'the labels are quoted as a Markdown block',
      '> Job Title: Full-Stack Web Developer\n> Salary: $58,700\n\n# About us',
      'Full-Stack Web Developer',
    ],
    [
      'a council names the post its position designation',
      '>Department: Digital Services\n>Grade: PO3\n>Position Designation: Infrastructure Engineer\n\nWe are recruiting.',
      'Infrastructure Engineer',
    ],
    [
      'the label names the institution after a comma',
      'Title: Data Manager, University of FL\nDate: 5/22/2018\n\nThe lab seeks a data manager.',
      'Data Manager',
    ],
    [
      'a dash is followed by the employer the text names',
      '# Backend Developer (Node.js / NestJS) - Kubide\n\nEn Kubide estamos buscando un perfil backend.',
      'Backend Developer',
    ],
    [
      'a dash is followed by a list of topics',
      '# Data Engineer – Dataiku, Datenprodukte & DataOps\n\nWir suchen Verstärkung.',
      'Data Engineer',
    ],
    [
      'the label is a Spanish sentence with a capitalised verb',
      'title: Buscamos a Líder de Comunidad\n\nEn Codeando México buscamos a una persona.',
      'Líder de Comunidad',
    ],
    [
      'a flyer writes the title over two lines',
      'Nuclear, Plasma, and Radiological Engineering\nPostdoctoral Research\nAssociate\nApplications Due July 15\nThe group seeks candidates.',
      'Postdoctoral Research Associate',
    ],
    [
      'a flyer puts the role noun on a line of its own',
      'acme.com Acme GmbH • Street 1 • Düsseldorf\n#TEAMACME SUCHT\n(Junior) Full Stack\nDeveloper (m/w/d)\nDeine Aufgaben\n• Konzeption',
      '(Junior) Full Stack Developer',
    ],
    [
      'a flyer sets its title in capitals over several lines',
      'TRAINEE\nM/W/D\nCLOUD DATA WAREHOUSE UND\nDATA ENGINEERING\nSEI DU SELBST. IM TEAM.\n› Du hast SQL',
      'TRAINEE CLOUD DATA WAREHOUSE UND DATA ENGINEERING',
    ],
    [
      'the title names the field of the position',
      'Postdoctoral Research Associate Position in computational nuclear\nengineering\nOne position at NCSA.',
      'Postdoctoral Research Associate',
    ],
    [
      'the title ends in the words for a job announcement',
      '# INTERNAL-CONTROLS-OFFICER JOB ANNOUNCEMENT\n\nThe Board seeks an officer.',
      'INTERNAL-CONTROLS-OFFICER',
    ],
    [
      'a French lead verb follows the employer with a colon',
      'Pix cherche : un(e) Data Engineer\n\nRejoignez-nous.',
      'Data Engineer',
    ],
    [
      'a Spanish announcement carries a status note in brackets',
      'title: "Búsqueda laboral: Coordinación de Proyectos [Actualizado]"\n\nBuscamos una persona.',
      'Coordinación de Proyectos',
    ],
    [
      'a Dutch title ends in a gender marker without parentheses',
      '# Programmeur m/v\n\nWij zoeken een programmeur.',
      'Programmeur',
    ],
    [
      'a title names a tool in parentheses and a purpose after "for"',
      '# Senior frontend (ReactJS) developer for open-source project\n\nWe build tools.',
      'Senior frontend developer',
    ],
    [
      'a blog title announces the hiring with "Hiring!" and a purpose after "to"',
      'title: Hiring! A developer to chart the future of libraries\n\nThe lab is looking for a developer.',
      'developer',
    ],
    [
      'a title carries a status note in parentheses',
      '# Research Software Developer/Scientist (open)\n\nWe are looking for help.',
      'Research Software Developer/Scientist',
    ],
    [
      'the role is named in lower case in the first sentence',
      'The Institute at the University is seeking an experienced project manager who will coordinate research projects.\n\n## Duties\n\n**Coordinate and implement research and development projects (60%)**',
      'Project manager',
    ],
    [
      'the first sentence names the term before the role',
      'The Institute is seeking a part-time, hourly Summer 2022 Data Curation Assistant to work on a project.',
      'Data Curation Assistant',
    ],
    [
      'the page title names the employer before a colon',
      "import Head from 'next/head'\n\n<h1>InstantDB: Founding Backend Engineer</h1>",
      'Founding Backend Engineer',
    ],
    [
      'the page title ends with the site section',
      'title: PGlite Engineer - Jobs\n\nWe are looking for an engineer.',
      'PGlite Engineer',
    ],
    [
      'the title names the role in the plural',
      'title: Data Engineers\n\nWir suchen Verstärkung.',
      'Data Engineer',
    ],
    [
      'a German page opens with the word for a job advertisement',
      '# Stellenausschreibung Wissenschaftliche Hilfskraft für Projektmanagement\n\nAufgaben: Planung.',
      'Wissenschaftliche Hilfskraft für Projektmanagement',
    ],
    [
      'a German title ends in its purpose',
      'Stelle: ServiceNow Berater zur Einführung von ServiceNow\n\nAufgaben: Beratung.',
      'ServiceNow Berater',
    ],
    [
      'a dash is followed by one area of the role (kept)',
      '# Software Engineer - Backend\n\nJoin Acme as a Software Engineer.',
      'Software Engineer - Backend',
    ],
  ])('when %s, then the role alone is the title', (_, text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });
});

describe('titles said in headlines, front matter and duties', () => {
  it('when a headline says "X seeks a role" in lower case without an article, then the role is the title', () => {
    expect(
      deriveJdTitle('', 'Oakland seeks chief information officer\nOakland is looking...'),
    ).toBe('Chief information officer');
  });

  it('when a Romance-language headline says "X busca desenvolupadora", then the role is the title', () => {
    expect(deriveJdTitle('', '# Còdec busca desenvolupadora\nBusquem una persona...')).toBe(
      'Desenvolupadora',
    );
  });

  it('when a title says where the post is based, or a Dutch vacancy names its employer with "bij", then the title is the role', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: IT support analyst, based at Ipswich County Library\n---\nWe are looking...',
      ),
    ).toBe('IT support analyst');
    expect(
      deriveJdTitle('', '# Vacature Front-end Developer bij NAK (Emmeloord)\nWij zoeken...'),
    ).toBe('Front-end Developer');
  });

  it('when a line is a contact e-mail address in parentheses, then it is never the title', () => {
    const text = [
      'Encadrants. Anne Toulet, Cirad (anne.toulet@cirad.fr), Andon Tchechmedjiev, IMT Mines Alès',
      '(andon.tchechmedjiev@mines-ales.fr)',
      'Lieu du stage. CIRAD, Avenue Agropolis, 34398 Montpellier Cedex – France.',
    ].join('\n');
    expect(deriveJdTitle('', text)).not.toContain('@');
  });

  it('when front matter gives a bare role noun and the text names the whole role, then the whole role is the title', () => {
    expect(
      deriveJdTitle('', '---\nrole: manager\n---\nWe are seeking a **Lab Manager** to join us.'),
    ).toBe('Lab Manager');
  });

  it('when the only title-like line is the role as the subject of its duties, then the role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Positions"\n---\nThe Research Fellow will be expected to:\n1. Analyse data',
      ),
    ).toBe('Research Fellow');
  });

  it('when a dash adds a slogan or the kind of employer, then only the role is the title', () => {
    expect(deriveJdTitle('', "# Backend Developer – Preserving the Nation's Memory\nText")).toBe(
      'Backend Developer',
    );
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Soporte Técnico Nivel 2 - Empresa Proveedora de Servicio de Internet"\n---\nTexto.',
      ),
    ).toBe('Soporte Técnico Nivel 2');
    expect(deriveJdTitle('', 'Pix cherche : un(e) développeur(euse) full-stack JS')).toBe(
      'développeur(euse) full-stack JS',
    );
  });
});

describe('titles behind a program name or a hiring note', () => {
  it('when the page title names a program and the text names the role as its subject, then the role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: Work Learn Program UBC Vancouver\n---\nThe Research Assistant (RA) will work closely with the principal investigator.',
      ),
    ).toBe('Research Assistant');
  });

  it('when a title ends in a hiring note or the word "Job", then the note and the word go', () => {
    expect(deriveJdTitle('', 'Data Scientist - Data Analyst (Direct Hire)\nDuties...')).toBe(
      'Data Scientist - Data Analyst',
    );
    expect(deriveJdTitle('', '# Data Systems Analyst Job\nDuties...')).toBe('Data Systems Analyst');
  });
});

describe('German genitive roles and employers after "at"', () => {
  it('when a German role takes a genitive ("Assistenz der Buchhaltung (Minijob ...)"), then the genitive stays and the note goes', () => {
    expect(
      deriveJdTitle(
        '',
        'Wir suchen eine Assistenz der Buchhaltung (Minijob oder studentische Hilfskraft, 10h)',
      ),
    ).toBe('Assistenz der Buchhaltung');
  });

  it('when a label says "X Job at Employer", then X is the title', () => {
    expect(deriveJdTitle('', 'Title: Data Systems Analyst Job at UC Davis\nDate: 2018')).toBe(
      'Data Systems Analyst',
    );
  });
});

describe('labels, employers and notes around a role', () => {
  it('when a bold "Title:" label names the role under a page title that does not, then the label\'s value is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: Join 18F\n---\n## Basic information\n**Title:** Product Manager\n',
      ),
    ).toBe('Product Manager');
  });

  it('when a headline puts the employer after "@" or a German "bei der", then only the role stays', () => {
    expect(deriveJdTitle('', '## Club Operations Lead @ Hack Club\nHack Club is ...')).toBe(
      'Club Operations Lead',
    );
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Administrator bei der Open Knowledge Foundation Deutschland (50% E13/3, ab sofort)"\n---\nText',
      ),
    ).toBe('Administrator');
  });

  it('when "X is hiring!" announces the role or hours follow it, then neither is part of the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "OLS is hiring! Fiscally Sponsored Community Manager"\n---\nText',
      ),
    ).toBe('Fiscally Sponsored Community Manager');
    expect(deriveJdTitle('', '---\ntitle: "Design-Lead (20h)"\n---\nText')).toBe('Design-Lead');
  });
});

describe('words for a post and section names around a title', () => {
  it('when a title ends in "Position Openings", then the words go', () => {
    expect(deriveJdTitle('', '# Post-doctoral Fellow Position Openings\nText')).toBe(
      'Post-doctoral Fellow',
    );
  });

  it('when the first heading is "Introduction" or "Position Description", then it is no title', () => {
    expect(
      deriveJdTitle('', '## Introduction\nThe group studies X.\n## Position Description\nText'),
    ).not.toMatch(/Introduction|Position Description/);
  });
});

describe('a stack or a "sought" after the dash', () => {
  it('when a dash is followed by a stack (".NET och molnmästare") or a "sökes", then only the role stays', () => {
    expect(
      deriveJdTitle('', '---\ntitle: Tech Lead Backend - .NET och molnmästare\n---\nText'),
    ).toBe('Tech Lead Backend');
    expect(
      deriveJdTitle('', '---\ntitle: Tech Lead Frontend – JavaScript/React Guru sökes!\n---\nText'),
    ).toBe('Tech Lead Frontend');
  });
});

describe('an institution before the role', () => {
  it("when a centre's name comes before the role and a fixed-term note after it, then only the role stays", () => {
    expect(deriveJdTitle('', '# UK SKA Regional Centre DevOps Engineer (Fixed Term)\nText')).toBe(
      'DevOps Engineer',
    );
  });
});

describe('a slogan as the page title', () => {
  it('when the page title names no role and the top says "Seeking a Linux Systems Engineer to join ...", then that role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        "---\ntitle: Join us on our mission of 'Technology for Social Justice'\n---\n\n## Seeking a Linux Systems Engineer to join our Ops team in a fast moving DevOps environment.\nText",
      ),
    ).toBe('Linux Systems Engineer');
  });
});

describe('a barred page title and a position named in a sentence', () => {
  it('when the page title is "Staff Scientist | High-throughput single-cell CRISPR screening", then the piece that names a role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Staff Scientist | High-throughput single-cell CRISPR screening"\n---\nText',
      ),
    ).toBe('Staff Scientist');
  });

  it('when the only role is in "seeking an individual to fill a joint position as an Associate Director", then that role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        'The Institute is seeking an experienced, dynamic, and highly talented individual to fill a joint position as an Associate Director of Research. The successful candidate will lead projects.',
      ),
    ).toBe('Associate Director of Research');
  });
});

describe('the word for a post before a note', () => {
  it('when a heading reads "Research Associate Position Openings(Clinical Informatics)", then the post words go and the note stays', () => {
    expect(
      deriveJdTitle('', '# Research Associate Position Openings(Clinical Informatics)\nText'),
    ).toBe('Research Associate (Clinical Informatics)');
  });

  it('when a French title writes a gender form in parentheses, then it is kept as written', () => {
    expect(deriveJdTitle('', '# Développeur(euse) full-stack JS\nText')).toBe(
      'Développeur(euse) full-stack JS',
    );
  });
});

describe('how the post is worked, after a dash', () => {
  it('when a heading ends in "- Remote" or "– Hybrid", then that part is no title', () => {
    expect(deriveJdTitle('', '# Odoo Consultant - Remote\nText')).toBe('Odoo Consultant');
    expect(deriveJdTitle('', '# Data Engineer – Hybrid\nText')).toBe('Data Engineer');
  });

  it('when a dash joins two parts of the role, then both stay', () => {
    expect(deriveJdTitle('', '# Software Engineer - Backend\nText')).toBe(
      'Software Engineer - Backend',
    );
  });
});

describe("a site's name after the title", () => {
  it('when a page title ends in "- DfE DDaT job descriptions" or "| Acme Role Profiles", then the site part goes', () => {
    expect(
      deriveJdTitle(
        '',
        '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Content designer - DfE DDaT job descriptions</title>\n  </head>\n<body>Text</body>',
      ),
    ).toBe('Content designer');
    expect(deriveJdTitle('', '# Delivery Manager | Acme Role Profiles\nText')).toBe(
      'Delivery Manager',
    );
  });
});

describe('role nouns of teaching, care, law and administration', () => {
  it('when the heading names an educator after a menu of links, then the educator is the title', () => {
    const page = `<ul>\n  <li><a href="/team">Associate Board</a></li>\n</ul>\n<h1 class="title">Coding/STEM Educator</h1>\n<p>The Coding/STEM Educator is a key member of the staff.</p>`;
    expect(deriveJdTitle('', page)).toBe('Coding/STEM Educator');
  });

  it('when a heading names "Foundation: Finance Admin", then the admin role is the title', () => {
    expect(
      deriveJdTitle('', '# Hiring\n## [Acme Foundation](https://acme.org/): Finance Admin\nText'),
    ).toBe('Finance Admin');
  });
});

describe('a lead verb inside a longer word', () => {
  it('when "suchen" or "cerca" ends a longer word ("untersuchen", "ricerca"), then it leads to no title', () => {
    const german =
      'Im Projekt "InviDas" untersuchen wir, wie Nutzern Daten zeigen.\nIhr Profil: Java';
    expect(deriveJdTitle('', german)).not.toBe('Nutzern');
    const italian = 'Il gruppo di ricerca Alpha Beta Gamma lavora sui dati.\nRequisiti: Python';
    expect(deriveJdTitle('', italian)).not.toBe('Alpha Beta Gamma');
    expect(deriveJdTitle('', 'Wir suchen einen Data Engineer (m/w/d).\nProfil: SQL')).toBe(
      'Data Engineer',
    );
  });
});

describe('people in general after "suchen"', () => {
  it('when a German posting "sucht Verstärkung" or "Kandidaten", then that noun is no title and the role line is', () => {
    const text =
      'Physiker / Mathematiker Machine Learning & Data Science\nWir suchen Kandidaten aus Instituts- und Universitätslaufbahnen.\nIhr Profil: Python';
    expect(deriveJdTitle('', text)).toBe('Physiker / Mathematiker Machine Learning & Data Science');
    expect(deriveJdTitle('', 'Wir suchen Verstärkung!\nData Engineer (m/w/d)\nProfil: SQL')).toBe(
      'Data Engineer',
    );
  });
});

describe('the role the duties are addressed to', () => {
  it('when the top names no role and the text says "As a Data Scientist, you will", then that role is the title', () => {
    const text =
      'Announcement number\nDHS-2024-0001\nOpen & closing dates\nAs a Data Scientist, GS-1560-12, your typical work assignments include modelling.\nRequirements: Python';
    expect(deriveJdTitle('', text)).toBe('Data Scientist');
  });

  it('when the top names a role, then "As a X" later does not replace it', () => {
    const text = 'Data Engineer\nAs a Team Lead at Acme, you will grow our pipelines.\nSkills: SQL';
    expect(deriveJdTitle('', text)).toBe('Data Engineer');
  });
});

describe('role nouns of the sciences', () => {
  it('when a page title names no role and the text seeks "a bioinformatician", then that is the title', () => {
    const text =
      '---\ntitle: Help drive our rapid cancer analysis\n---\nWe are looking for a bioinformatician who will support the platform.\nSkills: Python';
    expect(deriveJdTitle('', text)).toBe('Bioinformatician');
  });

  it('when a slogan line comes before "Senior Biostatistician", then the biostatistician is the title', () => {
    const text = 'Better Health Through Evidence\nSenior Biostatistician\nYou will analyse trials.';
    expect(deriveJdTitle('', text)).toBe('Senior Biostatistician');
  });
});

describe('a role before a colon in a long heading', () => {
  it('when a page titled "Opportunities" heads its post "Fellow: Project for ...", then the part before the colon is the title', () => {
    const text =
      '---\ntitle: Opportunities to join The Lab\n---\n## Postdoctoral Teaching and Research Fellow: Living Data Project for ecology, evolution and environmental science\nThe Faculty seeks a fellow.';
    expect(deriveJdTitle('', text)).toBe('Postdoctoral Teaching and Research Fellow');
  });

  it('when a long line names the hiring manager before a colon, then that is no title', () => {
    const text =
      'Acme Careers Portal Home\nHiring Manager: Jane Doe, Director of Engineering, will review all applications by Friday\nWe are hiring a Data Engineer.';
    expect(deriveJdTitle('', text)).toBe('Data Engineer');
  });
});

describe("the organisation's own name before the role", () => {
  it('when a title opens with the name the posting speaks of itself by, then the name goes', () => {
    const german =
      '---\ntitle: Wilo Werkstudent - Prototypenentwicklung IoT\n---\nWilo ist stolz darauf, eines der führenden Unternehmen zu sein.\nProfil: Python';
    expect(deriveJdTitle('', german)).toBe('Werkstudent - Prototypenentwicklung IoT');
    const english =
      '---\ntitle: "InnerSource Commons Social Media Manager"\n---\nThe InnerSource Commons needs a Social Media Manager to grow the community.';
    expect(deriveJdTitle('', english)).toBe('Social Media Manager');
  });

  it('when a product names a bare role ("PGlite Engineer"), then the product stays in the title', () => {
    const text =
      '---\ntitle: PGlite Engineer\n---\nPGlite is a WASM build of Postgres. We are hiring.\nSkills: TypeScript';
    expect(deriveJdTitle('', text)).toBe('PGlite Engineer');
  });
});

describe('the unit after a title and the German -oge nouns', () => {
  // A whole role, a comma and the name of its unit: the unit goes, a short specialty stays. A
  // German role noun in -og keeps its -e when its gender suffix goes.
  it.each([
    [
      '## Community Development Lead, Software and Data Carpentry\n\nWe teach.',
      'Community Development Lead',
    ],
    ['## Lead Software Engineer, Frontend\n\nWe build.', 'Lead Software Engineer, Frontend'],
    [
      '# Sozialpädagog*innen als Wohngruppenleitung (m/w/d)\n\nText.',
      'Sozialpädagoge als Wohngruppenleitung',
    ],
    ['# Softwareentwickler*in (m/w/d)\n\nText.', 'Softwareentwickler'],
  ])('when the posting reads %j, then its title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });
});

describe('requirements and headings where a title would be', () => {
  it('when the top names no role and a requirement comes first ("Strong analytical skills"), then the requirement is not the title', () => {
    const text =
      'Welcome to the lab!\n\n1. Strong analytical and problem-solving skills\n2. Python';
    expect(deriveJdTitle('', text)).not.toMatch(/skills/i);
  });

  it('when a qualifications heading in capitals comes first, then the heading is not the title', () => {
    const text =
      'EXECUTIVE CORE QUALIFICATIONS\n\nThe chief information officer leads IT at the center.';
    expect(deriveJdTitle('', text)).not.toMatch(/qualifications/i);
  });
});

describe('role nouns in Dutch, the Nordic languages, Catalan, Portuguese and Italian', () => {
  it.each([
    [
      'Hallo aanstaande collega,\nWe zoeken nieuwe collega’s.\nSoftwareontwikkelaar frontend\nJe bouwt.',
      'Softwareontwikkelaar frontend',
    ],
    ['Kom och jobba med oss\nSystemutvecklare Java\nDu kommer att bygga.', 'Systemutvecklare Java'],
    [
      'Benvenuti nel nostro gruppo\nRicercatore in apprendimento automatico\nDescrizione.',
      'Ricercatore in apprendimento automatico',
    ],
    ['Convocatoria 2024\nDesenvolvedor Fullstack\nVocê vai criar.', 'Desenvolvedor Fullstack'],
    // Italian "Responsabile" was a role word before these languages were added, and stays one.
    [
      'Cercasi candidati\nResponsabile dei sistemi informativi\nRequisiti:\n- Linux',
      'Responsabile dei sistemi informativi',
    ],
  ])('when the top is %j, then the line with the role noun is the title: %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when a plural role heading ("Investigadores a cargo") follows a title that names none, then the plural is not the title', () => {
    const text = '---\ntitle: Beca Doctoral\n---\nInvestigadores a cargo\nDr. Pérez';
    expect(deriveJdTitle('', text)).toBe('Beca Doctoral');
  });

  it('when the line after a title ends in a colon ("Als Developer zul je:"), then it is not joined to the title', () => {
    const text = 'Software Developer Frontend\nAls Developer zul je:\n- bouwen';
    expect(deriveJdTitle('', text)).toBe('Software Developer Frontend');
  });
});

describe('emoji around a heading', () => {
  it.each([
    ['# 🚀 Senior Software Engineer\nYou will build.', 'Senior Software Engineer'],
    ['# ⚗️ Product Designer\nYou will design.', 'Product Designer'],
    ['# Data Analyst 🎉\nYou will analyse.', 'Data Analyst'],
  ])('when the heading reads %j, then the title is %j without the emoji', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when a title has a sign that is no emoji ("C# Developer"), then it stays', () => {
    expect(deriveJdTitle('', '# C# Developer\nText.')).toBe('C# Developer');
  });
});

describe('the Catalan "a" before an employer', () => {
  it('when a Catalan title ends in "a" and the employer ("... a Col·lectivaT"), then the employer goes', () => {
    expect(
      deriveJdTitle(
        '',
        '# Enginyer/a de Processament del Llenguatge Natural a Col·lectivaT\nText.',
      ),
    ).toBe('Enginyer/a de Processament del Llenguatge Natural');
  });

  it('when an English title says "Become a Data Scientist", then the article stays', () => {
    expect(deriveJdTitle('', '# Become a Data Scientist\nText.')).toBe('Become a Data Scientist');
  });
});

describe('a headline as the page title (1.8.233)', () => {
  it('when the page title is a headline ("Hiring! Devops energy wanted.") and the text names the role, then the role is the title', () => {
    const text =
      '---\ntitle: Hiring! Devops energy wanted.\n---\n\nThe Lab is looking for a devops engineer to help us build tools.\n';
    expect(deriveJdTitle('', text)).toBe('Devops engineer');
  });

  it('when the page title names the post, then it wins over a role the text names', () => {
    const text =
      '---\ntitle: Data Analyst\n---\n\nThe Lab is looking for a devops engineer to help us build tools.\n';
    expect(deriveJdTitle('', text)).toBe('Data Analyst');
  });
});

describe('a piece of a sentence is no title (1.8.233)', () => {
  it('when a flyer read out of order starts with pieces of sentences, then none of them is the title', () => {
    const text =
      'Interesse an einem\noder mehreren der\ngenannten\nThemenbereiche?\nHIWI-STELLE\nWir entwickeln Software.';
    const title = deriveJdTitle('', text);
    expect(title).not.toBe('Interesse an einem');
    expect(title).not.toBe('genannten');
  });

  it('when a title ends in a dash the flyer put after it, then the dash goes', () => {
    expect(deriveJdTitle('', 'Data Analyst –\nWe analyse data.')).toBe('Data Analyst');
  });
});

describe('a German lead with an adjective of the post or words before its article (1.8.249)', () => {
  it('when a German posting seeks "einen wissenschaftlichen Mitarbeiter", then the adjective stays in the title, in the nominative', () => {
    expect(
      deriveJdTitle(
        '',
        'Das Institut sucht einen wissenschaftlichen Mitarbeiter (m/w/d).\n\nAufgaben',
      ),
    ).toBe('Wissenschaftlicher Mitarbeiter');
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: zeb sucht studentischen Mitarbeiter (w/m) Human Resources\n---\nText',
      ),
    ).toBe('Studentischer Mitarbeiter Human Resources');
    expect(deriveJdTitle('', 'Wir suchen eine studentische Hilfskraft (m/w/d)\n\nAufgaben')).toBe(
      'Studentische Hilfskraft',
    );
  });

  it('when words stand between "suchen" and the article, then the post after the article is the title; praise stays out', () => {
    expect(
      deriveJdTitle(
        '',
        'Wir suchen zum nächstmöglichen Zeitpunkt einen technischen Redakteur (m/w/d)\n\nAufgaben',
      ),
    ).toBe('Technischer Redakteur');
    expect(
      deriveJdTitle('', 'Acme sucht einen erfahrenen Softwareentwickler (m/w/d)\n\nAufgaben'),
    ).toBe('Softwareentwickler');
  });
});

describe('Romance leads: more verbs, articles with both genders, lower-case posts (1.8.250)', () => {
  it('when a French, Spanish, Portuguese or Italian posting names its post after a lead, then that post is the title', () => {
    const cases: [string, string][] = [
      [
        'Nous recherchons un·e chargé·e de mission numérique pour notre équipe.\n\nMissions',
        'Chargé·e de mission numérique',
      ],
      [
        "L'association recrute un ou une responsable de la communication\n\nMissions",
        'Responsable de la communication',
      ],
      [
        'Estamos contratando um(a) Desenvolvedor(a) Full Stack para nosso time\n\nRequisitos',
        'Desenvolvedor(a) Full Stack',
      ],
      [
        'Procuramos um gestor de comunidades para a nossa equipe.\n\nResponsabilidades',
        'Gestor de comunidades',
      ],
      ['Buscamos un desarrollador para nuestro equipo.\n\nRequisitos', 'Desarrollador'],
    ];
    for (const [text, title] of cases) expect(deriveJdTitle('', text), text).toBe(title);
  });

  it('when the first title-like line opens with an announcement, then the announcement goes', () => {
    expect(
      deriveJdTitle('', "Offre d'emploi : Chef de projet numérique (H/F)\n\nDescription"),
    ).toBe('Chef de projet numérique');
  });

  it('when the lead names the page title in parentheses, then the page title stays', () => {
    const text =
      '---\ntitle: "Executivo Comercial"\n---\n\n### Objetivo\n\nPara nos ajudar procuramos um Account Executive (Executivo Comercial) para integrar a nossa equipe.';
    expect(deriveJdTitle('', text)).toBe('Executivo Comercial');
  });
});

describe('a breadcrumb and "join our team as" (1.8.251)', () => {
  it('when a printed page starts with a breadcrumb, then its last piece that names a role is the title', () => {
    expect(deriveJdTitle('', 'Home > Careers > Data Analyst II\n\nAbout the role')).toBe(
      'Data Analyst II',
    );
  });

  it('when a posting invites the reader to join its team as a role, then the role is the title', () => {
    expect(
      deriveJdTitle('', 'Join our team as a Customer Success Manager!\n\nResponsibilities'),
    ).toBe('Customer Success Manager');
  });
});

describe('a German "Hiwi-Stelle" (1.8.269)', () => {
  it('when a flyer names its post "HIWI-STELLE" below the contact lines, then the Hiwi is the title', () => {
    const text = [
      'Interesse an einem',
      'Für mehr Informationen',
      'Ansprechpartner',
      'Dr. Erika Muster',
      'HIWI-STELLE',
      'Management Cockpit für Lehrstuhlcontrolling',
      'Am Lehrstuhl für Software Engineering ist ab sofort eine Hiwi-Stelle zu besetzen.',
    ].join('\n');
    expect(deriveJdTitle('', text)).toBe('HIWI');
  });

  it('when "Stelle" follows a role with a hyphen, then it goes like "position" does', () => {
    expect(deriveJdTitle('', 'Hiwi-Stelle\n\nIhre Aufgaben')).toBe('Hiwi');
  });
});

describe('a page titled by its employer and a hiring verb (1.8.325)', () => {
  it('when the title only says the employer recruits and the front matter summary names the post, then the summary’s post is the title', () => {
    const text = [
      '---',
      'title: Les Amis du Parc recrute !',
      'description: Les Amis du Parc recrute un ou une chargée de mission biodiversité.',
      '---',
      '## Contexte',
      '',
      'Notre association protège les parcs de la région.',
    ].join('\n');
    expect(deriveJdTitle('', text)).toBe('Chargée de mission biodiversité');
  });

  it('when the title says "Acme is hiring" and the body names the post, then the body’s post is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: Acme is hiring\n---\nAcme is looking for a Data Engineer to join us.',
      ),
    ).toBe('Data Engineer');
  });
});

describe('posts of every field named in lower case after a lead (1.8.327)', () => {
  it('when a Romance posting seeks a nurse, a teacher or a lawyer in lower case, then that post is the title, starting upper case', () => {
    const cases: [string, string][] = [
      ['Buscamos una enfermera con experiencia en urgencias.\nRequisitos', 'Enfermera'],
      ['Se busca enfermera para clínica en Madrid.\nRequisitos', 'Enfermera'],
      [
        'Buscamos un profesor de matemáticas para secundaria.\nRequisitos',
        'Profesor de matemáticas',
      ],
      ['Procuramos um advogado júnior para o escritório.\nRequisitos', 'Advogado júnior'],
      ['Estamos contratando um(a) enfermeiro(a) para o hospital.\nRequisitos', 'Enfermeiro(a)'],
      [
        'Cerchiamo un infermiere professionale per il reparto.\nRequisiti',
        'Infermiere professionale',
      ],
      ['Nous recherchons une avocate pour notre cabinet.\nProfil', 'Avocate'],
    ];
    for (const [text, title] of cases) expect(deriveJdTitle('', text), text).toBe(title);
  });

  it('when an English posting is hiring "a nurse practitioner" or "a registered nurse", then the whole post is the title', () => {
    expect(deriveJdTitle('', 'Our clinic is hiring a nurse practitioner.\nRequirements')).toBe(
      'Nurse practitioner',
    );
    expect(
      deriveJdTitle('', 'We are looking for a registered nurse to join us.\nRequirements'),
    ).toBe('Registered nurse');
  });

  it('when a front matter titles the post "Commercial Counsel" and the text seeks an attorney, then the title stays', () => {
    const text =
      '---\ntitle: "Commercial Counsel"\n---\nWe are looking for an attorney with 5 years.';
    expect(deriveJdTitle('', text)).toBe('Commercial Counsel');
  });

  it('when a Spanish lead seeks people, not a post ("Buscamos personas curiosas"), then no post is read from it', () => {
    expect(deriveJdTitle('', 'Buscamos personas curiosas.\nRequisitos\n- Python')).not.toMatch(
      /^Personas/,
    );
  });
});

describe('card fields and "your role" headings are no title (1.8.328)', () => {
  it('when a posting opens with its card ("Empresa: Certisign") and then seeks "um(a) UX Designer Pleno", then the post is the title', () => {
    const text =
      'Empresa: Certisign\nLocal: São Paulo\n\n## Sobre a vaga\nEstamos em busca de um(a) UX Designer Pleno que será responsável por pesquisas.';
    expect(deriveJdTitle('', text)).toBe('UX Designer Pleno');
  });

  it('when the front matter titles the post "Human Resources Generalist" and a line says "Reports to: ...", then the front matter wins', () => {
    const text =
      '---\ntitle: "Human Resources Generalist"\n---\nReports to: Associate Director of People Operations\nOverview: we grow.';
    expect(deriveJdTitle('', text)).toBe('Human Resources Generalist');
  });

  it('when the first heading is "Jouw rol", then it is not the title', () => {
    expect(deriveJdTitle('', '## Jouw rol\nJe ondersteunt het team bij events.')).not.toBe(
      'Jouw rol',
    );
  });
});

describe('a first sentence that only announces is no title (1.8.334)', () => {
  it('when a post opens "We\'re hiring! It must be Monday." and names no role, then no title is derived from it', () => {
    const text =
      "## We're hiring! It must be Monday.\n\nBy Geraldine\n\nMuch like the universe, the team aims to grow.";
    expect(deriveJdTitle('', text)).toBe('');
  });
});

describe('a workload written in words after the title (1.8.340)', () => {
  it('when the title ends in "(80 Prozent)", then the note goes as "(80 %)" would', () => {
    expect(
      deriveJdTitle('', 'Projektleiter Marketing/Kommunikation (80 Prozent)\nWir suchen'),
    ).toBe('Projektleiter Marketing/Kommunikation');
  });
});

describe('a date in a German lead, a Dutch article and a wrapped title (1.8.342)', () => {
  it('when a German lead puts a month before its article at a line end ("sucht ab Januar 2026 eine"), then the post on the next line is the title, not the month', () => {
    const text =
      'Die PedScience an der Kinderklinik Datteln\nsucht ab Januar 2026 eine\nStudienassistenz (M/W/D).\nDie PedScience ist ein Forschungsinstitut.';
    expect(deriveJdTitle('', text)).toBe('Studienassistenz');
  });

  it('when a German lead dates the start as "zum 1. März", then the post after it is the title', () => {
    expect(deriveJdTitle('', 'Wir suchen zum 1. März eine\nStudienassistenz (M/W/D).\nText.')).toBe(
      'Studienassistenz',
    );
  });

  it('when a Dutch title opens "EEN FULL TIME", then the article and the workload go', () => {
    expect(
      deriveJdTitle('', 'EEN FULL TIME BINNENDIENST/MAGAZIJN MEDEWERKER:\nWat kunnen wij bieden:'),
    ).toBe('BINNENDIENST/MAGAZIJN MEDEWERKER');
  });

  it('when a front matter title wraps after "für", then the title ends before it', () => {
    const text =
      '---\ntitle: Selbstständiger Handelsvertreter / Vertriebsmitarbeiter (w/m/d)  für\n  Grußkarten und Papeterie.\n---\nText';
    expect(deriveJdTitle('', text)).toBe('Selbstständiger Handelsvertreter / Vertriebsmitarbeiter');
  });
});

describe('a YAML list item, a French recruitment page, an announcement and a form (1.8.350)', () => {
  it.each([
    [
      '- title: Développeur IaC\n  description: Tu veux mettre tes compétences en avant.',
      'Développeur IaC',
    ],
    [
      '+++\ntitle = "Recrutement développeur Magento  - Agence  LUMAO"\n+++\nAvant toute chose.',
      'Développeur Magento',
    ],
    [
      '---\ntitle: Postdoc positions in SAT/SMT-based Verification available in Trento\n---\nText.',
      'Postdoc in SAT/SMT-based Verification',
    ],
    ['# Systems Administrator Application\n\nCollaborate with us.', 'Systems Administrator'],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when a title names a web application as its field, then the word stays', () => {
    expect(deriveJdTitle('', 'Job title: Web Application Developer\nText.')).toBe(
      'Web Application Developer',
    );
  });
});

describe('a Spanish form field, an e-signature stamp and a pay level (1.8.355)', () => {
  it.each([
    [
      '**Referencia: INV-1.**\n\n**Perfil solicitado:** Técnico de Apoyo.\n\nLa actividad del contrato.\n\nCódigo Seguro De Verificación\n\nAwDLJ9cmohVeRlTZZfXKSQ==\n',
      'Técnico de Apoyo',
    ],
    ['**Puesto:** Técnico de Laboratorio.\n\nLa actividad del contrato.', 'Técnico de Laboratorio'],
    [
      '## Senior Bioinformatician, Bioinformatics Training (Level C)\n\nThis role will lead our training.',
      'Senior Bioinformatician, Bioinformatics Training',
    ],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when the first lines are a signature stamp and its code, then neither is the title', () => {
    const title = deriveJdTitle(
      '',
      'Código Seguro De Verificación\n\nAwDLJ9cmohVeRlTZZfXKSQ==\n\nFirmado Por\n\nLa actividad del contrato.',
    );
    expect(title).not.toMatch(/verificaci|AwDLJ9/i);
  });
});

describe('an open call, a bracketed plural and a start date after the role (1.8.360)', () => {
  it.each([
    [
      'Open Call for a Postdoctoral Researcher\nViral Host-Pathogen Interactions and Cell Biology\nThe institute is inviting applications.',
      'Postdoctoral Researcher',
    ],
    [
      '#### Research Assistant(s) starting July/August 2021 (9 - 19.5 hours)\n\nThe group is looking for two student research assistants.',
      'Research Assistant',
    ],
    ['## Data Engineer starting January 2025\n\nText.', 'Data Engineer'],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when a page calls for papers, then the call stays as written', () => {
    expect(deriveJdTitle('', 'Call for Papers\n\nText.')).toBe('Call for Papers');
  });
});

describe('a YAML list of posts, a page called Join and the post a sentence offers (1.8.363)', () => {
  it.each([
    [
      '  - title: "Hardware&nbsp; **Validation Engineer**"\n    description:\n    - title: "Requirements:"\n      content: |\n        * Ability to repair electronic components\n',
      'Hardware Validation Engineer',
    ],
    [
      '---\nlayout: page\ntitle: Join\n---\n\n## We are hiring!\n\nThen this Technology Fellow position could be of your interest:\n\n[SPANISH VERSION](https://example.org/convocatoria.pdf)\n',
      'Technology Fellow',
    ],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it.each([
    'Some intro text here.\n    - title: "Requirements:"\n      content: |\n        * Ability to repair components\n',
    'SPANISH VERSION\n\nText.',
  ])('when a posting opens %j, then that line is no title', (text) => {
    const title = deriveJdTitle('', text);
    expect(title).not.toMatch(/content|spanish version/i);
  });
});

describe('the role a posting addresses its reader as, in other languages (1.8.366)', () => {
  it.each([
    [
      '---\ntitle:\n---\n<h2> Jouw rol </h2>\nWerken in een start-up betekent veel initiatief. Als Innovation Analyst werk je in het Operations team.\n',
      'Innovation Analyst',
    ],
    [
      'Wer wir sind\n\nAls Data Engineer bist du verantwortlich für unsere Pipelines.\n',
      'Data Engineer',
    ],
    ['Quiénes somos\n\nComo Analista de Datos, serás parte del equipo.\n', 'Analista de Datos'],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when the sentence names no role, then the top stays the title', () => {
    expect(deriveJdTitle('', 'Data Engineer\n\nAls Team werk je samen.\n')).toBe('Data Engineer');
  });
});

describe('workload notes, a title that says it is sought and plural -kraft posts (1.8.368)', () => {
  it.each([
    ['---\ntitle: Projectmedewerker (1.0 fte)\n---\nTekst.\n', 'Projectmedewerker'],
    [
      '# Analist Mariene Ecologie junior/medior (32-40 u)\n\nTekst.\n',
      'Analist Mariene Ecologie junior/medior',
    ],
    [
      '---\ntitle: Softwareentwickler für &ldquo;Open Data&rdquo;-Werkzeuge gesucht\n---\nText.\n',
      'Softwareentwickler für “Open Data”-Werkzeuge',
    ],
    ['# Studentische Hilfskräfte\n\nText.\n', 'Studentische Hilfskraft'],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });
});

describe('the month a post was published, after its title (1.8.372)', () => {
  it.each([
    [
      '---\ntitle: "Senior Platform Engineer (July 2023)"\n---\nText.\n',
      'Senior Platform Engineer',
    ],
    ['# Data Analyst (2024)\n\nText.\n', 'Data Analyst'],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when the brackets hold a part of the role, then they stay', () => {
    expect(deriveJdTitle('', '# Research Software Engineer (HPC)\n\nText.\n')).toBe(
      'Research Software Engineer (HPC)',
    );
  });
});

describe('a list in brackets after a title, and a post named in the plural (1.8.375)', () => {
  it.each([
    ['# Curriculum Team Intern (Seattle, WA)\n\nText.\n', 'Curriculum Team Intern'],
    ['# Ingeniero de Datos (Python, SQL)\n\nTexto.\n', 'Ingeniero de Datos'],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });

  it('when nothing but a plural lead names the post, then the title is its singular', () => {
    const text =
      '---\ntitle: join us!\n---\n\nOur lab offers a supportive environment.\n\n- **Postdocs**:\n\nWe are currently seeking highly motivated and skilled postdoctoral researchers to join our lab.\n';
    expect(deriveJdTitle('', text)).toBe('Postdoctoral researcher');
  });

  it('when a title line names the post, then a plural lead after it changes nothing', () => {
    const text = '# Data Analyst\n\nWe are looking for analysts who love data.\n';
    expect(deriveJdTitle('', text)).toBe('Data Analyst');
  });
});

describe("a page component's title, and a page title's piece the page repeats (1.8.376)", () => {
  it('when a JSX page gives its component a title, then that is the title', () => {
    const page = [
      'import React from "react";',
      'export default function Job() {',
      '  return (',
      '    <Layout>',
      '      <Meta',
      '       title="Inbound Marketing Manager"',
      '       description="Join our team"',
      '      />',
      '      <p>We grow fast.</p>',
    ].join('\n');
    expect(deriveJdTitle('', page)).toBe('Inbound Marketing Manager');
  });

  it('when a dashed page title names a post the page repeats as its heading, then the site goes', () => {
    const page =
      '<title>Careers: Graphic Designer - Komodo Legends</title>\n<h2>Graphic Designer</h2>\n<p>Design our game.</p>\n';
    expect(deriveJdTitle('', page)).toBe('Graphic Designer');
  });

  it('when the page repeats no piece of a dashed title, then the title stays whole', () => {
    const page = '---\ntitle: Software Engineer - Payments\n---\n\nYou will build payments.\n';
    expect(deriveJdTitle('', page)).toBe('Software Engineer - Payments');
  });
});

describe('a front matter key "job-title" (1.8.378)', () => {
  it('when the key is hyphenated, then its value is the title', () => {
    const page =
      '---\nlayout: job-post\ndepartment: Customer Experience\njob-title: Customer Experience Expert\n---\n\n## Position Details\nYou will answer emails.\n';
    expect(deriveJdTitle('', page)).toBe('Customer Experience Expert');
  });
});

describe('a second field, a vacancy "for" a role, and a project in quotes (1.8.436)', () => {
  it.each([
    [
      'Oxybulle recrute un·e chargé·e de projet et communication pour développer ses activités.\n\nMissions',
      'Chargé·e de projet et communication',
    ],
    [
      'Nous recherchons un responsable administratif et financier.\n\nMissions',
      'Responsable administratif et financier',
    ],
    [
      'Buscamos un asistente técnico y administrativo, con experiencia.\n\nFunciones',
      'Asistente técnico y administrativo',
    ],
  ])(
    'when a Romance lead joins a second field to the role (%#), then the title keeps both',
    (text, title) => {
      expect(deriveJdTitle('', text)).toBe(title);
    },
  );

  it('when the word after "et" goes on with the sentence, then the title stops before it', () => {
    expect(
      deriveJdTitle(
        '',
        "L'association recrute un chargé de mission et il travaillera avec nous.\n\nTexte",
      ),
    ).toBe('Chargé de mission');
  });

  it('when a title line is "Vacancy for" a role, then the role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: Vacancy for HPC/cloud specialist\n---\n\nWe recently hired two RSEs.\n',
      ),
    ).toBe('HPC/cloud specialist');
  });

  it('when a German title names the project in quotes, then the role is the title', () => {
    expect(
      deriveJdTitle(
        '',
        '---\ntitle: "Projektassistenz für &ldquo;Digital Refugee Labs&rdquo; gesucht"\n---\n\nDie OKF sucht.\n',
      ),
    ).toBe('Projektassistenz');
  });
});

describe('a dated note and an opening announced in Spanish (1.8.437)', () => {
  it.each([
    ['---\ntitle: Desarrollador web (Noviembre 2018)\n---\n\nTexto.\n', 'Desarrollador web'],
    [
      '---\ntitle: Desenvolvedor Fullstack (março de 2024)\n---\n\nTexto.\n',
      'Desenvolvedor Fullstack',
    ],
    [
      '---\ntitle: Posición abierta para Desarrollador Jr. de Software en el IFARHU (Noviembre 2018)\n---\n\nTexto.\n',
      'Desarrollador Jr. de Software',
    ],
  ])('when a posting opens %j, then the title is %j', (text, title) => {
    expect(deriveJdTitle('', text)).toBe(title);
  });
});
