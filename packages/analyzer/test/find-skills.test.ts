import { describe, expect, it } from 'vitest';
import { findSkills } from '../src/index.ts';

const names = (text: string): string[] => findSkills(text).map((s) => s.skill);

/** One test per case: the text names the skill. */
const itFinds = (cases: readonly (readonly [skill: string, text: string])[]): void => {
  it.each(cases)('when a text names %s as "%s", then it is found', (skill, text) => {
    expect(names(text)).toContain(skill);
  });
};

describe('findSkills', () => {
  it('when short names appear inside words, then they are not matched (no Go in "good", no R in "React")', () => {
    expect(names('A good engineer who can react to change and argue well.')).toEqual([]);
  });

  it('when Go and R are written as languages next to other languages, then both are found', () => {
    expect(names('Built services in Go and Python; analysis in R and SQL.')).toEqual(
      expect.arrayContaining(['Go', 'Python', 'R', 'SQL']),
    );
  });

  it('when R&D, C-suite or go-to-market appear, then no R, C or Go is found', () => {
    const found = names('Worked in R&D with the C-suite on go-to-market plans, using Python.');
    expect(found).not.toContain('R');
    expect(found).not.toContain('C');
    expect(found).not.toContain('Go');
  });

  it('when a heading is spaced out letter by letter or an accent came apart, then no R or C is read from it', () => {
    const found = names(
      'S O F T W A R E D E V E L O P E R\nR y a n L e e\nI N S T I T U T F Ü R\nR´esum´e\nPython, SQL and Statistics; C, C++ and Java.',
    );
    expect(found).not.toContain('R');
    expect(found).toEqual(expect.arrayContaining(['Python', 'SQL', 'C', 'C++', 'Java']));
    // A real R among other one-letter-free words is still read.
    expect(names('Analysis in R and Python, with SQL and Statistics.')).toContain('R');
  });

  it('when symbols are part of the name, then C++, C#, .NET, Node.js and CI/CD are found', () => {
    expect(names('Experience with C++, C#, .NET, Node.js and CI/CD pipelines.')).toEqual(
      expect.arrayContaining(['C++', 'C#', '.NET', 'Node.js', 'CI/CD']),
    );
  });

  it('when aliases are used, then they map to canonical names (k8s, postgres, JS, GCP, ES6+)', () => {
    expect(names('Deployed on k8s with postgres; JS (ES6+) front end on GCP.')).toEqual(
      expect.arrayContaining(['Kubernetes', 'PostgreSQL', 'JavaScript', 'Google Cloud']),
    );
  });

  it('when case and accents differ, then matching ignores them', () => {
    expect(names('PYTHON, typescript, Análisis de datos, comunicación')).toEqual(
      expect.arrayContaining(['Python', 'TypeScript', 'Data Analysis', 'Communication']),
    );
  });

  it('when the text is Spanish, then Spanish skill phrases are found', () => {
    expect(names('Manejo de Excel Avanzado, trabajo en equipo y gestión de proyectos.')).toEqual(
      expect.arrayContaining(['Excel', 'Teamwork', 'Project Management']),
    );
  });

  it('when Spring is the season, then it is not a skill; with Java around, then it is', () => {
    expect(names('Graduated in Spring 2021 with honors.')).not.toContain('Spring');
    expect(names('Java services built with Spring and Hibernate.')).toContain('Spring');
  });

  it('when a longer name covers a shorter one, then only the longer one counts for those words', () => {
    expect(names('Spring Boot microservices')).toEqual(['Spring Boot', 'Microservices']);
  });

  it('when a skill name appears only in a URL or e-mail, then it is not found', () => {
    expect(names('Profile: github.com/jane-doe, mail jane@python.org')).toEqual([]);
  });

  it('when a skill appears several times, then it is reported once with its count and first sentence', () => {
    const [react] = findSkills('I use React daily. React hooks too.');
    expect(react).toEqual({
      skill: 'React',
      category: 'framework',
      count: 2,
      evidence: 'I use React daily.',
    });
  });

  it('when a posting names Dask, SOAP, AJAX or Windows, then each is found, but not soap, Ajax the club or windows of time', () => {
    const names = (t: string) => findSkills(t).map((s) => s.skill);
    expect(names('Dask, SOAP and AJAX services on Windows and Linux.')).toEqual([
      'Dask',
      'SOAP',
      'AJAX',
      'Windows',
      'Linux',
    ]);
    expect(names('We sell soap. Ajax won. Windows of opportunity.')).toEqual([]);
  });

  it('when a posting names Basecamp, Mathematica, 1Password or employee engagement, then each is found, but not a base camp', () => {
    expect(
      names('Tools: Basecamp, Mathematica and 1Password. You will drive employee engagement.'),
    ).toEqual(['Basecamp', 'Mathematica', '1Password', 'Employee Engagement']);
    expect(names('We hike from the basecamp at dawn.')).toEqual([]);
  });

  it('when a posting names tools and methods of operations, security, HR, labs and NLP the labels ask for, then each is found', () => {
    expect(
      names(
        'Kustomize and Terragrunt; AWS CloudTrail; CIS benchmarks; our HRIS; CRISPR screens and PCR; named entity recognition; Digital Humanities.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Kustomize',
        'Terragrunt',
        'CloudTrail',
        'CIS Benchmarks',
        'HRIS',
        'CRISPR',
        'PCR',
        'Named Entity Recognition',
        'Digital Humanities',
      ]),
    );
    expect(names('The pcr of the unit. A digital humanist.')).toEqual([]);
  });

  it('when a resume lists testing, database, network and research tools by name, then each is found', () => {
    expect(
      names(
        'Tools: REST Assured, WebdriverIO, Flyway, Liquibase, WireGuard, pfSense, REDCap, Buildroot, Zapier.',
      ),
    ).toEqual([
      'REST Assured',
      'WebdriverIO',
      'Flyway',
      'Liquibase',
      'WireGuard',
      'pfSense',
      'REDCap',
      'Buildroot',
      'Zapier',
    ]);
  });

  it('when "Databases" or "Operating Systems" labels a list or a heading, then the label is no skill and the items are', () => {
    const found = names('Skills\nDatabases: PostgreSQL, MySQL\nOPERATING SYSTEMS\nLinux, Windows');
    expect(found).toEqual(expect.arrayContaining(['PostgreSQL', 'MySQL', 'Linux', 'Windows']));
    expect(found).not.toContain('Databases');
    expect(found).not.toContain('Operating Systems');
    expect(names('Designed schemas for relational databases.')).toContain('Databases');
  });

  it('when a resume names Microsoft Windows Server, VBScript and Nagios, then each is its own skill', () => {
    const names = findSkills('Microsoft Windows Server, VBScript, Icinga/Nagios').map(
      (s) => s.skill,
    );
    expect(names).toEqual(expect.arrayContaining(['Windows Server', 'VBScript', 'Nagios']));
    expect(names).not.toContain('Windows');
  });

  it("when a word only looks like a skill (staff kept safe, other people's roles, a vision), then it names none", () => {
    const names = (t: string) => findSkills(t).map((s) => s.skill);
    expect(names('We keep applicants and staff safe.')).toEqual([]);
    expect(names('Worked with engineers, product managers and designers.')).not.toContain(
      'Product Management',
    );
    expect(names('An interdisciplinary vision for the university.')).toEqual([]);
    expect(names('Digital Asset Management systems')).toEqual(['Digital Asset Management']);
  });

  it('when a skill name is part of an employer, a handle or a metric, then it is no skill; used, then it is', () => {
    expect(
      names('Developer, Digital Design Limited, 2019-2021. Intern at Oracle Corporation.'),
    ).toEqual([]);
    expect(names('GitHub johndoe\nImproved sales conversion by 25%.')).toEqual([]);
    expect(names('Phone +12 3456891 Github github.com/username\nAw rds: 2019')).toEqual([]);
    expect(names('Designed APIs to facilitate data exchange between services.')).not.toContain(
      'Facilitation',
    );
    expect(
      names(
        'Digital design of posters; Oracle and GitHub Actions; GitHub Pages\nSales: B2B accounts',
      ),
    ).toEqual(expect.arrayContaining(['Digital Design', 'Oracle Database', 'GitHub', 'Sales']));
    expect(names('Facilitated workshops with stakeholders.')).toContain('Facilitation');
  });

  it('when parts are listed in brackets after their head word, then each part names the whole skill', () => {
    const found = names('Java 8, Spring 4 (Security, Data JPA, MVC), Spring(Boot), Hibernate');
    expect(found).toEqual(
      expect.arrayContaining(['Spring Security', 'Spring MVC', 'Spring Boot', 'Hibernate']),
    );
    // MVC in `Spring (MVC)` is Spring MVC, not the bare pattern; a plain bracket adds nothing.
    expect(found).not.toContain('MVC');
    expect(names('Worked at Acme (Boot camp, Security team).')).not.toContain('Spring Boot');
    // The brand before a product heads its parts too.
    expect(names('Microsoft Office (Outlook, Word, Teams)')).toEqual(
      expect.arrayContaining(['Microsoft Outlook', 'Microsoft Word', 'Microsoft Teams']),
    );
  });

  it('when a countable name is written in the plural, then it is still found, but not a different word', () => {
    expect(names('Developing tooling, models, and visualizations.')).toContain(
      'Data Visualization',
    );
    expect(names('He excels at planning.')).not.toContain('Excel');
  });

  it('when an ambiguous name comes with a word that says what it is, then it needs no other context', () => {
    expect(names('Experience using the Linux shell.')).toEqual(
      expect.arrayContaining(['Linux', 'Shell']),
    );
    expect(names('We serve the public sector.')).not.toContain('Government');
  });

  it('when a German compound starts with a short name (SQL-Kenntnisse, ETL-Prozesse), then the name is found, but not C in C-Suite', () => {
    const found = names(
      'Gute SQL-Kenntnisse, Aufsetzen von ETL-Prozessen, Berichte an die C-Suite.',
    );
    expect(found).toEqual(expect.arrayContaining(['SQL', 'ETL']));
    expect(found).not.toContain('C');
  });

  it('when several skill words share one noun, then each names its skill, but a word that qualifies the last one does not', () => {
    expect(names('Strong interpersonal, organizational, and presentation skills.')).toEqual(
      expect.arrayContaining([
        'Interpersonal Skills',
        'Organization Skills',
        'Presentation Skills',
      ]),
    );
    expect(names('Excellent written and verbal communication skills.')).not.toContain(
      'Writing Skills',
    );
  });

  it('when a slash joins the last two parts of a shared-noun list, then the parts before it still name their skills', () => {
    expect(
      names('Strong analytical, statistical, and computational/programming skills.'),
    ).toContain('Analytical Skills');
  });

  it('when a shared-noun list opens the text, then its first part names its skill too', () => {
    expect(names('Analytical, organizational, and presentation skills.')).toContain(
      'Analytical Skills',
    );
  });

  it('when a praise word stands before a shared-noun part or a printed line wraps inside the list, then the part still names its skill', () => {
    expect(names('You have strong analytical and deductive skills.')).toContain(
      'Analytical Skills',
    );
    expect(
      names('Excellent written, verbal, analytical, organizational, and\ninterpersonal skills.'),
    ).toEqual(
      expect.arrayContaining(['Analytical Skills', 'Organization Skills', 'Interpersonal Skills']),
    );
  });

  it('when "DBA" follows a company\'s legal form, then it is "doing business as", not database administration; alone it is', () => {
    expect(names('Natural Essentials, Inc. DBA Bulk Apothecary is growing.')).not.toContain(
      'Database Administration',
    );
    expect(names('Experience as a DBA for PostgreSQL.')).toContain('Database Administration');
  });

  it('when Apache names the foundation or its licence, OCI the container format, or a supply chain is software, then none is the skill; used as such, they are', () => {
    const found = names(
      'The Apache Software Foundation releases code under the Apache License 2.0. Build OCI images and secure the software supply chain against supply-chain attacks.',
    );
    expect(found).not.toContain('Apache HTTP Server');
    expect(found).not.toContain('Oracle Cloud');
    expect(found).not.toContain('Supply Chain Management');
    expect(names('Configure Apache and Nginx; migrate to OCI; optimise the supply chain.')).toEqual(
      expect.arrayContaining(['Apache HTTP Server', 'Oracle Cloud', 'Supply Chain Management']),
    );
  });

  it('when a text names workflow managers, spatial SQL, single sign-on, test management or HR law tools, then they are skills of their own', () => {
    expect(
      names(
        'Pipelines in Nextflow and Snakemake, reports in R Markdown, data in PostGIS, SSO via SAML, test cases in TestRail, plans in MS Project, and knowledge of employment law and benefits administration.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Nextflow',
        'Snakemake',
        'R Markdown',
        'PostGIS',
        'SAML',
        'TestRail',
        'Microsoft Project',
        'Employment Law',
        'Benefits Administration',
      ]),
    );
    expect(names('Experience in science communication and outreach.')).toContain(
      'Science Communication',
    );
  });

  it('when a posting asks to organise company or team events or to host events, then it names event planning', () => {
    expect(names('Organize and set up company events.')).toContain('Event Planning');
    expect(names('Host events: lead the design of annual workshops.')).toContain('Event Planning');
  });

  it('when a posting says user account management, NetSuite or web APIs, then it names access management, NetSuite and web APIs, not account management, ERP or browser APIs', () => {
    const found = names('Conduct user account management; NetSuite a plus; working with web APIs.');
    expect(found).toEqual(
      expect.arrayContaining(['Identity and Access Management', 'NetSuite', 'REST APIs']),
    );
    expect(found).not.toContain('Account Management');
    expect(found).not.toContain('ERP');
    expect(found).not.toContain('Browser APIs');
  });

  it("when a skill's name is part of a journal's or a conference's name, then it is no skill; used, then it is", () => {
    expect(names('Paper accepted at the Journal of Conflict Resolution.')).not.toContain(
      'Conflict Resolution',
    );
    expect(names('Proceedings of the International Conference on Machine Learning')).not.toContain(
      'Machine Learning',
    );
    expect(names('Used machine learning at a conference on ethics.')).toContain('Machine Learning');
  });

  it("when a skill's name is an academic unit's or a society's, then it is no skill; studied, then it is", () => {
    for (const [skill, text] of [
      ['Biology', 'Data scientist, Department of Biology, University of Utah, 2019-2021'],
      ['Chemistry', 'Postdoc, Dept. of Chemistry, ETH Zurich'],
      ['Mathematics', 'Research assistant, Faculty of Mathematics, Vienna'],
      ['Mathematics', 'Prêmio da Sociedade Brasileira de Matemática Aplicada e Computacional'],
      ['Mathematics', 'Borsista, Dipartimento di Matematica, Università di Torino'],
      ['Physics', 'Doktorand, Lehrstuhl für Physik, Universität Mainz'],
    ] as const)
      expect(names(text), text).not.toContain(skill);
    expect(names('BSc in Mathematics; applied mathematics to traffic models')).toContain(
      'Mathematics',
    );
    expect(names('Studied the chemistry of the Department of Biology building')).toContain(
      'Chemistry',
    );
    // A posting's hiring institute is named after the field it asks for.
    expect(names('Das Institut für Mathematik sucht eine Mitarbeiterin')).toContain('Mathematics');
  });

  it('when social media is data to analyze, then it is not Social Media Marketing; managing it is', () => {
    for (const text of [
      'Contributed to projects on social media analysis for public health.',
      'Pulled over 5 million mentions of violence from social media.',
      'Analyzing social media to determine organizational structures.',
    ])
      expect(names(text), text).not.toContain('Social Media Marketing');
    expect(names('Grew our presence on social media by 40%.')).toContain('Social Media Marketing');
  });

  it('when a text names a user researcher or a UX researcher, then that is not Research Skills; a researcher is', () => {
    expect(names('Junior user researcher')).not.toContain('Research Skills');
    expect(names('Combine the skills of both a UX Researcher and a Designer.')).not.toContain(
      'Research Skills',
    );
    expect(names('An experienced researcher in genomics.')).toContain('Research Skills');
  });

  it("when a posting sends the reader to HR's pages, interview or application window, then HR is no skill; as a field, then it is", () => {
    for (const text of [
      'See the [agency human resources pay and benefits page](https://example.gov/pay) for details.',
      'Step two is the HR interview.',
      "HR's application window will be short.",
      "All listings are on the university's HR site.",
      'Neem contact op met HR voor meer informatie.',
    ])
      expect(names(text), text).not.toContain('Human Resources');
    expect(names('Degree in Marketing, Human Resources or a related field.')).toContain(
      'Human Resources',
    );
  });

  it("when a posting names the employer's HR office, its own recruiting or someone's overtime payments, then none of them is a skill", () => {
    const found = names(
      'We are recruiting a Support Analyst. Questions go to the local Human Resources Office. Overtime payments apply.',
    );
    expect(found).not.toContain('Recruiting');
    expect(found).not.toContain('Human Resources');
    expect(found).not.toContain('Payments');
    expect(names('Experience in recruiting and payment processing.')).toEqual(
      expect.arrayContaining(['Recruiting', 'Payments']),
    );
  });

  it('when a text names the teams or people one works with, then their functions are not skills; done by the candidate, they are', () => {
    const found = names(
      'Work closely with product managers, sales, and customer success teams. You will work with Product Management and other stakeholders. Interact with software engineers, data scientists and end users.',
    );
    expect(found).not.toContain('Sales');
    expect(found).not.toContain('Customer Success');
    expect(found).not.toContain('Product Management');
    expect(found).not.toContain('Data Science');
    expect(
      names('Experience in product management and B2B sales. Data science with Python.'),
    ).toEqual(expect.arrayContaining(['Product Management', 'Sales', 'Data Science']));
  });

  it('when a resume works with sales to close deals or reports sales targets, margins and KPIs, then Sales is not its skill; selling is', () => {
    expect(
      names(
        'Collaborated with sales to close enterprise deals. Worked with Supply Chain and Sales to forecast demand. Campaigns averaging 145% of sales targets. Flagged inflated sales margins. Tracked sales KPIs.',
      ),
    ).not.toContain('Sales');
    expect(names('Inside sales and B2B sales to close enterprise deals.')).toContain('Sales');
  });

  it('when workflows are listed before GitHub in parentheses, then that is GitHub, not GitHub Actions', () => {
    expect(names('Minimal Computing workflows (GitHub, static sites)')).toEqual(['GitHub']);
    expect(names('CI with GitHub workflows')).toContain('GitHub Actions');
  });

  it("when resumes outside software name their field's methods and tools, then each is found", () => {
    expect(
      names(
        'Tools: Revit, SketchUp, Rhino, Adobe Lightroom. Methods: remote sensing, LiDAR, species distribution modelling, structural equation modeling, MCMC, EEG and fMRI. Classroom management, differentiated instruction, TEFL. International arbitration, maritime law, due diligence. Pay-per-click, Google Tag Manager, lead generation.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Revit',
        'SketchUp',
        'Rhino 3D',
        'Adobe Lightroom',
        'Remote Sensing',
        'LiDAR',
        'Species Distribution Modelling',
        'Structural Equation Modeling',
        'Markov Chain Monte Carlo',
        'EEG',
        'fMRI',
        'Classroom Management',
        'Differentiated Instruction',
        'TESOL',
        'International Arbitration',
        'Maritime Law',
        'Due Diligence',
        'SEM',
        'Google Tag Manager',
        'Lead Generation',
      ]),
    );
  });

  it('when "architectural design" is a software system\'s or "urbanisme" an information system\'s, then no architecture or urban-planning skill', () => {
    const found = names(
      "Contribute to the architectural design of HPC systems. Conception logicielle, urbanisme et architecture d'applicatifs.",
    );
    expect(found).not.toContain('Architectural Design');
    expect(found).not.toContain('Urban Planning');
  });

  it('when Dutch, German and French postings ask for customer focus, invoicing, events and care in their own words, then the skills are found', () => {
    expect(
      names(
        'Een klant- en servicegerichte instelling, een oplossingsgerichte houding, nauwkeurig werken, goede communicatieskills. Rechnungsstellung und Event-Organisation. Qualités rédactionnelles; prise en charge clinique des patients; étudiante en médecine.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Customer Focus',
        'Problem Solving',
        'Attention to Detail',
        'Communication',
        'Invoicing',
        'Event Planning',
        'Writing Skills',
        'Patient Care',
        'Medicine',
      ]),
    );
  });

  it('when CAD is a currency, TS a standard\'s kind, a delegation a body of people and "Gis" a French research group, then none is a skill; as skills they are', () => {
    const found = names(
      'Fellowship – 70,000 CAD /year. Certification projects (ISO/TS 22163:2017). Member of the inter-ministerial delegation for the national strategy. Student Delegate at the WTO. Journée de recherche iMind/ Gis Autisme.',
    );
    for (const skill of ['AutoCAD', 'TypeScript', 'Delegation', 'GIS'])
      expect(found).not.toContain(skill);
    expect(
      names('Drafting in CAD and Revit; TS and Node; delegating tasks to staff; GIS mapping.'),
    ).toEqual(expect.arrayContaining(['AutoCAD', 'TypeScript', 'Delegation', 'GIS']));
  });

  it('when French, Spanish and Portuguese postings ask for writing in their words, then Writing Skills is found', () => {
    for (const text of [
      'Capacité rédactionnelle (rapport, appel à projets).',
      'Savoir rédiger des présentations (rédaction de rapport).',
      'Rédaction de contenu.',
      'Buena expresión escrita.',
      'Excelentes habilidades de comunicação escrita.',
    ])
      expect(names(text), text).toContain('Writing Skills');
  });

  it('when a posting asks to facilitate activities, tutorials, group sessions or planning, then Facilitation is found', () => {
    for (const text of [
      'Ability to facilitate activities amongst a highly diverse community.',
      'Organizing peer-mentorship groups and facilitating tutorials.',
      'Facilitates group presentations on health topics.',
      'Facilitating planning and estimation.',
    ])
      expect(names(text), text).toContain('Facilitation');
  });

  it('when a posting asks to manage the hiring, to recruit and interview, or for talent recruitment in Italian, then Recruiting is found; an employer that seeks to recruit and retain a workforce is no skill', () => {
    for (const text of [
      'Manage the hiring and training processes for new staff members.',
      'Recruit and hire seasonal staff.',
      'Junior Recruitment Analyst.',
      'Supporto nel reclutamento di talenti tecnologici.',
    ])
      expect(names(text), text).toContain('Recruiting');
    expect(names('The College seeks to recruit and retain a diverse workforce.')).not.toContain(
      'Recruiting',
    );
  });

  it('when Portuguese and French postings ask for sales, content, volunteers and budgets in their words, then the skills are found', () => {
    expect(
      names(
        'Perfil analítico; negociação de compra e venda; marketing de conteúdo; geração de leads nas redes sociais; pessoas muito organizadas e comunicativas; gerenciar projetos. Coordination des bénévoles, recherche de financements, suivi du budget.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Analytical Skills',
        'Negotiation',
        'Content Marketing',
        'Lead Generation',
        'Social Media Marketing',
        'Organization Skills',
        'Communication',
        'Project Management',
        'Volunteer Management',
        'Fundraising',
        'Budgeting',
      ]),
    );
  });

  it('when "Word" stands beside Excel or PowerPoint in a list, then it is Microsoft Word; a Word resume, a Word document or "Your Word Matters" is not', () => {
    expect(names('Microsoft Office Suite (Excel, Word, Visio).')).toContain('Microsoft Word');
    expect(names('Word, Excel and PowerPoint.')).toContain('Microsoft Word');
    expect(
      names('E-mail your Word resume. Honor Commitments, Your Word Matters. A Word document.'),
    ).not.toContain('Microsoft Word');
  });

  it('when "Access" stands beside Excel in a list, then both Excel and Microsoft Access are found; "Access to data" and Open Access are not Microsoft Access', () => {
    expect(names('Organized data using Microsoft Excel and Access.')).toEqual(
      expect.arrayContaining(['Excel', 'Microsoft Access']),
    );
    expect(names('Skills: Excel and Access')).toEqual(
      expect.arrayContaining(['Excel', 'Microsoft Access']),
    );
    expect(names('Access to data matters. Open Access publishing.')).not.toContain(
      'Microsoft Access',
    );
  });

  it('when "Word" is a bulleted line after another Office program, then it is Microsoft Word; a Word document on the line before Excel is not', () => {
    expect(names('* Microsoft Office\n* Excel\n* PowerPoint\n* Word\n* Python')).toContain(
      'Microsoft Word',
    );
    expect(names('Send a Word document.\nExcel reports')).not.toContain('Microsoft Word');
  });

  it('when a German posting asks for "Word und Power Point", then Word is Microsoft Word', () => {
    expect(names('Gute Kenntnisse in Word und Power Point')).toContain('Microsoft Word');
  });

  it('when a Spanish or French CV names statistical analyses and spatial analysis in its words, then Statistics and Spatial Analysis are found', () => {
    expect(
      names(
        'Biólogo especializado en análisis espacial. R, Análisis estadísticos. Spatial modelling & analysis. Méthodes statistiques.',
      ),
    ).toEqual(expect.arrayContaining(['Spatial Analysis', 'Statistics']));
    expect(names('Python, análisis estadísticos')).toContain('Statistics');
  });

  it('when French, Spanish, Portuguese and German texts ask to lead a team in their words, then Team Management is found', () => {
    for (const text of [
      "Encadrement d'équipe et gestion budgétaire.",
      'Experiencia en gestión de equipos.',
      'Gestão de equipes comerciais.',
      'Kooperative Mitarbeiterführung und Teamleitung.',
    ])
      expect(names(text), text).toContain('Team Management');
  });

  it('when a posting or resume names smoke tests, Microsoft Defender, Xen, Druid or program evaluation, then each is found', () => {
    expect(
      names(
        'Run smoke tests; Microsoft Defender antivirus; Xen and KVM hypervisors; Apache Druid; program evaluation.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Smoke Testing',
        'Microsoft Defender',
        'Xen',
        'Apache Druid',
        'Program Evaluation',
      ]),
    );
  });

  it('when a CV or posting in French, Spanish, Portuguese, German or Italian names a researcher or a research project, then Research Skills is found', () => {
    for (const text of [
      'Doctorante en neurosciences.',
      'Investigador del Banco de México.',
      'Pesquisador no projeto de pesquisa.',
      'Wissenschaftlicher Forscher.',
      'Ricercatore presso INFN.',
    ])
      expect(names(text), text).toContain('Research Skills');
  });

  it('when a CV names econometrics in Portuguese, Spanish, French or German, or econometric methods, then Econometrics is found', () => {
    for (const text of [
      'Econometria espacial.',
      'Econometría aplicada.',
      'Économétrie.',
      'Ökonometrie.',
      'Econometric methods for panel data.',
    ])
      expect(names(text), text).toContain('Econometrics');
  });

  it("when a scientist's CV names lab, chemistry, signal and finance tools, then each is found", () => {
    expect(
      names(
        'RDKit, Biopython, PyMOL; proteomics and cheminformatics; flow cytometry; Vivado; a backtesting engine; uncertainty quantification; audio source separation; labour economics.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'RDKit',
        'Biopython',
        'PyMOL',
        'Proteomics',
        'Cheminformatics',
        'Flow Cytometry',
        'Vivado',
        'Backtesting',
        'Uncertainty Quantification',
        'Source Separation',
        'Labor Economics',
      ]),
    );
  });

  it('when a text asks for analysis of data, Auswertung großer Datenmengen or analizar datos, then Data Analysis is found', () => {
    for (const text of [
      'Conducting analysis of data quality and coverage.',
      'Erfahrung in der Auswertung und Visualisierung großer Datenmengen.',
      'Capacidad para analizar grandes volúmenes de datos.',
      'Savoir analyser des données.',
    ])
      expect(names(text), text).toContain('Data Analysis');
  });

  it('when a posting asks to present a roadmap, a strategy or technical information, or for written and presentation skills, then Presentation Skills is found', () => {
    for (const text of [
      'Present roadmap updates to C-suite executives.',
      'Present product strategy to stakeholders.',
      'Presents highly technical information to a wide variety of audiences.',
      'Excellent communication skills – verbal, written and presentation.',
      'Presentation of research at conferences.',
      'Eccellenti doti di presentazione.',
    ])
      expect(names(text), text).toContain('Presentation Skills');
  });

  it('when a resume managed a team, led developers or supervised helpers, then Team Management is found', () => {
    for (const text of [
      'Managed a five-person team.',
      'Trained and managed a team of five junior staff.',
      'Led three developers through a migration.',
      'Scheduled and supervised kitchen helpers.',
    ])
      expect(names(text), text).toContain('Team Management');
  });

  it('when a posting asks to document policies or incidents, for well-documented code, or to "documenter" in French, then Documentation is found', () => {
    for (const text of [
      'Devise and document policies and procedures.',
      'Document incidents in the service desk tool.',
      'Make the codebase modular and well-documented.',
      // Documentation needs a related skill in the text (here Communication).
      'Documenter et partager les pratiques; qualités de communication.',
      'Du dokumentierst komplexe technische Inhalte; gute Kommunikationsfähigkeit.',
    ])
      expect(names(text), text).toContain('Documentation');
  });

  it('when a posting asks for needs analyses or "Erhebung von Anforderungen", then Requirements Gathering is found', () => {
    for (const text of [
      'Support needs analyses to define opportunities for improved business processes.',
      'Erhebung von Anforderungen an Metadateninfrastrukturen.',
    ])
      expect(names(text), text).toContain('Requirements Gathering');
  });

  it('when user experience is the outcome of the work, then it is no UX design skill; as a practice it is', () => {
    expect(
      names('Improving the overall user experience. Ensure a seamless user experience.'),
    ).not.toContain('UX Design');
    expect(names('Experience in user experience design and UX research.')).toContain('UX Design');
    expect(names('Strong background in user experience.')).toContain('UX Design');
  });

  it('when a language shares a given name ("Julia Meltzer") or accessibility is of data, then neither is a skill', () => {
    expect(names('Mentor: Julia Meltzer. Ruby Chen, supervisor.')).not.toEqual(
      expect.arrayContaining(['Julia']),
    );
    expect(names('Mentor: Julia Meltzer. Ruby Chen, supervisor.')).not.toContain('Ruby');
    expect(names('Improving data accessibility for analysts.')).not.toContain('Accessibility');
    expect(names('Languages: Python, Julia, Ruby. Web accessibility (WCAG).')).toEqual(
      expect.arrayContaining(['Julia', 'Ruby', 'Accessibility']),
    );
  });

  it('when German compounds share their ending ("Kommunikations- und Teamfähigkeiten", "SQL- und Python-Kenntnisse"), then each part is found', () => {
    expect(names('Ausgeprägte Kommunikations- und Teamfähigkeiten.')).toEqual(
      expect.arrayContaining(['Communication', 'Teamwork']),
    );
    expect(names('Gute SQL- und Python-Kenntnisse.')).toEqual(
      expect.arrayContaining(['SQL', 'Python']),
    );
    expect(names('Büro- und Lagerarbeiten.')).toEqual([]);
  });

  it("when R is a German gender ending or iOS is Cisco's, then neither is a skill", () => {
    expect(names('WISSENSCHAFTLICHE/R MITARBEITER/IN')).not.toContain('R');
    expect(names('Netzwerk: OSPF, Cisco IOS, VPN')).not.toContain('iOS');
    expect(names('Languages: R, Python. Swift and iOS apps.')).toEqual(
      expect.arrayContaining(['R', 'iOS']),
    );
  });

  it('when hyphenated words share a noun ("analytical and problem-solving skills", "an analytical and business-oriented mindset"), then each part is found', () => {
    expect(names('Excellent analytical and problem-solving skills.')).toEqual(
      expect.arrayContaining(['Analytical Skills', 'Problem Solving']),
    );
    expect(names('An analytical and business-oriented mindset.')).toContain('Analytical Skills');
    expect(names('An analytical thinker and problem-solver.')).toEqual(
      expect.arrayContaining(['Analytical Skills', 'Problem Solving']),
    );
  });

  it('when Catalan, French or Spanish postings name ML methods, then they are found', () => {
    expect(
      names(
        'Processament del Llenguatge Natural i aprenentatge automàtic; réseaux de neurones et séries temporelles; análisis estadístico.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Natural Language Processing',
        'Machine Learning',
        'Neural Networks',
        'Time Series',
        'Statistics',
      ]),
    );
  });

  it('when GitHub is a contact handle or a front-matter key, then it is no skill', () => {
    expect(names('Tyler Williams - GitHub: @tylerwilliams')).not.toContain('GitHub');
    expect(names('Email: a@b.org\nGitHub: tinfoilcipher\nSkills: Terraform')).not.toContain(
      'GitHub',
    );
    expect(names('author_github: erxleben')).not.toContain('GitHub');
    expect(names('Pull requests on GitHub and GitLab.')).toContain('GitHub');
  });

  it('when a French posting names its practices, then they are found (fiabilité des sites, intégration continue, infrastructure en tant que code)', () => {
    expect(
      names(
        'Pratiques de fiabilité des sites; intégration continue; infrastructure en tant que code; AWS.',
      ),
    ).toEqual(
      expect.arrayContaining(['Site Reliability Engineering', 'CI/CD', 'Infrastructure as Code']),
    );
  });

  it('when a posting asks to work closely with product, engineering or sales teams, then that is cross-functional collaboration, not product management', () => {
    const found = names('Work closely with product managers, sales, and customer success teams.');
    expect(found).toContain('Cross-Functional Collaboration');
    expect(found).not.toContain('Product Management');
  });

  it('when postings name test planning, regression and exploratory testing, pair programming, process modelling or Jekyll, then those skills are found', () => {
    expect(
      names(
        'Write test plans; run regression tests and exploratory testing; pair programming; business process modelling with BPMN; Jekyll sites.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Test Planning',
        'Regression Testing',
        'Exploratory Testing',
        'Pair Programming',
        'Business Process Modeling',
        'BPMN',
        'Jekyll',
      ]),
    );
  });

  it('when French, Portuguese or German postings name testing, analysis and design work, then the skills are found', () => {
    expect(
      names(
        'Tests unitaires. Análise de negócios e modelagem de processos. Webdesign und Nutzerforschung.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Unit Testing',
        'Business Analysis',
        'Business Process Modeling',
        'Web Design',
        'User Research',
      ]),
    );
  });

  it('when postings ask for planning, independence, learning and organisation in their own words, then the soft skills are found', () => {
    const found = names(
      'Manage grant budgets. Deadline-oriented. Able to work autonomously. A quick study. Detail-oriented and organized. Multiple projects simultaneously.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Budgeting',
        'Time Management',
        'Self-Motivation',
        'Learning Agility',
        'Organization Skills',
        'Multitasking',
      ]),
    );
  });

  it('when a robotics, security or Italian finance posting names its tools and duties, then they are found', () => {
    expect(
      names(
        'Robot learning with ROS, Inkscape, GIMP, Pandoc, Emacs and GNU Octave. Red team exercises and bug bounty programs. Analisi di bilancio, pianificazione finanziaria, sistemi di controllo interno.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Robotics',
        'ROS',
        'Inkscape',
        'GIMP',
        'Pandoc',
        'Emacs',
        'GNU Octave',
        'Red Team Operations',
        'Bug Bounty',
        'Financial Analysis',
        'Financial Planning',
        'Internal Controls',
      ]),
    );
  });

  it('when a posting asks to supervise staff or lead a team of people, then that is team management', () => {
    expect(names('Supervises the accounting staff. Experience supervising interns.')).toContain(
      'Team Management',
    );
  });
});

describe('design, data modelling and thinking skills in other languages', () => {
  it('when Spanish and Italian postings ask for diseño gráfico, modellazione dati, riconoscimento vocale, pensiero critico and doti analitiche, then the skills are found', () => {
    expect(
      names(
        'Propuestas de diseño gráfico y diseño de interacción. Buscamos diseñadores web. Modellazione dati, riconoscimento vocale, pensiero critico e forti doti analitiche.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Graphic Design',
        'Interaction Design',
        'Web Design',
        'Data Modeling',
        'Speech Recognition',
        'Critical Thinking',
        'Analytical Skills',
      ]),
    );
  });
});

describe('network, security-operations and research tools', () => {
  it('when a CV names Cisco IOS, Juniper ScreenOS, OSPF, VLANs, Nessus, CyberArk, Visio, Zotero, NVivo and OpenRefine, then each is found', () => {
    expect(
      names(
        'Networking: OSPF, VLANs, Juniper ScreenOS, Cisco IOS. Security: Nessus scans, CyberArk, phishing simulations with KnowBe4. Tools: Visio, Zotero, NVivo, OpenRefine, LibGuides, Omeka.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Cisco',
        'Juniper',
        'OSPF',
        'VLANs',
        'Nessus',
        'CyberArk',
        'Security Awareness Training',
        'Microsoft Visio',
        'Zotero',
        'NVivo',
        'OpenRefine',
        'LibGuides',
        'Omeka',
      ]),
    );
  });

  it('when "juniper" is a plant and "miro" a word in lower case, then neither tool is found', () => {
    expect(names('Planted juniper shrubs along the path; visited the miro exhibition.')).toEqual(
      [],
    );
  });
});

describe('project and office work in other languages', () => {
  it('when German, French and English postings name Projektleitung, project coordination, administrative Aufgaben and Gestion d’équipes, then project management, administrative support and team management are found', () => {
    const found = names(
      'In deinen Händen liegt die Projektleitung. Knowledge in the coordination of projects. Sie übernehmen administrative Aufgaben und die Organisationsassistenz. Gestion d’équipes et gestion administrative courante.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Project Management', 'Administrative Support', 'Team Management']),
    );
  });
});

describe('words that name a place, a sector or a loose activity, not a skill', () => {
  it('when a posting names the Archives, offene Daten, relationship management, a service-oriented attitude, data infrastructure, evangelizing, a build pipeline, demos, la economía or telecom, then none of their former skills is found', () => {
    const found = names(
      'Visit the Archives. Wir fördern offene Daten. Relationship management with partners. A service-oriented attitude. We run the data infrastructure. Evangelize the product. Keep the build pipeline green. Give demos. La economía crece. We serve telecom customers.',
    );
    for (const skill of [
      'Archival Processing',
      'Open Science',
      'Networking Skills',
      'Customer Service',
      'Data Engineering',
      'Technical Evangelism',
      'Build Tools',
      'Product Demos',
      'Economics',
      'Telecommunications',
    ])
      expect(found).not.toContain(skill);
  });

  it('when the same skills are named as such, then they are still found', () => {
    expect(
      names(
        'Archival processing, open data, professional networking, customer service, data engineering, product demonstrations, economics and telecommunications.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Archival Processing',
        'Open Science',
        'Networking Skills',
        'Customer Service',
        'Data Engineering',
        'Product Demos',
        'Economics',
        'Telecommunications',
      ]),
    );
  });
});

describe('adaptability and cross-functional work in more words', () => {
  itFinds([
    [
      'Adaptability',
      'Managing your own projects and adapting to changing priorities. You should be comfortable changing the area of focus.',
    ],
    [
      'Cross-Functional Collaboration',
      'Collaborating in multi-disciplinary teams to build digital products.',
    ],
    [
      'Cross-Functional Collaboration',
      'Erfahrung in der Zusammenarbeit mit multidisziplinären Teams.',
    ],
    ['Cross-Functional Collaboration', 'Travailler au sein d’équipes pluridisciplinaires.'],
    [
      'Cross-Functional Collaboration',
      'Be prepared to lead as part of crossfunctional project teams.',
    ],
  ]);
});

describe('soft skills in the sentences postings write them in', () => {
  // Communicating, learning, one's own initiative, remote work, complex problems, one's time
  // and interpersonal skills, in the words and languages postings use.
  itFinds([
    ['Communication', 'Communicates effectively with users and developers.'],
    ['Communication', 'Communiquer au reste de l’équipe.'],
    ['Learning Agility', 'A strong desire to learn and collaborate with the team.'],
    ['Learning Agility', 'Learning on the job all the ins and outs of IP telephony.'],
    ['Self-Motivation', 'Accomplish assigned functions on their own initiative.'],
    ['Self-Motivation', 'Habilidad de trabajar de manera independiente.'],
    ['Remote Collaboration', 'Ability to work collaboratively with remote co-workers.'],
    ['Remote Collaboration', 'Teams are distributed across multiple time zones.'],
    ['Problem Solving', 'Can make progress on complex problems without supervision.'],
    ['Problem Solving', 'Die Entwicklung kreativer Lösungsstrategien.'],
    ['Organization Skills', 'Jij bent de allrounder, een organisatietalent.'],
    ['Organization Skills', 'A strong ability to organize one’s time.'],
    ['Interpersonal Skills', 'Habilidades interpersonales, particularmente motivación.'],
  ]);
});

describe('optimising as a verb and its object', () => {
  itFinds([
    [
      'Performance Optimization',
      'Developing, testing, profiling and optimising high-performance parallelised software.',
    ],
    ['Performance Optimization', 'Optimizing complex SQL queries for data extraction.'],
    ['Performance Optimization', 'Optimize websites and applications for maximum speed.'],
  ]);

  it('when a posting asks to optimise a budget, then Performance Optimization is not found', () => {
    expect(names('Optimize the marketing budget.')).not.toContain('Performance Optimization');
  });
});

describe('soft skills in the six other languages of the postings', () => {
  itFinds([
    ['Teamwork', 'Je bent een teamspeler en houdt van samenwerken.'],
    ['Problem Solving', 'Problemlösungsfähigkeit und Eigeninitiative.'],
    ['Attention to Detail', 'Sens du détail et rigueur.'],
    ['Organization Skills', 'Capacidad de organización.'],
    ['Adaptability', 'Capacité d’adaptation.'],
    ['Critical Thinking', 'Esprit critique.'],
    ['Stakeholder Management', 'Gestion des parties prenantes.'],
    ['Writing Skills', 'Capacità di scrittura.'],
    ['Conflict Resolution', 'Konfliktfähigkeit.'],
    ['Decision Making', 'Prise de décision.'],
    ['Public Speaking', 'Prise de parole en public.'],
    ['Strategic Thinking', 'Strategisches Denken.'],
  ]);
});

describe('research, campaigns, talks and mentees as CVs write them', () => {
  itFinds([
    ['Research Skills', 'Chargé de Recherche, INRIA Nancy.'],
    ['Research Skills', 'Ingénieur de Recherche en Spectroscopie.'],
    ['Research Skills', 'Forschungsprojekte: AlphaCognate.'],
    ['Research Skills', 'Research interests: marketing strategy.'],
    ['Campaign Management', 'Coordinated omnichannel campaigns for Fortune 500 companies.'],
    ['Campaign Management', 'Skills: campaign strategy, brand management.'],
    ['Public Speaking', 'Featured speaker on personal branding.'],
    ['Mentoring', 'Mentees and interns supervised.'],
    ['Mentoring', 'Encadrement d’étudiants de 2e année.'],
  ]);
});

describe('workshops, inventory and data analysis in Portuguese and Italian', () => {
  itFinds([
    ['Facilitation', 'Facilitated design thinking workshops for cross-functional teams.'],
    ['Facilitation', 'Led strategic workshops for cloud readiness.'],
    ['Inventory Management', 'Managed inventory levels for all grilling ingredients.'],
    ['Inventory Management', 'Supervised inventory controls and procurement planning.'],
    ['Data Analysis', 'Competências: Análise de Dados.'],
    ['Data Analysis', 'Esperienza in analisi dei dati.'],
    ['Data Science', 'Ciência de Dados aplicada às Ciências Sociais.'],
  ]);
});

describe('the common fields of work in the six other languages', () => {
  itFinds([
    ['Data Visualization', 'Visualização de dados com Power BI.'],
    ['Mobile Development', 'Expérience en développement mobile.'],
    ['Human Resources', 'Vous rejoignez le pôle ressources humaines.'],
    ['Quality Assurance', 'Erfahrung in der Qualitätssicherung.'],
    ['Supply Chain Management', 'Gestione della catena di approvvigionamento.'],
    ['Data Privacy', 'Kenntnisse im Datenschutz.'],
    ['Computer Vision', 'Visão computacional e aprendizado profundo.'],
    ['Teaching', 'Experiencia en enseñanza secundaria.'],
    ['Sales', 'Ervaring in verkoop.'],
  ]);
});

describe('deadlines and details', () => {
  itFinds([
    [
      'Time Management',
      'Ability to manage multiple competing tasks and meet established deadlines.',
    ],
    ['Attention to Detail', 'Problem-solving skills. Attentive to detail.'],
    ['Attention to Detail', 'Ability to think critically and detailed oriented.'],
  ]);
});

describe('events organised and qualitative research done', () => {
  itFinds([
    ['Event Planning', 'Plan and execute virtual events for 800+ members.'],
    ['Event Planning', 'Organised two international conferences.'],
    ['Qualitative Research', 'Conducted qualitative and quantitative analysis of access to care.'],
    ['Qualitative Research', 'Research from surveys and in-depth interviews with patients.'],
  ]);
});

describe('GitHub among the profile links of a CV', () => {
  it('when a contact line lists GitHub among profile links, then it is a link there, not a skill', () => {
    const found = names(
      'iggi@iu.edu  danielriggins.com  Twitter  Orcid  Github  LinkedIn  Keybase\n\nMail ⋄ LinkedIn ⋄ Site Web ⋄ Github\n\nSkype felixk101 Github github.com/felixk101 LinkedIn /in/felixkampfer',
    );
    expect(found).not.toContain('GitHub');
  });

  it('when a skills line lists GitHub, then it is still found, a profile label later on the line or not', () => {
    expect(names('Tools: Git, GitHub, Docker, LinkedIn Ads')).toContain('GitHub');
  });
});

describe('computing subjects named in other languages', () => {
  itFinds([
    ['Algorithms', 'Cursos: algoritmos, data structures, compiladores.'],
    ['Cybersecurity', 'Erfahrung in der IT-Sicherheit.'],
    ['Cybersecurity', 'Conoscenze di sicurezza informatica.'],
    ['Networking', 'Rechnernetze und Linux-Administration.'],
    ['Databases', 'Progettazione di basi di dati relazionali.'],
  ]);
});

describe('teams of several disciplines and collaboration on a CV', () => {
  itFinds([['Cross-Functional Collaboration', 'Collaborating in multidisciplinary teams.']]);

  it('when a CV line says it collaborated with a group, then that alone is no Teamwork', () => {
    expect(names('Collaborated with the sales group on pricing.')).not.toContain('Teamwork');
  });
});

describe('a first word shared by the parts of a list', () => {
  itFinds([
    ['Data Cleaning', 'Experience with data collection, cleaning and analysis.'],
    ['Data Analysis', 'Experience with data collection, cleaning and analysis.'],
    ['Web Development', 'Web design and development for small businesses.'],
    ['Accounts Receivable', 'Oversee accounts payable/receivable.'],
    ['Writing Skills', 'Excelentes habilidades de comunicação oral e escrita.'],
  ]);

  it('when a list of capitalised names follows a word, then the word is not shared ("Product Development, Sales, and Marketing")', () => {
    expect(
      names('Advocate for customers to Product Development, Sales, and Marketing.'),
    ).not.toContain('Product Marketing');
  });

  it('when a part goes on with more words of its own, then it shares nothing ("data collection, machine learning")', () => {
    expect(names('Skills: data collection, cleaning tools, SQL.')).not.toContain('Data Cleaning');
  });

  it('when a shared word makes a part a skill, then what the part names alone stays found', () => {
    expect(names('Understanding of network concepts, components and troubleshooting.')).toEqual(
      expect.arrayContaining(['Networking', 'Troubleshooting']),
    );
  });
});

describe('a last word shared by the parts of a list', () => {
  itFinds([
    ['Unit Testing', 'Write unit and integration testing for every service.'],
    ['Project Management', 'Five years of project and program management.'],
    ['Supervised Learning', 'Supervised and unsupervised learning methods.'],
    ['Web Development', 'Web and mobile development.'],
  ]);

  it('when a verb comes before the part next to the noun, then the verb shares nothing ("design and build recommender systems")', () => {
    expect(names('Design and build recommender systems.')).not.toContain('Design Systems');
  });

  it('when the noun is one of a run of capitalised names, then nothing is shared', () => {
    expect(names('Work with Security, PeopleOps and Business Operations.')).not.toContain(
      'Security Operations',
    );
  });
});

describe('names written the other way round, with "of"', () => {
  itFinds([
    ['Project Management', 'Responsible for the management of projects and budgets.'],
    ['API Design', 'Lead the design of APIs for partners.'],
    ['Test Automation', 'Drive the automation of tests across teams.'],
    ['Vendor Management', 'Management of vendors.'],
  ]);

  it('when the object goes on past the word that would name a skill, then nothing is inverted ("support of our technical infrastructure")', () => {
    expect(names('Contribute to the support of our technical infrastructure.')).not.toContain(
      'Technical Support',
    );
  });

  it('when the head word ends a name of its own, then that name is meant ("data management of your projects")', () => {
    expect(names('Be responsible for good data management of your projects.')).not.toContain(
      'Project Management',
    );
  });
});

describe('hyphenated words among the parts sharing a noun', () => {
  itFinds([['Frontend Development', 'Experience in front-end and back-end development.']]);
});

describe('acronyms in the plural', () => {
  itFinds([
    ['IRB', 'Experience with submissions to IRBs and the FDA.'],
    ['ERP', 'Experience implementing ERPs for mid-size firms.'],
  ]);

  it("when the plural of a role's acronym names people (SREs, DBAs), then it names no skill", () => {
    const found = names('Work closely with our SREs and DBAs.');
    expect(found).not.toContain('Site Reliability Engineering');
    expect(found).not.toContain('Database Administration');
  });
});

describe('an ambiguous name in a list beside a certain one of its kind', () => {
  itFinds([
    ['Mocha', 'Test frameworks: JUnit, TestNG, PyTest, Mocha.'],
    ['Espresso', 'Mobile testing (Appium, Espresso, XCUITest).'],
  ]);

  it('when the neighbour in the list is of another kind, then the ambiguous name still needs context', () => {
    expect(names('Hobbies: hiking, Swift')).not.toContain('Swift');
  });

  it('when two ambiguous names, each the other\'s kin, stand side by side ("Puppet or Chef", "Mocha/Chai"), then both are found', () => {
    expect(names('An automation framework such as Puppet or Chef.')).toEqual(
      expect.arrayContaining(['Puppet', 'Chef']),
    );
    expect(names('Tested with Mocha/Chai.')).toEqual(expect.arrayContaining(['Mocha', 'Chai']));
  });

  it('when the neighbour is ambiguous too but confirmed by its own context, then it confirms the name beside it', () => {
    // Puppet is kept for Linux; Chef beside it is the tool too.
    expect(names('Linux servers, managed with Puppet, Chef.')).toContain('Chef');
  });

  it('when the neighbour is software of another kind ("Ruby, .NET", "C, Arduino"), then it confirms the name too', () => {
    expect(names('Software development in either Ruby, .NET (or similar).')).toContain('Ruby');
    expect(names('Programmiererfahrung in C, Arduino, MATLAB')).toContain('C');
  });

  it('when the list is bulleted, one item a line, quoted or not, then the line before confirms the name', () => {
    expect(names('tools:\n  - "Google Sheets"\n  - "Slack"')).toContain('Slack');
    expect(names('Frameworks\n- Express.js\n- Gin\n- NestJS')).toContain('Gin');
  });

  it('when the bulleted item before names no skill (hiking), then the ambiguous name on the next line still needs context', () => {
    expect(names('Hobbies:\n- hiking\n- Swift')).not.toContain('Swift');
  });

  it('when two ambiguous names are not kin, then neither confirms the other', () => {
    expect(names('Hobbies: Swift, Chef')).not.toContain('Chef');
  });
});

describe('machine learning, engineering practice and GIS named in other languages', () => {
  itFinds([
    ['Deep Learning', 'Experiencia en aprendizaje profundo y Python.'],
    ['Version Control', 'Maîtrise du contrôle de version.'],
    ['Microservices', 'Arquitectura de microservicios en Java.'],
    ['Test Automation', 'Erfahrung mit automatisierte Tests.'],
    ['GIS', 'Manejo de sistemas de información geográfica.'],
  ]);
});

describe('operations and office work named in other languages', () => {
  itFinds([
    ['Event Planning', 'Erfahrung in Veranstaltungsplanung und Eventmanagement.'],
    ['Public Relations', 'Presse- und Öffentlichkeitsarbeit.'],
    ['Payroll', 'Vorbereitende Lohnbuchhaltung.'],
    ['Inventory Management', 'Gestion des stocks et des commandes.'],
    ['Test Automation', 'Erfahrung in Testautomatisierung.'],
  ]);
});

describe('what a CV says it did, in the past tense', () => {
  itFinds([
    ['Auditing', 'Audited cash receipts with rotating partners biweekly.'],
    ['Debugging', 'Debugged production issues across services.'],
    ['Budgeting', 'Budgeted the annual plan of the department.'],
  ]);
});

describe('media and design work named in other languages', () => {
  itFinds([
    ['Photography', 'Fotografía de producto y retoque.'],
    ['Video Editing', 'Montage vidéo et motion design.'],
    ['Graphic Design', 'Graphisme et mise en page.'],
  ]);
});

describe('a complement shared by several heads', () => {
  itFinds([
    ['Project Management', 'Gestion et suivi de projets en lien avec les missions.'],
    ['Project Management', 'Gestión y seguimiento de proyectos.'],
    ['API Design', 'The design and testing of APIs for partners.'],
  ]);

  it('when capitalised heads share a complement, then they name a degree, not a skill ("Gestión y Sistemas de Información")', () => {
    expect(
      names('Grado en Ingeniería Informática de Gestión y Sistemas de Información'),
    ).not.toContain('Information Management');
  });

  it('when the English head next to "of" names nothing with the object, then no earlier head shares it ("experience with DevOps and knowledge of Azure")', () => {
    expect(names('Experience with DevOps and knowledge of Azure.')).not.toContain('Azure DevOps');
  });
});

describe('"of" in the forms of each Romance language', () => {
  itFinds([
    ['Project Management', 'Experiencia en gestión del proyecto.'],
    ['Project Management', 'Gestione di progetti europei.'],
    ['Project Management', 'Gestão dos projetos da equipa.'],
    ['Project Management', 'Gestion des projets informatiques.'],
    ['Data Analysis', 'Análisis de los datos de campo.'],
  ]);
});

describe('names inside German compound nouns', () => {
  /** Enough German around a line for the text to read as German. */
  const german = (line: string): string =>
    `Wir suchen für das Team eine Person mit Erfahrung, die mit uns und für die Kunden arbeitet und die mit der Technik und der Sprache vertraut ist.\n${line}`;

  it.each([
    ['Project Management', 'Erfahrung in der Teilprojektsteuerung und im Reporting.'],
    ['Project Management', 'Mehrjährige Projektmanagementerfahrung im öffentlichen Dienst.'],
    ['Data Analysis', 'Aufgaben in der Verkehrsdatenanalyse.'],
  ])('when a German compound ends or begins with %s, then it is found ("%s")', (skill, line) => {
    expect(names(german(line))).toContain(skill);
  });

  it('when an English text has a capitalised word that ends like a name, then it names nothing ("Paleontology")', () => {
    const found = names(
      'Intern in Vertebrate Paleontology and Microeconomics with the archive team.',
    );
    expect(found).not.toContain('Linked Data');
    expect(found).not.toContain('Economics');
  });

  it('when a short name ends another word of a compound, then it is not read ("Projektevaluation")', () => {
    expect(names(german('Unterstützung bei der Projektevaluation.'))).not.toContain('Valuation');
  });
});

describe('project work, documentation and soft skills named in other languages', () => {
  itFinds([
    ['Project Management', 'Erfarenhet av projektledning och budget.'],
    ['Project Management', 'Conduite de projets numériques.'],
    ['Documentation', 'Rédaction de la documentation technique.'],
    ['Stakeholder Management', 'Gestión de partes interesadas.'],
    ['Analytical Skills', 'Pensamiento analítico y orientación a resultados.'],
    ['Communication', 'Ottime competenze comunicative.'],
  ]);
});

describe('common skills named in French, German, Spanish, Portuguese, Italian, Dutch and Nordic words', () => {
  itFinds([
    ['Open Source', 'Contribution à des logiciels libres.'],
    ['Open Source', 'Entusiasta do código aberto.'],
    ['Distributed Systems', 'Esperienza con sistemi distribuiti.'],
    ['Performance Optimization', 'Leistungsoptimierung von Webanwendungen.'],
    ['Software Development Life Cycle', 'Maîtrise du cycle de vie du logiciel.'],
    ['Data Cleaning', 'Limpieza de datos y análisis.'],
    ['User-Centered Design', 'Une démarche de conception centrée utilisateur.'],
    ['Network Security', 'Kenntnisse in Netzwerksicherheit.'],
    ['Requirements Gathering', 'Levantamento de requisitos com clientes.'],
    ['Marketing Strategy', 'Définir la stratégie marketing.'],
    ['Active Listening', 'Écoute active et empathie.'],
    ['Bioinformatics', 'Formation en bioinformatique.'],
    ['Embedded Systems', 'Développement de systèmes embarqués.'],
    ['Teamwork', 'Capacidad para trabajar en equipo.'],
    ['Teamwork', 'Gode samarbeidsevner.'],
    ['Product Owner', 'Som produkteier hos oss.'],
    ['Cross-Functional Collaboration', 'Du vil jobbe tverrfaglig med bankene.'],
    ['Machine Learning', 'Erfarenhet av maskininlärning.'],
  ]);

  it('when a Portuguese or Italian text digitalises processes, then that names no Digitization (as German Digitalisierung would not)', () => {
    expect(names('Foco na automação e digitalização dos processos de vendas.')).not.toContain(
      'Digitization',
    );
    expect(names('Numérisation des collections du musée.')).toContain('Digitization');
  });
});

describe('soft skills written as what one does, in French, German, Spanish, Portuguese, Italian and Dutch', () => {
  itFinds([
    ['Project Management', 'Capacidad para gestionar proyectos complejos.'],
    ['Project Management', 'Erfahrung darin, Projekte zu leiten.'],
    ['Team Management', 'Vous saurez encadrer une équipe de cinq personnes.'],
    ['Team Management', 'Esperienza nel guidare team tecnici.'],
    ['Problem Solving', 'Freude daran, Probleme zu lösen.'],
    ['Decision Making', 'Autonomia na tomada de decisões.'],
    ['Prioritization', 'Du kannst Prioritäten setzen.'],
    ['Learning Agility', 'Grande capacité d’apprentissage.'],
  ]);

  it("when French names an organisation's capacity, then that is no Organization Skills", () => {
    expect(
      names("Renforcer la capacité de l'organisation à répondre aux incidents."),
    ).not.toContain('Organization Skills');
  });
});

describe('practices, methods and domains named in French, German, Spanish, Portuguese and Italian', () => {
  itFinds([
    ['Authentication', 'Esperienza con sistemi di autenticazione.'],
    ['GDPR', 'Connaissance du RGPD et de la sécurité.'],
    ['Responsive Design', 'Maquetación con diseño responsivo.'],
    ['Recommender Systems', 'Thèse sur les systèmes de recommandation.'],
    ['Scientific Computing', 'Experiência em computação científica.'],
    ['Vulnerability Management', 'Verantwortung für das Schwachstellenmanagement.'],
    ['Causal Inference', 'Métodos de inferencia causal.'],
    ['Clinical Research', 'Coordination de la recherche clinique.'],
  ]);
});

describe('common skills named in Norwegian, Swedish, Danish and Dutch', () => {
  itFinds([
    ['Problem Solving', 'Løsningsorientert og proaktiv.'],
    ['Cybersecurity', 'Erfaring med informasjonssikkerhet.'],
    ['User Research', 'Du leder brukertesting og brukerinnsikt.'],
    ['Agile', 'Vi arbetar med agila metoder.'],
    ['Accessibility', 'Kjennskap til universell utforming.'],
    ['Troubleshooting', 'Felsökning av nätverk och servrar.'],
    ['Team Management', 'Du har personalansvar för fem medarbetare.'],
    ['UX Design', 'Ervaring met gebruikerservaring en interactieontwerp.'],
  ]);
});

describe("a CV's office tools, teaching and supervision in other languages", () => {
  itFinds([
    ['Microsoft Office', 'Informatique : bureautique, Python.'],
    ['Excel', 'Tabellenkalkulation und Präsentationen.'],
    ['Teaching', 'Chargée de TD en statistique, 2019-2021.'],
    ['Teaching', 'Lehrauftrag für Datenbanken, WS 2020.'],
    ['Mentoring', 'Encadrement de stagiaires et de doctorants.'],
    ['Mentoring', 'Co-supervised two master students.'],
    ['Scientific Writing', 'Redação de artigos científicos.'],
  ]);
});

describe('German declensions and phrasings of common skills', () => {
  itFinds([
    ['Machine Learning', 'Grundkenntnisse in maschinellem Lernen.'],
    ['Agile', 'Erfahrung mit agilen Methoden.'],
    ['Project Management', 'Verantwortung für die Leitung von Projekten.'],
    ['Teamwork', 'Die Arbeit im Team macht dir Spaß.'],
    ['Team Management', 'Sie übernehmen Personalverantwortung für zehn Mitarbeitende.'],
    ['Self-Motivation', 'Hohe Eigenmotivation.'],
  ]);

  it('when English says "IT security", then that alone is no Cybersecurity (as before)', () => {
    expect(names('Complete the annual IT security awareness training.')).not.toContain(
      'Cybersecurity',
    );
  });
});

describe('engineering practices and data work named in French, Spanish, Portuguese, Italian and German', () => {
  itFinds([
    ['ETL', 'Concevoir et maintenir des pipelines de données.'],
    ['Docker', 'Conteneurisation des applications.'],
    ['Natural Language Processing', 'Ingénieur d’études en TAL et humanités numériques.'],
    ['Design Patterns', 'Dominio de patrones de diseño.'],
    ['Data Warehousing', 'Modélisation d’un entrepôt de données.'],
    ['Frontend Development', 'Intégration web HTML et CSS.'],
    ['Object-Oriented Programming', 'Maîtrise de la POO.'],
  ]);
});

describe('the less common soft skills and teaching skills in other languages', () => {
  itFinds([
    ['Emotional Intelligence', 'Inteligencia emocional y empatía.'],
    ['Cultural Awareness', 'Interkulturelle Kompetenz und Englisch.'],
    ['Facilitation', 'Animer des ateliers avec les usagers.'],
    ['Lesson Planning', 'Unterrichtsplanung und -durchführung.'],
    ['Science Communication', 'Atividades de divulgação científica.'],
    ['Conflict Resolution', 'Habilidad en gestión de conflictos.'],
  ]);

  it('when a posting asks for a sense of responsibility, then that is no Ownership (2 of 2 tune postings did not label it)', () => {
    expect(names('Hohes Verantwortungsbewusstsein und Zuverlässigkeit.')).not.toContain(
      'Ownership',
    );
  });
});

describe('finance, people, legal, sales and health work named in other languages', () => {
  itFinds([
    ['Financial Modeling', 'Maîtrise de la modélisation financière.'],
    ['Account Reconciliation', 'Realizar conciliaciones bancarias mensuales.'],
    ['Contract Drafting', 'Erfahrung in der Vertragsgestaltung.'],
    ['Business Development', 'Prospection commerciale et suivi des clients.'],
    ['Electronic Health Records', 'Uso do prontuário eletrônico.'],
    ['Nonprofit Management', 'Expérience en gestion associative.'],
  ]);

  it('when a French posting describes its hiring, then "recrutement" names no Recruiting (7 of 9 tune postings)', () => {
    expect(names('Processus de recrutement : un entretien avec l’équipe.')).not.toContain(
      'Recruiting',
    );
  });
});

describe('German adjectives that share their ending', () => {
  it('when "team- und kommunikationsfähig" or "lösungs- und kundenorientiert" shares its ending, then each part is found', () => {
    expect(names('Sie sind team- und kommunikationsfähig.')).toEqual(
      expect.arrayContaining(['Teamwork', 'Communication']),
    );
    expect(names('Du arbeitest lösungs- und kundenorientiert.')).toEqual(
      expect.arrayContaining(['Problem Solving', 'Customer Focus']),
    );
  });

  itFinds([
    ['Teamwork', 'Wir suchen eine teamstarke Person.'],
    ['Teamwork', 'Kollegialer Teamspirit.'],
  ]);
});

describe('phrases a printed or Markdown line wraps onto an indented line', () => {
  it('when a name wraps onto an indented continuation line, then it is found as on one line', () => {
    expect(names('-   Experience building machine\n    learning pipelines.')).toContain(
      'Machine Learning',
    );
    expect(names('-   Eccellenti doti comunicative, interpersonali e\n    analitiche.')).toContain(
      'Analytical Skills',
    );
    expect(names('-   Data collection,\n    cleaning and analysis.')).toEqual(
      expect.arrayContaining(['Data Cleaning', 'Data Analysis']),
    );
  });

  it('when words sit in two columns on one line, then no name is read across the columns', () => {
    expect(names('Machine        Learning')).not.toContain('Machine Learning');
    expect(names('Machine\n\n    Learning')).not.toContain('Machine Learning');
  });
});

describe('statistical learning and scientific writing, in English and Romance words', () => {
  itFinds([
    ['Machine Learning', 'Traitement du signal et apprentissage statistique appliqués au son.'],
    ['Machine Learning', 'Methods of statistical learning.'],
    ['Scientific Writing', 'Escrita Científica | Econometria | R.'],
  ]);
});

describe('IT support and operations named in other languages', () => {
  itFinds([
    ['Technical Support', 'Experiencia en mesa de ayuda.'],
    ['Ticketing Systems', 'Erfahrung mit einem Ticketsystem.'],
    ['VoIP', 'Administración de telefonía IP.'],
    ['Active Directory', 'Gestión de usuarios en Directorio Activo.'],
    ['Incident Management', 'Gestión de incidencias de nivel 1.'],
  ]);
});

describe('a name written for two skills at once', () => {
  it.each([
    ['Solid grasp of data structures and algorithms.', ['Data Structures', 'Algorithms']],
    ['Extremely detail-oriented and organized.', ['Organization Skills', 'Attention to Detail']],
    ['Excellent communication and writing skills.', ['Communication', 'Writing Skills']],
    ['Experience in Linux system administration.', ['System Administration', 'Linux']],
    ['Models built in MATLAB/Simulink.', ['Simulink', 'MATLAB']],
    ['Strong AWS security experience.', ['Cloud Security', 'AWS']],
    ['Analytical problem solving.', ['Analytical Skills', 'Problem Solving']],
    [
      'Experience on both backend and frontend programming.',
      ['Backend Development', 'Frontend Development'],
    ],
  ])('when a text says %j, then it names %j', (text, skills) => {
    expect(names(text)).toEqual(expect.arrayContaining(skills));
  });

  it('when a joint name ends in the owner\'s own last word ("Linux system administration"), then its first part is still found', () => {
    expect(names('Experience in Linux system administration.')).toContain('Linux');
  });

  it('when a name joins words that make one thing ("security information and event management"), then no part of it is a skill of its own', () => {
    expect(names('Experience with security information and event management tools.')).not.toContain(
      'Event Planning',
    );
  });
});

describe('a short name before -based, -compatible, -basiert or -basert (English, German, Nordic)', () => {
  itFinds([
    ['Git', 'Experience with Git-based workflows.'],
    ['JWT', 'Secured the API with JWT-based authentication.'],
    ['Server-Side Rendering', 'Built an SSR-compatible component library.'],
    ['REST APIs', "Erfaring med utvikling av REST-baserte API'er."],
    ['REST APIs', 'Erfahrung mit REST-basierten Schnittstellen.'],
    ['SQL', 'SQL-basierte Auswertungen.'],
  ]);

  it('when a short name is the start of another compound (C-level, C-suite), then it is not found', () => {
    expect(names('Presenting to C-level executives and the C-suite.')).not.toContain('C');
  });
});

describe('Microsoft Office 365', () => {
  it('when a posting names "Microsoft Office 365", then it is Microsoft 365, not the desktop Office', () => {
    const found = names('Infrastructure including Microsoft Office 365 and Azure environments.');
    expect(found).toContain('Microsoft 365');
    expect(found).not.toContain('Microsoft Office');
  });
});

describe('communication as a field, a journal or a protocol', () => {
  it.each([
    'Journal: Communications Biology, 7(1), 2024.',
    'Published in Communications in Computer and Information Science.',
    'Degree: Information and Communication Technologies.',
    'A parallel framework with a hybrid communication model.',
    'Data quality for marketing communications.',
  ])('when a CV says %j, then Communication is not found', (text) => {
    expect(names(text)).not.toContain('Communication');
  });

  it('when a CV claims communication itself, then it is still found', () => {
    expect(names('Strong communication with stakeholders and clients.')).toContain('Communication');
  });
});

describe('analytical capacity', () => {
  itFinds([['Analytical Skills', 'Analytical capacity for the design of consulting solutions.']]);
});

describe('a note in brackets before a shared "skills"', () => {
  it('when a posting asks for "organizational, analytical, time management and communication (oral and written) skills", then Analytical Skills is found too', () => {
    expect(
      names(
        'Excellent organizational, analytical, time management and communication (oral and written) skills.',
      ),
    ).toEqual(
      expect.arrayContaining(['Analytical Skills', 'Organization Skills', 'Communication']),
    );
  });

  it('when the brackets hold a long sentence, then nothing before them shares the noun', () => {
    expect(
      names('Strong analytical and writing (we ask about both at length, in person) skills.'),
    ).not.toContain('Analytical Skills');
  });
});

describe('tools and practices named by their product names (1.8.222)', () => {
  itFinds([
    ['Odoo', 'Implement Odoo for our clients.'],
    ['Pipedrive', 'You keep Pipedrive up to date.'],
    ['Snyk', 'Dependency scanning with Snyk and Trivy.'],
    ['Trivy', 'Dependency scanning with Snyk and Trivy.'],
    ['Zabbix', 'Monitoring with Zabbix and Grafana.'],
    ['Smartsheet', 'Tools: Smartsheet, Asana.'],
    ['QRadar', 'SIEM experience (QRadar or Microsoft Sentinel).'],
    ['Microsoft Sentinel', 'SIEM experience (QRadar or Microsoft Sentinel).'],
    ['Meta Ads', 'Ran Facebook Ads campaigns.'],
    ['TLS', 'Network protocols: TCP/IP, HTTP, TLS.'],
    ['Journey Mapping', 'Created user personas and journey maps.'],
    ['Customer Segmentation', 'Built a customer segmentation model.'],
  ]);

  it('when "workday" or a person called Lottie is written, then no product is read from it', () => {
    const found = names('No meetings in your workday; ask Lottie, our graphic designer.');
    expect(found).not.toContain('Workday');
    expect(found).not.toContain('Lottie');
  });
});

describe('laboratory and engineering techniques (1.8.223)', () => {
  itFinds([
    ['Finite Element Analysis', 'Structural simulations with FEA (Abaqus).'],
    ['Chromatography', 'Sample preparation and HPLC analysis.'],
    ['Western Blot', 'Performed western blotting and ELISA assays.'],
    ['ELISA', 'Performed western blotting and ELISA assays.'],
    ['GD&T', 'Drawings with geometric dimensioning and tolerancing.'],
    ['FMEA', 'Led failure mode and effects analysis for the new line.'],
    ['Building Information Modeling', 'Produced BIM models in Revit.'],
  ]);

  it('when a company is a "PLC" or a field names an institute, then no technique or field is read from it', () => {
    const found = names(
      'Accountant at Kraft Foods (Cadbury Nigeria PLC); lecturer at the National Institute of Astrophysics, Optics and Electronics.',
    );
    for (const skill of ['PLC Programming', 'Astrophysics', 'Optics', 'Electronics'])
      expect(found).not.toContain(skill);
  });
});

describe('attention to detail in Spanish, Portuguese, French and Dutch (1.8.224)', () => {
  itFinds([
    ['Attention to Detail', 'Atención por el detalle en todo lo que haga.'],
    ['Attention to Detail', 'Avoir le souci du détail.'],
    ['Attention to Detail', 'Je hebt oog voor details.'],
  ]);
});

describe('security as a practice of the systems (1.8.225)', () => {
  itFinds([
    ['Cybersecurity', 'Demonstrated knowledge of computer security best practices and policies.'],
    ['Cybersecurity', 'Keeping infrastructure security in mind.'],
    ['Cybersecurity', 'Familiarity with security practices.'],
    ['Cybersecurity', 'Administración de redes y políticas de seguridad.'],
  ]);

  it("when security is the building's or the job's, then no Cybersecurity is read", () => {
    for (const text of ['Job security and a pension.', 'Security guard at the front desk.'])
      expect(names(text)).not.toContain('Cybersecurity');
  });
});

describe('methods of teaching, research, the clinic, the laboratory and the network (1.8.226)', () => {
  itFinds([
    ['Inquiry-Based Learning', 'Design inquiry-based learning activities for teens.'],
    ['Teacher Training', 'Lead teacher professional development workshops.'],
    ['Ultrasound', 'Procedures including ultrasound.'],
    ['Thematic Analysis', 'Interviews analysed by thematic analysis.'],
    ['Meta-Analysis', 'A systematic review and meta-analysis.'],
    ['Laboratory Safety', 'Train students in lab safety.'],
    ['DNA Extraction', 'DNA extraction and library prep for sequencing.'],
    ['Library Preparation', 'DNA extraction and library prep for sequencing.'],
    ['Security Architecture', 'Own the security architecture of the platform.'],
    ['NFS', 'Storage over NFS and Samba.'],
    ['Garbage Collection', 'Tune the JVM garbage collector.'],
    ['User Acceptance Testing', 'Coordinate UAT with the business.'],
  ]);

  it('when a posting offers "training and development opportunities", then no HR skill is read from it', () => {
    const found = names('We offer professional training and development opportunities.');
    expect(found).not.toContain('Learning and Development');
    expect(found).not.toContain('Teacher Training');
  });
});

describe('names in the plural of a trait, and two-word names run together (1.8.227)', () => {
  itFinds([
    ['Strategic Thinking', 'Product managers on our team are strategic thinkers.'],
    ['Open Source', 'Du glaubst an Opensource und freie Software.'],
    ['Time Series', 'I specialise in timeseries forecasting.'],
    ['Apache Spark', 'Tools: Snowflake, SparkSQL, dbt.'],
    ['Stakeholder Management', 'Work across stakeholder groups to explore new programs.'],
  ]);

  it('when a posting names colleagues in the plural ("product owners", "technical writers"), then their roles are not read as skills', () => {
    const found = names('You will work with product owners and technical writers.');
    expect(found).not.toContain('Product Owner');
    expect(found).not.toContain('Technical Writing');
  });
});

describe('tools of analytics, finance, HR, design and marketing by name (1.8.228)', () => {
  itFinds([
    ['Fivetran', 'Pipelines with Fivetran and dbt.'],
    ['Minitab', 'Statistical process control in Minitab.'],
    ['Gurobi', 'Optimisation models solved with Gurobi.'],
    ['Taleo', 'Manage requisitions in Taleo.'],
    ['Balsamiq', 'Wireframes in Balsamiq.'],
    ['Klaviyo', 'Email flows in Klaviyo.'],
    ['Typeform', 'Surveys with Typeform.'],
  ]);

  it('when a product names the employer or a way to be paid, then it is not read as a skill', () => {
    const found = names(
      'About Airbyte: payments by bank transfer or PayPal. Stripe, San Francisco.',
    );
    for (const skill of ['Airbyte', 'PayPal', 'Stripe']) expect(found).not.toContain(skill);
  });
});

describe('German agile phrasings and Dutch suspended compounds (1.8.230)', () => {
  itFinds([
    ['Agile', 'Du arbeitest agil im Team.'],
    ['Agile', 'Erste Erfahrungen mit agilen Arbeitsmethoden.'],
    ['Communication', 'Goede communicatie- en schrijfvaardigheden.'],
  ]);

  it('when an English line has a hyphen before "of", then no Dutch compound is read', () => {
    expect(names('A state-of-the-art team of engineers.')).not.toContain('Teamwork');
  });
});

describe('the skills postings ask most, in the words of nine languages (1.8.319)', () => {
  itFinds([
    ['Attention to Detail', 'Meticulosidad y orden en el trabajo.'],
    ['Budgeting', 'Vous superviserez la budgétisation des opérations.'],
    ['Self-Motivation', 'Je bent initiatiefrijk en creatief.'],
    ['Vendor Management', 'Erfahrung in der Lieferantensteuerung.'],
    ['Prioritization', 'Saber priorizar y delegar tareas.'],
    ['Unit Testing', 'Erfaring med enhetstesting og kodegjennomgang.'],
    ['Accounts Receivable', 'Du verantwortest das Mahnwesen.'],
    ['Risk Management', 'Uitvoeren van een risicoanalyse.'],
    ['Budgeting', 'Kenntnisse in der Haushaltsplanung.'],
    ['Teamwork', 'Je werkt in teamverband met designers.'],
  ]);

  it('when a German organisation describes itself by open data, then that is no Open Science', () => {
    expect(
      names('Ein Verein, der sich für offenes Wissen und offene Daten einsetzt.'),
    ).not.toContain('Open Science');
  });
});

describe('practices and fields of the next 186 skills, in nine languages (1.8.320)', () => {
  itFinds([
    ['Operating Systems', 'Instalar y reparar sistemas operativos en equipos de escritorio.'],
    ['Scalability', 'Je bewaakt de schaalbaarheid van het platform.'],
    ['Troubleshooting', 'Erfaring med feilsøke i produksjon.'],
    ['Version Control', 'Bonne maîtrise d’un gestionnaire de versions.'],
    ['Root Cause Analysis', 'Du gjennomfører rotårsaksanalyse etter hendelser.'],
    ['Market Research', 'Realizar estudios de mercado y análisis de competidores.'],
    ['Inventory Management', 'Verantwortung für die Lagerhaltung.'],
    ['Conflict Resolution', 'Erfarenhet av konflikthantering.'],
    ['Lesson Planning', 'Preparación de clases y evaluación.'],
    ['Software Architecture', 'Conocimientos de arquitecturas de software.'],
  ]);
});

describe('less frequent practices and fields, in nine languages (1.8.321)', () => {
  itFinds([
    ['Performance Testing', 'Experiencia en pruebas de estrés y rendimiento.'],
    ['Candidate Sourcing', 'Du übernimmst die Direktansprache von Kandidat:innen.'],
    ['Travel Coordination', 'Organisation von Dienstreisen und Terminen.'],
    ['Supply Chain Management', 'Expérience de la chaîne logistique.'],
    ['Functional Programming', 'Erfaring med funksjonell programmering.'],
    ['Defect Management', 'Gestion et suivi des anomalies en recette.'],
    ['Electronic Health Records', 'Experiencia con historia clínica digital.'],
    ['Marketing Automation', 'Kennis van marketingautomatisering.'],
  ]);

  it('when a French IT posting names "urbanisme" of information systems, then that is no Urban Planning', () => {
    expect(names('Conception logicielle, urbanisme et architecture applicative.')).not.toContain(
      'Urban Planning',
    );
  });
});

describe('other English wordings of the practices and traits postings ask most (1.8.322)', () => {
  itFinds([
    ['Requirements Gathering', 'Requirements definition workshops with users.'],
    ['Technical Support', 'Two years of first-line support in a busy office.'],
    ['Attention to Detail', 'A keen eye for detail.'],
    ['Customer Service', 'Experience in client services or hospitality.'],
    ['Calendar Management', 'Diary management for two directors.'],
    ['Active Listening', 'You are a good listener.'],
    ['Self-Motivation', 'Able to work with limited supervision.'],
    ['Code Review', 'Quick PR reviews for the team.'],
    ['Meeting Management', 'Scheduling meetings and taking minutes.'],
  ]);

  it('when a label names a narrower skill of its own (Biostatistics, Tutoring), then no new name folds it into a broader one', () => {
    const found = names('Biostatistics and tutoring.');
    expect(found).not.toContain('Statistics');
    expect(found).not.toContain('Teaching');
  });
});

describe('names from other languages that read as English words (1.8.323)', () => {
  it('when English says a team services clients or names services web apps use, then that is no Customer Service and no REST APIs', () => {
    const found = names(
      'Our consultants service clients in retail; cloud services web teams rely on.',
    );
    expect(found).not.toContain('Customer Service');
    expect(found).not.toContain('REST APIs');
  });
});

describe('practices written as a verb and its object, in seven languages (1.8.324)', () => {
  itFinds([
    ['Teaching', 'Developing curriculum for introductory courses.'],
    ['Classroom Management', 'Managing a classroom of 25 students.'],
    ['Data Migration', 'Migrate legacy data to the new platform.'],
    ['Procurement', 'Purchase lab supplies and equipment.'],
    ['Contract Negotiation', 'Negotiated service agreements with partners.'],
    ['Participant Recruitment', 'Enroll participants in clinical studies.'],
    ['Editing', 'Edit submitted manuscripts for accuracy.'],
    ['Calendar Management', 'Schedule meetings and appointments for executives.'],
    ['Equipment Maintenance', 'Calibrate and repair lab instruments.'],
    ['Graphic Design', 'Design flyers and social graphics.'],
    ['Technical Support', 'Assister les utilisateurs au quotidien.'],
    ['Process Improvement', 'Het verbeteren van werkprocessen.'],
  ]);

  it('when a posting improves a process, keeps records or conducts an interview, then that is no Process Improvement, Record Keeping or Interviewing (more often unlabelled than labelled)', () => {
    const found = names(
      'Improve the deployment process. Maintain accurate attendance records. The panel will conduct a question-based interview.',
    );
    expect(found).not.toContain('Process Improvement');
    expect(found).not.toContain('Record Keeping');
    expect(found).not.toContain('Interviewing');
  });
});

describe('volunteers in French, and investors named after products (1.8.326)', () => {
  itFinds([
    ['Volunteer Management', 'Encadrement des bénévoles de l’association.'],
    ['Volunteer Management', 'Gestion du pool des volontaires.'],
  ]);

  it('when a posting lists its investors ("Salesforce Ventures"), then the product is not found', () => {
    expect(names('Funded by Accel, Salesforce Ventures and others.')).not.toContain('Salesforce');
  });
});

describe('resumes of teachers, planners and marketers, read on arrival (1.8.329)', () => {
  itFinds([
    ['Budgeting', 'Managed budget, monitored metrics, and performed competitive analysis.'],
    ['Vendor Management', 'Managed vendors for the annual conference.'],
    ['Campaign Management', 'Executed campaigns for seasonal promotions.'],
    ['Survey Design', 'Wrote and distributed surveys to acquire feedback.'],
    ['Student Assessment', 'Assessed students with portfolios and rubrics.'],
    ['TESOL', 'Elementary ESL Teacher, Lynchburg City Schools.'],
    ['Microsoft Office', 'Google and Microsoft Suite'],
    ['Taxation', 'Liquidación de impuestos sobre sucesiones y donaciones.'],
    ['Journey Mapping', 'Estruturar personas e jornada do usuário.'],
    ['User Flows', 'Criar fluxos de navegação e protótipos.'],
    ['Cross-Functional Collaboration', 'Colaborar com times multifuncionais.'],
    ['Volunteer Management', 'Coordinar voluntarios del banco de alimentos.'],
  ]);

  it('when a teacher lists Canvas and Blackboard beside Moodle, then both learning platforms are found', () => {
    const found = names('LMS Administration (Canvas, Blackboard, Moodle, etc.)');
    expect(found).toContain('Canvas LMS');
    expect(found).toContain('Blackboard');
  });

  it('when a developer draws on an HTML canvas, then no learning platform is found', () => {
    expect(names('Drew charts on an HTML5 Canvas with JavaScript.')).not.toContain('Canvas LMS');
  });

  it('when a resume lists Adobe Spark among design tools, then Apache Spark is not found', () => {
    expect(names('Design tools: Canva, Adobe Spark, Adobe Premiere Pro, iMovie')).not.toContain(
      'Apache Spark',
    );
  });

  it('when a coach optimizes employee performance, then no Performance Optimization is found', () => {
    expect(names('Built modules to optimize researcher performance.')).not.toContain(
      'Performance Optimization',
    );
    expect(names('Optimized application performance by caching.')).toContain(
      'Performance Optimization',
    );
  });

  it('when "managed" qualifies a service, then no budget or vendor skill is read from it', () => {
    expect(names('Deployed on managed Kubernetes with managed databases.')).not.toContain(
      'Budgeting',
    );
  });
});

describe('phrasings of the postings that arrived today (1.8.330)', () => {
  itFinds([
    ['Presentation Skills', 'Presents and defends designs to executive stakeholders.'],
    ['Facilitation', 'Organizes and facilitates project planning and reviews.'],
    ['Facilitation', 'Schedule and facilitate regular curator meetings.'],
    ['Process Improvement', 'Identificar falhas em processos e propor melhorias.'],
    ['Process Improvement', 'Proposer des améliorations aux outils internes.'],
    ['Logistics Domain', 'Garantir a execução dos processos logísticos da empresa.'],
    ['Logistics Domain', 'Experience in warehouse logistics and transport logistics.'],
    ['Invoicing', 'Conferir notas fiscais e romaneios dos pedidos.'],
  ]);

  it('when a designer works within design guidelines, then no Style Guides is read from it', () => {
    expect(names('Working within current design guidelines.')).not.toContain('Style Guides');
  });
});

describe('a marketer’s research and paid search (1.8.331)', () => {
  itFinds([
    ['Market Research', 'Analyzed market trends and sector preferences.'],
    ['Competitive Analysis', 'Assessed the competitor landscape and industry dynamics.'],
    ['SEM', 'Developed paid search campaigns for launches.'],
    ['Graphic Design', 'Designed posters for the spring festival.'],
  ]);
});

describe('a researcher’s methods in Spanish, French and English (1.8.332)', () => {
  itFinds([
    ['Data Cleaning', 'Limpieza de bases de datos y reportes.'],
    ['Research Skills', 'Revisión de literatura en mercados laborales.'],
    ['Spatial Analysis', 'Análisis espacio-temporal del empleo sectorial.'],
    ['Survey Design', 'Conception du protocole d’enquête de terrain.'],
    ['Survey Research', "Autres : techniques d'enquêtes, inventaires."],
    ['Qualitative Research', 'Conducted semi-structured interviews with farmers.'],
  ]);

  it('when a resume says "limpieza de bases de datos", then no Databases skill is read from it', () => {
    expect(names('Limpieza de bases de datos.')).not.toContain('Databases');
  });
});

describe('Austrian payroll, German year-end accounts and Spanish teaching words (1.8.333)', () => {
  itFinds([
    ['Payroll', 'Ausbildung und Erfahrung im Bereich der Personalverrechnung.'],
    ['Payroll', 'Durchführung der laufenden Lohnverrechnung.'],
    ['Employment Law', 'Beratung der Klienten in arbeitsrechtlichen Fragen.'],
    ['Financial Reporting', 'Erstellung von Jahresabschlüssen und Steuererklärungen.'],
    ['Data Visualization', 'Creación de visualizaciones interactivas y mapas.'],
    ['Pedagogy', 'Habilidades pedagógicas para enseñar a adultos.'],
    ['Facilitation', 'Impartir talleres para funcionarios públicos.'],
    ['Facilitation', 'Elle anime les ateliers du quartier.'],
  ]);
});

describe('Slack where a team works on it (1.8.335)', () => {
  itFinds([
    ['Slack', 'Animation de la communauté sur Slack et des réseaux sociaux.'],
    ['Slack', 'We work remotely via Slack and video calls.'],
  ]);

  it('when someone is cut some slack, then no Slack is found', () => {
    expect(names('Cut them some slack on deadlines.')).not.toContain('Slack');
  });

  it('when candidates join a Slack channel to apply, then Slack alone does not say the team works on it', () => {
    expect(names('You join a Slack channel and submit a coding challenge.')).not.toContain('Slack');
  });
});

describe('a verb and its object across a hard-wrapped line (1.8.336)', () => {
  it('when a plain-text posting wraps "optimising" and "performance" onto two lines, the second in lower case, then the verb still reaches its object', () => {
    expect(
      names('Developing, testing, profiling and optimising\nperformance of parallel software.'),
    ).toContain('Performance Optimization');
  });

  it('when the next line is a new bullet, then the verb does not reach into it', () => {
    expect(names('- Optimising\n- Performance reviews with staff')).not.toContain(
      'Performance Optimization',
    );
  });
});

describe('authors’ initials and a therapy’s acronym (1.8.337)', () => {
  it('when a publication list names authors by initial ("Stauffer, R.", "Barreto, D. R. (2022)", "Korponay, C., Cohen, J."), then neither R nor C is found', () => {
    expect(names('Stauffer, R. (2020). Social work today.')).not.toContain('R');
    expect(names('Guerrero Barreto, D. R. (2022). Un sistema.')).not.toContain('R');
    expect(names('Korponay, C., Cohen-Gilbert, J. (2021). Brain.')).not.toContain('C');
  });

  it('when a language ends a list of tools with a full stop ("Python, R.", "SQL, Stata, R."), then it is still found', () => {
    expect(names('Programming: Python, R.')).toContain('R');
    expect(names('Skills: SQL, Stata, R. Also Excel.')).toContain('R');
  });

  it('when a psychologist lists DBT beside CBT, then no dbt (the data tool) is found; beside Airflow it is', () => {
    expect(names('Integrated psychotherapy (CBT, DBT, Supportive, family therapy)')).not.toContain(
      'dbt',
    );
    expect(names('Data pipelines in DBT, Airflow and BigQuery')).toContain('dbt');
  });
});

describe('a clinician’s and a social-work teacher’s facilitation and evaluation (1.8.338)', () => {
  itFinds([
    ['Facilitation', 'Conducting workshops and seminars on mental health awareness.'],
    ['Facilitation', 'Co-Facilitator, Fall Semester 2009'],
    ['Program Evaluation', 'Outcome Evaluation of an International Diversity Curriculum.'],
  ]);
});

describe('a posting kept as a page’s code (1.8.340)', () => {
  it('when a JSX page imports React before its posting text, then React is not a skill of the role', () => {
    const text =
      "import React from 'react'\nimport withT from '../lib/withT'\n\nWir suchen eine*n Projektleiter*in.";
    expect(names(text)).not.toContain('React');
  });

  it('when a posting asks for React and mentions an import from an API, then React is found', () => {
    expect(names('Experience with React and import/export of data from APIs.')).toContain('React');
  });
});

describe('a list whose parts all qualify people, and lab sciences (1.8.342)', () => {
  it('when "business units, development and operations managers" lists kinds of managers, then Business Development is not found', () => {
    expect(
      names('Supporting multiple business units, development and operations managers.'),
    ).not.toContain('Business Development');
  });

  it('when a list shares its first word ("data collection, cleaning and analysis"), then the parts are still found', () => {
    expect(names('Data collection, cleaning and analysis of survey results.')).toContain(
      'Data Cleaning',
    );
  });

  itFinds([
    ['X-ray Diffraction', 'Postdoctoral Researcher & XRD Facility Manager (2022–Present)'],
    ['Analytical Chemistry', 'Principal scientist with expertise in analytical chemistry.'],
    ['Structural Engineering', 'M.S. in Structural Engineering, Stanford University'],
    ['Materials Science', 'Galaxy tools for materials science applications.'],
  ]);
});

describe('a role that names its practice (1.8.343)', () => {
  itFinds([
    ['Library Science', 'Digital Technologies Development Librarian at NCSU'],
    ['Cybersecurity', '# Offensive Security Engineer'],
    ['Cybersecurity', 'Senior Security Analyst, remote'],
    ['Business Development', 'Business developer senior, Rennes + Remote'],
    ['Technical Writing', 'Works as the project technical writer for client documentation.'],
    ['Project Management', 'Project Coordinator, New Mexico Historical Newspapers'],
  ]);
});

describe('remote work as a card field, a rule or an offer (1.8.344)', () => {
  it.each([
    'Remote Work / Travel:** `N/A`',
    'Location:** Fully Remote',
    'All remote work must be performed in Colorado.',
    'Remote Work und Home Office möglich',
  ])('when a posting says "%s", then Remote Collaboration is not found', (text) => {
    expect(names(text)).not.toContain('Remote Collaboration');
  });

  it('when a posting asks for experience of remote work, then Remote Collaboration is found', () => {
    expect(names('Experience with remote work in distributed teams.')).toContain(
      'Remote Collaboration',
    );
  });
});

describe('accounting in other languages needs no English context (1.8.345)', () => {
  it('when a Spanish posting asks for "contabilidad" with no other finance skill, then Accounting is found', () => {
    expect(names('Gerente de contabilidad\nRequisitos: Licenciatura en contabilidad.')).toContain(
      'Accounting',
    );
  });

  it('when an English text says a figure is "accounting for" a share, then Accounting is not found', () => {
    expect(names('Mobile users, accounting for 30% of traffic, need a faster site.')).not.toContain(
      'Accounting',
    );
  });
});

describe('German and Dutch words of office, purchasing and warehouse work (1.8.346)', () => {
  itFinds([
    ['Microsoft Office', 'Sie benötigen sichere Office-Kenntnisse.'],
    ['Procurement', 'Kaufmännischer Mitarbeiter im Einkauf (w/m/d)'],
    ['Negotiation', 'Sie zeigen sich verhandlungs- und umsatzstark.'],
    ['Inventory Management', 'Magazijnwerkzaamheden gecombineerd met voorraadcontrole.'],
    ['Warehouse Management', 'Magazijnwerkzaamheden gecombineerd met voorraadcontrole.'],
  ]);
});

describe('pastimes, the roles a recruiter hired for, and a place named "of" (1.8.347)', () => {
  it.each([
    ['Photography', 'Reading, travelling, hiking, photography'],
    [
      'Photography',
      'Networking — Server building — Baking — Cooking — Travel — Writing — Photography',
    ],
    ['Site Reliability Engineering', 'Technical Sourcer for SWE and SRE roles across Europe'],
    ['Computer Vision', 'Areas covered: Health AI, Computer Vision, NLP'],
    [
      'Full Stack Development',
      'Roles covered: full-stack, front-end, back-end engineering, interns',
    ],
    ['Nursing', 'Research Coordinator, The Ohio State University College of Nursing'],
  ])('when a line names %s only as "%s", then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  itFinds([
    ['Photography', 'Skills: Photography, Lightroom, Photoshop'],
    [
      'Site Reliability Engineering',
      'Hired to lead site reliability engineering for the platform.',
    ],
    ['Computer Vision', 'Research areas: computer vision and robotics.'],
  ]);
});

describe('a mathematics teacher by name (1.8.348)', () => {
  itFinds([
    ['Mathematics Education', 'Math Teacher, Oakton High School 2013 – 2016'],
    ['Mathematics Education', 'Classroom Management · CPA Maths Instruction'],
    ['Mathematics Education', 'GCSE Mathematics teaching across the school'],
  ]);
});

describe('the French gigabyte and a licence kept with a posting (1.8.351)', () => {
  it.each([
    ['Go', 'Linux servers, Docker. Matériel : i7, 16Go de RAM, 512 Go SSD.'],
    [
      'Documentation',
      'Git, Confluence, Jira. Permission is hereby granted to any person obtaining a copy of this software and associated documentation files.',
    ],
  ])('when a posting names %s only as in "%s", then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  it('when a posting asks for Go next to a version number, then Go is found', () => {
    expect(names('Backend services in Go 1.21 and Python.')).toContain('Go');
  });
});

describe('a business analyst’s phrasings (1.8.353)', () => {
  itFinds([
    ['Data Mining', 'Using SQL and Excel for mining data to uncover insights.'],
    ['Budgeting', 'Project Management: Scheduling, JIRA, Risk Management, Budget Allocation'],
    ['Requirements Gathering', 'Defining business requirements from the data analysis.'],
  ]);
});

describe('waterfall as the way a team leaves (1.8.354)', () => {
  it.each([
    'Coaching teams in agile and lean techniques, helping people adapt from traditional waterfall approaches.',
    'You understand agile software development and observe the differences between agile and waterfall.',
  ])('when a posting says "%s", then Waterfall is not found', (text) => {
    expect(names(text)).not.toContain('Waterfall');
  });

  it('when a posting asks for both waterfall and agile methods, then Waterfall is found', () => {
    expect(names('Experience of working under both waterfall and agile methods.')).toContain(
      'Waterfall',
    );
  });
});

describe('engineers’ and lab scientists’ resumes (1.8.355)', () => {
  itFinds([
    ['Autodesk Inventor', 'CAD: Autodesk Inventor, SolidWorks, AutoCAD'],
    ['Autodesk Fusion 360', 'CAD: Autodesk Fusion 360 and SolidWorks'],
    ['ETABS', 'Software: ETABS, SAP2000, Revit'],
    ['CNC Machining', 'Turning, milling, CNC machining and 3D printing'],
    ['Structural Analysis', 'Teaching Assistant, Structural Analysis course'],
    ['Heat Transfer', 'Built a COMSOL model of heat transfer in a battery pack.'],
    ['Kalman Filter', 'Designed a Kalman filter for state estimation.'],
    ['PID Control', 'Tuned PID controllers for a quadrotor.'],
    ['Soldering', 'Prototyping and soldering of sensor boards'],
    ['DNA Extraction', 'Extracción de ácidos nucleicos y PCR.'],
    ['SQL Server', 'Databases: MariaDB, Microsoft SQL, MySQL'],
    ['C++', 'Programming Languages: Python (Advanced) | C ++ (Intermediate) | MATLAB'],
    ['C#', 'Languages: Java, C # and SQL'],
    ['Teaching', 'Ministrei as disciplinas Transferência de Massa e Operações Unitárias.'],
    ['Teaching', 'Lecionei Química por dez anos.'],
    ['Teaching', 'Tutor for the course Fondamenti di Automatica I.'],
  ]);

  it.each([
    ['Editing', 'Others: good photo-editing and computer drawing skills'],
    ['Communication', 'Developed embedded firmware and communication interfaces.'],
    [
      'Spring',
      'Web application leveraging on a MySQL DB, Spring - Summer 2021: developed a PHP and Java web platform.',
    ],
    [
      'Spring',
      'Java and Hibernate services; Master’s thesis, Winter/Spring of 2024, in control theory.',
    ],
    [
      'GDPR',
      'I consent to the processing of the personal data in this CV, in accordance with Art. 6(1)(a) of GDPR (EU) 2016/679.',
    ],
  ])('when a resume names %s only as in "%s", then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  it.each([
    ['Organization Skills', 'Excellent self-organizational and administrative skills.'],
    ['Editing', 'Strong writing and editing skills.'],
    ['GDPR', 'Familiarity with data privacy requirements of GDPR or CCPA.'],
    ['Spring', 'Backend services in Java with Spring and Hibernate.'],
    ['C', 'Embedded firmware in C and assembly; grade C + in physics.'],
  ])('when a text names %s as in "%s", then it is still found', (skill, text) => {
    expect(names(text)).toContain(skill);
  });
});

describe('a civil and a mechanical engineer’s words (1.8.356)', () => {
  itFinds([
    [
      'Construction Management',
      'Managed construction projects for multi-family buildings using Revit.',
    ],
    ['Structural Design', 'Implemented advanced technological solutions in structural design.'],
    ['Pneumatics', 'Pneumatics: designing low pressure pneumatic circuits with valves'],
    ['Digital Fabrication', 'Lecturer on Robotics Manipulators and Digital Fabrication'],
  ]);

  itFinds([
    ['SPICE', 'Electronic CAD: Cadence Virtuoso, Mentor Calibre, SPICE'],
    ['LTspice', 'Software & Tools: Linux, LTSpice, KiCad, Altium'],
    ['PSpice', 'Thesis: PSpice Modeling of 4.5 kV StakPak Modules'],
    ['Cadence Virtuoso', 'Layout in Cadence Virtuoso and Calibre checks'],
    ['Analog IC Design', 'Analog/Digital IC Design, Semiconductor Physics'],
  ]);

  it.each([
    ['AutoCAD', 'Electronic CAD: Cadence DFII (Virtuoso, Spectre), Mentor TannerTools, SPICE'],
    ['Mentoring', 'Electronic CAD: Cadence Virtuoso, Mentor Calibre, Mentor AFS, SPICE'],
  ])('when a resume names %s only as in "%s", then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  it('when a resume mentors people, then Mentoring is still found', () => {
    expect(names('Mentor for junior engineers on the analog team.')).toContain('Mentoring');
  });

  it('when a resume manages construction projects, then that is Construction Management, not Project Management', () => {
    const found = names('Managed construction projects for multi-family buildings using Revit.');
    expect(found).toContain('Construction Management');
    expect(found).not.toContain('Project Management');
  });
});

describe('a plant ecologist’s microscopes and grants (1.8.357)', () => {
  itFinds([
    ['Microscopy', 'Conducted laboratory work using different microscopical techniques.'],
    ['Grant Writing', 'Grants and awards\n2023 Grant: Sigma Xi, Amount: $1,000.00'],
    ['Grant Writing', 'Research funding: grants and fellowships from NSF and NIH.'],
  ]);

  it.each([
    'Conducted laboratory work using microscopical techniques, such as TEM, SEM, and light.',
    'Took SEM micrographs of leaf surfaces for the morphology study.',
  ])('when a resume names SEM as a microscope, as in "%s", then SEM is not found', (text) => {
    expect(names(text)).not.toContain('SEM');
  });

  it('when a resume runs SEM campaigns, then SEM is still found', () => {
    expect(names('Ran SEM and SEO campaigns with Google Ads.')).toContain('SEM');
  });
});

describe('study participants and an employer’s new roles (1.8.358)', () => {
  it.each([
    'CRC will be responsible for: assisting with the recruiting of research participants;',
    'Melbourne Bioinformatics is expanding their team and recruiting three new roles.',
    'Participant recruiting and compensation for the usability studies.',
  ])('when a posting says "%s", then Recruiting is not found', (text) => {
    expect(names(text)).not.toContain('Recruiting');
  });

  it('when a posting asks for recruiting staff, then Recruiting is found', () => {
    expect(names('Experience recruiting engineers and running interview loops.')).toContain(
      'Recruiting',
    );
  });
});

describe('a microscopy lab’s fields (1.8.361)', () => {
  itFinds([
    [
      'Image Analysis',
      'Good programming skills (Python or equivalent) and knowledge in image analysis.',
    ],
    [
      'Virology',
      'Extensive research experience in cell biology, virology and host-pathogen interactions.',
    ],
    [
      'Biophysics',
      'Experience in structural biology, biophysics and computational modelling will be valued.',
    ],
  ]);
});

describe('a cleanroom, a geochemistry lab and a process plant (1.8.362)', () => {
  itFinds([
    ['Photolithography', 'Cleanroom Tools: Photolithography, E-Beam, Plasma etching'],
    ['Sputtering', 'Thin-film deposition by magnetron sputtering'],
    ['Thin Film Deposition', 'Cleanroom Tools: Thin-film deposition, Sputtering'],
    ['Cleanroom Operations', 'Hands-on experience in cleanroom environments with EBL systems'],
    ['ICP-MS', 'Operated ICP-MS and TIMS, prepared standard solutions'],
    ['Geochemistry', 'PhD thesis in isotope geochemistry of ocean island lavas'],
    ['Interferometry', 'Micromachining - Interferometry'],
    ['Aerospace Engineering', 'Ph.D in Aerospace Engineering, Georgia Institute of Technology'],
    [
      'Statistical Process Control',
      'Design of Experiments (DOE), Statistical Process Control (SPC), Minitab',
    ],
    ['Circuit Design', 'Circuit Design (Analog/Digital), schematic review'],
    ['Oscilloscopes', 'HARDWARE: FPGA, NI myDAQ, Oscilloscope, Function generator'],
    ['Abaqus', 'CAD: AutoCAD, SolidWorks, ANSYS, COMSOL, Abaqus'],
    ['Aspen HYSYS', 'Designed a PFD of ammonia production in Aspen Hysys.'],
    ['Aspen Plus', 'Simulated PFDs with Aspen Plus.'],
    ['ImageJ', 'Adobe Illustrator, ImageJ/Fiji, Blob3D'],
    ['OrCAD', 'Tools: KiCad, Altium Designer, Eagle, OrCad'],
    ['Photometry', 'Photometric analysis of RR Lyrae stars'],
    ['Process Simulation', 'Chemical process simulation of an ammonia plant'],
  ]);

  it.each([
    'Cleanroom Tools: SEM, Photolithography, E-Beam, EDAX, XRD',
    'Principles and Application of TGA, GC-MS, GC, HPLC, SEM - Online Course',
    'Mechanical testing - SEM',
    'SEM, AFM, X-ray tomography, etc.',
  ])('when a resume names the microscope as in "%s", then SEM is not found', (text) => {
    expect(names(text)).not.toContain('SEM');
  });

  it('when a resume lists SEM beside SEO, then SEM is still found', () => {
    expect(names('Skills: SEO/SEM, Google Analytics, HubSpot')).toContain('SEM');
  });
});

describe('a journal’s name and an employer interested in recruiting (1.8.364)', () => {
  it('when a resume cites Communications in Mathematical Physics, then Communication is not found', () => {
    expect(names('García R. (2019). Communications in Mathematical Physics, 370.')).not.toContain(
      'Communication',
    );
  });

  it('when a posting says the employer is interested in recruiting, then Recruiting is not found', () => {
    expect(
      names(
        'We are interested in recruiting those seeking to make a contribution to our community.',
      ),
    ).not.toContain('Recruiting');
  });

  it('when a text asks for communication in English, then Communication is still found', () => {
    expect(names('Excellent communication in English and Spanish.')).toContain('Communication');
  });
});

describe('mockups, editorial reviews and a brand built (1.8.365)', () => {
  itFinds([
    [
      'Wireframing',
      'You can visually communicate an idea by creating quick, low fidelity mockups.',
    ],
    ['Wireframing', 'Efficiently create mock ups of various fidelities to allow iteration.'],
    ['Editing', 'Carry out editorial reviews on your docs teammates’ drafts.'],
    ['Branding', 'You must also understand how to build a brand from zero.'],
  ]);
});

describe('a verdict remembered for a repeated line (1.8.381)', () => {
  it('when a line of pastimes and a line of work end in the same 40 characters, then the skill on the line of work is still found', () => {
    // The same text reads within 40 characters of each mention; only the first line's start
    // (more than 40 characters back) says it is a list of pastimes.
    const tail = 'in the evenings and at weekends with friends, Python';
    const work = `Built a survey tool used ${tail}`;
    const text = `Reading, hiking, chess, cooking ${tail}\n${work}\nBuilt a survey tool used in the evenings.`;
    expect(names(text)).toContain('Python');
    expect(names(`Reading, hiking, chess, cooking ${tail}`)).not.toContain('Python');
  });
});

describe('reviewing papers for journals (1.8.383)', () => {
  itFinds([
    ['Peer Review', 'Reviewer for the Journal of Biomedical Optics and Optics Letters, 2017-2023.'],
    ['Peer Review', 'Referee for Journal of Urban Economics (5), World Development (1).'],
    [
      'Peer Review',
      'Activités de reviewing : IEEE Transactions on Audio, Speech and Language Processing.',
    ],
    ['Peer Review', 'Ad hoc reviewer, Journal of Community Psychology.'],
  ]);

  it.each([
    'Peer review code submitted by team members in a fair and respectful manner.',
    'You should understand engineering best practices such as source control, automated testing, continuous integration and deployment, and peer review.',
    'Manuscript preparation for publication in the peer-review public health/medical literature.',
  ])(
    'when "peer review" is of code or names the literature (%j), then Peer Review is not found',
    (text) => {
      expect(names(text)).not.toContain('Peer Review');
    },
  );
});

describe('events coordinated, a seminar organised (1.8.384)', () => {
  itFinds([
    [
      'Event Planning',
      'Coordinated biannual English events for 300+ students and managed budgets.',
    ],
    ['Event Planning', 'Organizing an annual learning seminar for Gulf Coast educators.'],
    ['Event Planning', 'Coordinate symposia and lecture series for the institute.'],
  ]);
});

describe('regression models (1.8.386)', () => {
  itFinds([
    ['Regression Analysis', 'Skills: Spatial Statistics, Regression Modeling, Python'],
    ['Regression Analysis', 'Fitted a regression model of housing prices in R.'],
  ]);
});

describe('Office alone, as a skill (1.8.387)', () => {
  itFinds([
    ['Microsoft Office', 'Office (Word, Excel, PowerPoint, PowerBI)'],
    ['Microsoft Office', 'Office: Avançado'],
    ['Microsoft Office', 'Je hebt ervaring met Office (met name Excel);'],
    ['Microsoft Office', 'Good IT skills (Office®)'],
    ['Microsoft Office', 'Office ○ ○ ○ ○ ○'],
    ['Microsoft Office', 'Sicherer Umgang mit Git, MSOffice, Windows'],
  ]);

  it.each([
    'You will join the Office of the Chief Technology Officer.',
    'Two home office days a week, and a modern back office.',
    'Reports to the Office Manager: scheduling and filing.',
  ])(
    'when "Office" is a place, a unit or a title (%j), then Microsoft Office is not found',
    (text) => {
      expect(names(text)).not.toContain('Microsoft Office');
    },
  );
});

describe('a season, a society, a colour and authors of a paper (1.8.388)', () => {
  it.each([
    ['Spring', 'Java developer; Object-Oriented Programming (BSc), UCL, spring terms 2014 – 2015.'],
    ['ECS', 'European Cetacean Society (GDEGeM ECS 2017), Marseille, France.'],
    ['Visual Regression Testing', 'Plasticity and chromatic diversity in the pearl oyster.'],
    [
      'C',
      'Linux pipelines for photo-detection and spatio-temporal analyses of C. commersonii dolphins.',
    ],
    [
      'C',
      'Boube T, Guilbert A, Huveneers C, Papastamatiou YP, Mourier J (2021). Tracking sharks on Linux.',
    ],
    [
      'C',
      'Stenger PL., Guilhaumon F., Majorel,\nC., Jourand P. (2024) Coral blocks, a Linux pipeline.',
    ],
  ])('when %s is only a word of the text (%j), then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  itFinds([
    ['Spring', 'Built services in Java with Spring and Hibernate.'],
    ['ECS', 'Deployed Docker containers on AWS ECS and Fargate.'],
    [
      'Visual Regression Testing',
      'Storybook stories checked with Chromatic on every pull request.',
    ],
    ['C', 'Languages: Java, C, Python'],
  ]);
});

describe('a verb and its object, never a team one works with (1.8.392)', () => {
  itFinds([
    [
      'Project Management',
      'Ability to manage multiple projects, coordinate stakeholders, and meet deadlines.',
    ],
    ['Project Management', 'Experiencia comprobada para administrar proyectos complejos.'],
  ]);

  it('when a posting hands work to a function named before a team, then it is still no skill', () => {
    expect(names('Escalate issues to product management and engineering teams.')).not.toContain(
      'Product Management',
    );
  });
});

describe('what was presented, and to whom (1.8.393)', () => {
  itFinds([
    ['Presentation Skills', 'Created analytical reports and presented them to stakeholders.'],
    ['Presentation Skills', 'Analysed delivery times and presented to team members for follow-up.'],
    ['Presentation Skills', 'Presented educational seminars on Willamette Valley wines.'],
  ]);
});

describe('classes taught, students guided, events organised (1.8.394)', () => {
  itFinds([
    ['Teaching', 'Conducted classes, staff trainings, and tastings at accounts.'],
    ['Mentoring', 'Guided a group of 15 students throughout the development process.'],
    ['Mentoring', 'PhD students supervision: ADMET predictions using ML models.'],
    ['Mentoring', 'Orane Dufour, doctorante, co-encadrée avec E. Vincent, 2024 - 2027'],
    ['Event Planning', 'Member of the Local Organizing Committee of the 2018 workshop.'],
    ['Event Planning', 'Comité organizador del congreso nacional de estadística, 2019.'],
  ]);
});

describe('interviews a person conducted (1.8.395)', () => {
  itFinds([
    ['Interviewing', 'Interviewed applicants and submitted recommendations to the committee.'],
    ['Interviewing', 'Conducted technical interviews and took part in selecting developers.'],
  ]);

  it('when a posting says it will interview candidates, then Interviewing is no skill it asks', () => {
    expect(names('We will interview candidates in the week of 3 March.')).not.toContain(
      'Interviewing',
    );
  });
});

describe('a number between a verb and its object (1.8.396)', () => {
  itFinds([
    ['Team Management', 'Managed a 5-person development team.'],
    ['Leadership', 'Led a 10-person data team through the migration.'],
  ]);
});

describe('papers written, research done, in the words of a CV (1.8.397, 1.8.399)', () => {
  itFinds([
    ['Scientific Writing', 'Skills: Scientific paper writing, SPSS, literature reviews'],
    [
      'Scientific Writing',
      'Applied SCXRD and NMR, contributing to 10+ peer-reviewed publications.',
    ],
    ['Scientific Writing', 'Compétences : écriture d’articles, LaTeX, SageMath'],
    ['Scientific Writing', 'Publiquei artigos científicos nos periódicos da área.'],
    ['Research Skills', 'Asistente de investigación, proyecto FONDECYT, 2018.'],
    ['Research Skills', 'INTERESSI DI RICERCA: economia del crimine, reti politiche'],
    ['Research Skills', 'Stagiaire de recherche en physique atomique au CEA (1987)'],
  ]);

  it('when a job line ends its dates with "Present", then the next line is read as written', () => {
    const text = 'Combustion Lab, Nashville, January 2023 – Present\nResearch Assistant for MTV\n';
    expect(names(text)).toContain('Research Skills');
    expect(names(text)).not.toContain('Presentation Skills');
  });
});

describe('youth work and a will to learn, in German, French and Spanish (1.8.400)', () => {
  itFinds([
    ['Youth Development', 'Erfahrung in der stationären Kinder- und Jugendhilfe'],
    ['Youth Development', 'Une expérience en aide à la jeunesse est un atout.'],
    ['Learning Agility', 'Vous êtes prêt à apprendre les autres technologies.'],
    ['Learning Agility', 'Persona proactiva y dispuesta a aprender.'],
  ]);
});

describe('a referee of journals, a budget in dollars, manuals and tutorials written (1.8.401)', () => {
  itFinds([
    ['Peer Review', '2017 Reviewer, Journal of Biomedical Optics.'],
    ['Peer Review', 'Internal Scientific Referee in the Milky Way Working Group.'],
    ['Budgeting', 'Managed a $1 million budget for content marketing.'],
    ['Technical Writing', 'Authored two response manuals for county health staff.'],
    ['Technical Writing', 'Me dediqué a redactar tutoriales para los clientes internos.'],
    ['Consulting', 'Provided statistics consulting for faculty and students.'],
    ['Data Privacy', 'Are you passionate about privacy and cybersecurity?'],
  ]);
});

describe('a preference is no prioritisation (1.8.402)', () => {
  it.each([
    "You're passionate about content design, prioritizing clarity over aesthetics.",
    'Beyond the criteria above, we prioritise applicants who have worked on build tools.',
  ])('when a text says what it prefers (%j), then Prioritization is not found', (text) => {
    expect(names(text)).not.toContain('Prioritization');
  });

  itFinds([['Prioritization', 'Ability to multi-task, prioritize, and manage time effectively.']]);
});

describe('computing in parallel, a hybrid cloud (1.8.403)', () => {
  it('when a text names parallel computing, then it is High Performance Computing, not Concurrency', () => {
    const found = names(
      'Experienced with parallel and cloud computing environments, and parallel computing on HPC.',
    );
    expect(found).toContain('High Performance Computing');
    expect(found).not.toContain('Concurrency');
  });

  it('when a text names a hybrid cloud, then it is Cloud Computing, not Multi-Cloud', () => {
    const found = names('Maintained on-premise and hybrid cloud infrastructure.');
    expect(found).toContain('Cloud Computing');
    expect(found).not.toContain('Multi-Cloud');
  });

  itFinds([['Concurrency', 'Implemented concurrent programming with multithreading in Java.']]);
});

describe("others' decisions and a thing's priority (1.8.404, 1.8.405)", () => {
  it.each([
    [
      'Decision Making',
      'Designed dashboards in Tableau, improving data accessibility and decision-making processes.',
    ],
    [
      'Decision Making',
      'Built Power BI dashboards, enhancing data visibility and strategic decision-making for stakeholders.',
    ],
    [
      'Prioritization',
      'Integrated OpenVAS scans into Splunk dashboards to track CVEs and risk prioritization.',
    ],
    [
      'Prioritization',
      'Participate in code review, architecture discussions, and feature prioritization.',
    ],
    ['Prioritization', 'Automated Job Prioritization Tool (SQL extracts and Excel VBA).'],
  ])('when a text names %s of others or of a thing (%j), then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  itFinds([
    ['Decision Making', 'Strong decision-making skills under pressure.'],
    ['Prioritization', 'Strong prioritization and time management skills.'],
  ]);
});

describe('a group named to introduce its items (1.8.406)', () => {
  it.each([
    ['Operating Systems', '| **Operating Systems** | Linux (RHEL, CentOS, Ubuntu) |'],
    ['Operating Systems', '|Operating Systems|Microsoft Windows, Debian and Red Hat'],
    ['Databases', 'Programming languages (Python, Java) ⬩ Databases (SQL, MySQL, PostgreSQL)'],
    ['Databases', 'Loaded data from relational databases (PostgreSQL, MySQL) into a warehouse.'],
  ])('when %s only labels the items that follow (%j), then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  itFinds([
    ['Databases', 'Designed and tuned relational databases for the billing team.'],
    ['Databases', 'Manejo intermedio de Gestores de Base de Datos: SQL Server, Oracle, etc.'],
  ]);
});

describe('editing, auditing and being proactive, of things (1.8.407-1.8.409)', () => {
  it.each([
    ['Editing', 'Built collaborative editing infrastructure with CRDTs and WebSockets.'],
    ['Editing', 'Real-time presence indicators for multiplayer editing.'],
    ['Editing', 'Seminar: Genetic Editing & Its Ethical Dilemma.'],
    ['Self-Motivation', 'Implemented proactive hardware monitoring and maintenance protocols.'],
    ['Self-Motivation', 'Achieved 98% stakeholder satisfaction through proactive communication.'],
    ['Auditing', 'Audited and improved documentation for 30 internal services.'],
    ['Auditing', 'Facilities auditing and energy reports for clients.'],
  ])('when %s is said of a thing (%j), then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  itFinds([
    ['Editing', 'Experience planning, researching, writing, and editing software documentation.'],
    ['Self-Motivation', 'A proactive mindset and an ownership mentality.'],
    ['Auditing', 'Audited the client internal control system and wrote the audit report.'],
  ]);
});

describe('learning offered instead of experience, skills taught to others (1.8.410, 1.8.411)', () => {
  it.each([
    ['Learning Agility', 'Experience using git/GitHub or willingness to learn.'],
    ['Learning Agility', 'Familiarity with or a willingness to learn Golang.'],
    [
      'Learning Agility',
      "Ability to communicate with youth, and develop students' desire to learn.",
    ],
    [
      'Research Skills',
      'You will join a diverse team working to spread data-driven research skills.',
    ],
  ])('when %s is not asked of the candidate (%j), then it is not found', (skill, text) => {
    expect(names(text)).not.toContain(skill);
  });

  itFinds([
    ['Learning Agility', 'Be eager to learn new approaches and technologies.'],
    ['Public Speaking', 'You feel confident in talking in public about the product.'],
    ['Public Speaking', 'You will help organise technical events and enjoy speaking on stage.'],
  ]);
});

describe('several priorities and deadlines at once (1.8.412)', () => {
  itFinds([
    ['Multitasking', 'Ability to work independently and manage multiple priorities.'],
    ['Multitasking', 'Ability to prioritize tasks and meet multiple deadlines.'],
    ['Multitasking', 'Being able to juggle a number of contacts and tasks simultaneously.'],
  ]);
});

describe('campaigns run, panels moderated, back ends built, teams led by title (1.8.413-1.8.415)', () => {
  itFinds([
    ['Campaign Management', 'Ran PPC campaigns while optimizing ad-spend efficiency and ROI.'],
    ['Campaign Management', 'Analyze campaign performance and ROI to improve conversions.'],
    ['Campaign Management', 'Planejamento, lançamento e otimização de campanhas de mídia paga.'],
    [
      'Facilitation',
      'Capacity building workshops with lake organizations. Workshops facilitated: 12',
    ],
    ['Facilitation', 'Invited discussion moderator, UVA Humanities Week.'],
    ['Backend Development', 'Medior Java back-end engineer with four years of experience.'],
    ['Backend Development', 'Backend Software Engineer with over 2 years of experience.'],
    ['Leadership', 'Lead Software Engineer, Open Government Products, 2021 – Present'],
    ['Leadership', 'Served as Project Lead for an end-to-end LLM orchestration system.'],
  ]);
});

describe('customers served, staff recruited, suppliers managed, in five languages (1.8.416-1.8.418)', () => {
  itFinds([
    ['Customer Service', 'Buen manejo de situaciones y excelente trato al usuario final.'],
    ['Customer Service', 'Atendimento e Relacionamento com os clientes da carteira.'],
    ['Recruiting', 'Knowledge/experience in recruitment.'],
    ['Recruiting', 'Recrutement et sélection des bénévoles'],
    ['Recruiting', 'Leading the hiring process for contractors and employees.'],
    ['Vendor Management', 'Gestion des relations avec les prestataires techniques.'],
    ['Vendor Management', 'Built a close working relationship with our suppliers.'],
  ]);
});

describe('named tools and methods of science, industry, data and security (1.8.422)', () => {
  itFinds([
    ['GROMACS', 'Molecular dynamics: GROMACS, NAMD, Monte Carlo methods'],
    ['AutoDock', 'Docking with AutoDock Vina and Glide.'],
    ['Molecular Docking', 'Structure-based drug design: molecular docking, virtual screening.'],
    ['Creo', 'Computer Aided Design: AutoCAD, Pro/E, Creo, SolidWorks, CATIA.'],
    ['SAP2000', 'Modelled a three-story concrete building with SAP2000.'],
    ['Modbus', 'Industrial protocols such as OPC-UA, Modbus and MQTT.'],
    ['OPC UA', 'Industrial protocols such as OPC-UA, Modbus and MQTT.'],
    ['Sequence Alignment', 'Good DNA and protein sequence alignment skills are essential.'],
    ['Variant Calling', 'NGS pipelines: read mapping and variant calling.'],
    ['Support Vector Machines', 'Techniques such as k-NN, Naive Bayes, SVM and decision forests.'],
    ['Naive Bayes', 'Techniques such as k-NN, Naive Bayes, SVM and decision forests.'],
    ['Formal Verification', 'Advanced SMT techniques for word-level formal verification.'],
    ['Model Checking', 'Symbolic simulation and model checking (BMC, IC3/PDR).'],
    ['GDB', 'Make, GCC, GDB and Valgrind.'],
    ['Loki', 'Observability: Prometheus, Grafana, Loki, Tempo.'],
    ['Greenplum', 'Columnar databases a plus (Vertica, Greenplum, Redshift).'],
    ['CycloneDX', 'Supply chain security (CycloneDX, SPDX).'],
    ['Sigstore', 'Code signing (OpenPGP, Sigstore, in-toto).'],
    ['Coupa', 'Super user of the Coupa and NetSuite procure to pay system.'],
    ['Haml', 'Working knowledge of Ruby on Rails and Haml.'],
  ]);

  it('when Spanish says "creo que" beside a CAD program, then it is not PTC Creo', () => {
    const found = names('Creo que el diseño con SolidWorks es clave. También creo en la calidad.');
    expect(found).toContain('SolidWorks');
    expect(found).not.toContain('Creo');
  });

  it('when "Loki" has no observability tool beside it, then it is a name, not the log system', () => {
    expect(names('Our office dog Loki greets every visitor.')).not.toContain('Loki');
  });
});

describe('named tools of vehicles, optics, design, commerce and data (1.8.423)', () => {
  itFinds([
    ['CANoe', 'Tools: CANoe & CANape, vTESTstudio, winIDEA.'],
    ['CANape', 'Tools: CANoe & CANape, vTESTstudio, winIDEA.'],
    ['vTESTstudio', 'Tools: CANoe & CANape, vTESTstudio, winIDEA.'],
    ['Zemax', 'Optical design in ZEMAX OpticStudio.'],
    ['ARM Cortex', 'Firmware for ARM Cortex-M4 microcontrollers.'],
    ['Spring WebFlux', 'Reactive services with Spring WebFlux and R2DBC.'],
    ['R2DBC', 'Reactive services with Spring WebFlux and R2DBC.'],
    ['LightStep', 'Tracing with LightStep and OpenTelemetry.'],
    ['Spanner', 'Stores: Cloud Spanner, Redis, Bigtable.'],
    ['ProtoPie', 'Utilized ProtoPie for its deep interaction capabilities.'],
    ['CorelDRAW', 'Graphic design (CorelDraw, Inkscape).'],
    ['Helium 10', 'Amazon research with Helium 10 / Jungle Scout.'],
    ['Jungle Scout', 'Amazon research with Helium 10 / Jungle Scout.'],
    ['GRIB', 'Meteorological data formats: netCDF, HDF5, GRIB, BUFR.'],
    ['Rasterio', 'Geospatial libraries: GDAL / OGR, rasterio, QGIS.'],
    ['Ensembl', 'Biomedical databases such as UCSC Genome Browser, Ensembl, GTEx.'],
    ['RLHF', 'Experience with LLM fine-tuning: PEFT, RLHF, distributed training.'],
    ['FIDO2', 'Authentication (OAuth, OIDC, SAML, FIDO2, WebAuthn).'],
    ['Workspace ONE', 'Device management with Intune, Jamf Pro or Workspace One.'],
    ['Gravity Forms', 'WordPress plugins such as ACF, Gravity Forms and WooCommerce.'],
  ]);

  it('when a resume gives its PGP key, then it names no cryptography tool', () => {
    expect(names('Jane Roe · jane@example.net · PGP: 0x0000000000000000')).not.toContain('OpenPGP');
  });
});

describe('engineering fields, policy, prospecting and solvers (1.8.424)', () => {
  itFinds([
    ['Electrical Engineering', 'BS in electrical engineering, Brigham Young University.'],
    ['Electrical Engineering', 'Sie studieren im Bereich Elektrotechnik, Physik oder Informatik.'],
    ['Mechanical Engineering', 'Mestre em Engenharia Mecânica, Controle e Automação, 2019.'],
    ['Power Electronics', 'Semiconductor device modeling, power electronics.'],
    ['Power Systems', 'Protection and automation of electric power systems.'],
    ['Production Planning', 'Handled materials management, production planning and procurement.'],
    ['Public Policy', 'Coordonnateur de la mineure en politiques publiques.'],
    ['Prospecting', 'Generate pipeline through proactive sales prospecting and outreach.'],
    ['SAT Solvers', 'Formal data structures and solvers (BDD, AIG, SAT solvers).'],
  ]);
});

describe('embedded, automotive, construction and nursing names (1.8.425)', () => {
  itFinds([
    ['FreeRTOS', 'Familiarity with STM32, ESP32, FreeRTOS and UART, SPI, I2C.'],
    ['Yocto', 'Supporting Yocto-based Linux distributions.'],
    ['AUTOSAR', 'ECU software on AUTOSAR Classic, to ISO 26262.'],
    ['ISO 26262', 'ECU software on AUTOSAR Classic, to ISO 26262.'],
    ['Hardware-in-the-Loop Testing', 'HiL & MiL Test ●●●●●●○'],
    ['IBM DOORS', 'Requirements in DOORS, tests in vTESTstudio.'],
    ['PTC Integrity', 'MKS Integrity ●●●●●○○'],
    ['Bluebeam', 'Used Revit, SketchUp and Bluebeam as part of the BIM team.'],
    ['SLAM', 'Multi-agent systems, SLAM, or natural-language grounding.'],
    ['Medication Administration', 'Triage, lab draws and medication administration.'],
  ]);

  it('when "doors" are a building’s, then not IBM DOORS', () => {
    expect(names('Until the doors open on the new facility, staff work remotely.')).not.toContain(
      'IBM DOORS',
    );
  });
});

describe('security tools, UX methods, chip design and privacy law (1.8.426)', () => {
  itFinds([
    ['Valgrind', 'Make, GCC, GDB and Valgrind.'],
    ['Tcl', 'Script languages (Python, Perl, Tcl/Tk).'],
    ['Fuzzing', 'Fuzz testing of parsers and static source code analysis.'],
    ['IBM AppScan', 'Security solutions such as AppScan, Fortify, Maltego.'],
    ['Fortify', 'Security solutions such as AppScan, Fortify, Maltego.'],
    ['Maltego', 'Security solutions such as AppScan, Fortify, Maltego.'],
    ['CCPA', 'Data privacy requirements of GDPR, CCPA, or similar.'],
    [
      'Heuristic Evaluation',
      'Apoiar discovery: entrevistas, análise heurística, análise de dados.',
    ],
    ['Empathy Mapping', 'Estruturar personas, jornada do usuário e mapa de empatia.'],
    ['Storyboarding', 'Creates wireframes, storyboards, user flows and site maps.'],
    ['OmniGraffle', 'Photoshop, Illustrator, OmniGraffle, HTML, CSS.'],
    ['VLSI Design', 'Current coursework: digital communications, VLSI design, optics.'],
    [
      'Universal Design for Learning',
      'Ensured an equitable classroom through UDL and accommodations.',
    ],
    ['Manim', 'Animações matemáticas em Python com a biblioteca Manim.'],
  ]);

  it('when "fortify" is a verb, then not the Fortify scanner', () => {
    expect(names('We fortify our services with Python and careful code review.')).not.toContain(
      'Fortify',
    );
  });
});

describe('named tools of finance, real estate, sales, events, commerce, audio and 3D (1.8.427)', () => {
  itFinds([
    ['FactSet', 'Research with Bloomberg, FactSet and S&P Capital IQ.'],
    ['Capital IQ', 'Research with Bloomberg, FactSet and S&P Capital IQ.'],
    ['PitchBook', 'Deal sourcing in PitchBook.'],
    ['Yardi', 'Lease administration in Yardi Voyager.'],
    ['Argus Enterprise', 'Cash-flow models in ARGUS Enterprise.'],
    ['Blackbaud', "Donor records in Raiser's Edge NXT."],
    ['Cvent', 'Registration through Cvent and Eventbrite.'],
    ['Eventbrite', 'Registration through Cvent and Eventbrite.'],
    ['ZoomInfo', 'Prospect lists from ZoomInfo and LinkedIn Sales Navigator.'],
    ['LinkedIn Sales Navigator', 'Prospect lists from ZoomInfo and LinkedIn Sales Navigator.'],
    ['BigCommerce', 'Platforms: Magento, Shopify, Big Commerce.'],
    ['Amazon Seller Central', 'Listings managed in Amazon Seller Central.'],
    ['Power Query', 'Reports in Excel (Power Query) and Power BI.'],
    ['Pro Tools', 'Mixing in Pro Tools and Logic Pro X.'],
    ['ZBrush', 'Sculpting in ZBrush, texturing in Substance Painter.'],
  ]);
});

describe('collaboration across functions and projects run, in four languages (1.8.428)', () => {
  itFinds([
    ['Cross-Functional Collaboration', 'Vill arbeta nära utvecklare och produktägare.'],
    [
      'Cross-Functional Collaboration',
      'Collaborated with data scientists and analysts on data models.',
    ],
    ['Cross-Functional Collaboration', 'Collaborate with marketers and sales reps on messaging.'],
    [
      'Project Management',
      'Kenntnisse in der Planung, Koordinierung und Durchführung von Projekten.',
    ],
    ['Project Management', 'Koordination der Projektarbeiten'],
    ['Project Management', 'Chargé de projet pour le réseau international MC3.'],
  ]);
});

describe('C beside the data structures and algorithms it is taught with (1.8.429)', () => {
  itFinds([
    ['C', 'Languages and concepts: C, Data Structures, Algorithms.'],
    ['C', 'Coursework in C and data structures.'],
  ]);
});

describe('EMR beside the big-data tools it runs (1.8.430)', () => {
  it('when EMR stands among AWS data services or Trino, then it is no medical record', () => {
    for (const text of [
      'Leveraged services like S3, Redshift, Glue, EMR, and Lambda.',
      'Migrated Trino from EMR, resulting in 80% cost reduction.',
    ])
      expect(names(text)).not.toContain('Electronic Health Records');
  });

  it('when EMR is a clinic’s record, then it is one', () => {
    expect(names('Monitored the quality of data clerk activities in EMR.')).toContain(
      'Electronic Health Records',
    );
  });
});

describe('tools the labels name apart: SMT solvers, GBrowse, SAPUI5 (1.8.431)', () => {
  itFinds([
    ['SMT Solvers', 'Advanced SMT solvers for word-level verification.'],
    ['GBrowse', 'Experience with GMOD tools such as GBrowse would be sweet.'],
    ['SAPUI5', 'Front ends in SAPUI5 and SAP Fiori.'],
  ]);
});

describe('prototypes, Bayesian models, SEO-friendly content, shell scripts and SOC work, as resumes write them (1.8.432)', () => {
  itFinds([
    ['Prototyping', 'Created an interactive low-fidelity prototype of the website in Figma.'],
    ['Bayesian Statistics', 'Modelled trends using a complex Bayesian hierarchical model in R.'],
    ['SEO', 'Created SEO-friendly content marketing and redesigned a website.'],
    ['Shell', 'Ruby • ShellScript • R • Python'],
    ['Security Operations', 'Hands-on experience in SOC operations and security monitoring.'],
  ]);
});

describe('traits and practices as postings write them: flexible, organised, curious, on time (1.8.434)', () => {
  itFinds([
    ['Adaptability', 'Openness: You are flexible and open to new ideas and ways of working.'],
    [
      'Adaptability',
      'Work in a team and independently, be flexible, and manage multiple priorities.',
    ],
    ['Adaptability', 'Je bent flexibel, zelfstandig en je hebt verantwoordelijkheidsgevoel.'],
    ['Adaptability', 'Sie bringen eine hohe Motivation, Flexibilität und Reisebereitschaft mit.'],
    ['Organization Skills', 'The ability to proactively plan and organize your own work.'],
    ['Organization Skills', 'Organized and highly analytical and detail oriented.'],
    ['Organization Skills', 'Autonomie et organisation.'],
    ['Self-Motivation', 'Autonomie et organisation.'],
    ['Creativity', 'Proactief, creatief en gaat graag met mensen in gesprek.'],
    ['Interpersonal Skills', 'The ability to deal with people at all levels is crucial.'],
    ['Interpersonal Skills', 'Capacity to connect with people.'],
    ['Interpersonal Skills', 'Faire preuve d’aptitudes relationnelles pour le travail en équipe.'],
    ['Project Management', 'Project manage bids and contract proposals.'],
    ['Project Management', 'Monitor progress of projects and fidelity of implementation.'],
    ['Time Management', 'Able to work within given deadlines.'],
    ['Time Management', 'Experience managing complex tasks under deadline pressures.'],
    ['Time Management', 'Enjoyment from working efficiently towards goals and deadlines.'],
    ['Time Management', 'Indispensable saber trabajar en tiempo y en forma.'],
    ['Learning Agility', 'Curiosité, dynamisme, force de proposition.'],
    ['Learning Agility', 'Comfortable learning new software quickly.'],
    ['Learning Agility', 'Selbständiges Arbeiten und Lernen ist Voraussetzung.'],
    ['Self-Motivation', 'Selbständiges Arbeiten und Lernen ist Voraussetzung.'],
    ['Analytical Skills', "You're analytical and process driven."],
    ['Analytical Skills', 'The skills necessary to analyze complex systems and processes.'],
    ['Requirements Gathering', 'Work with stakeholders to define GIS business requirements.'],
    ['Requirements Gathering', 'Understand and shape functional software requirements.'],
    ['Presentation Skills', 'Update website content and present at workshops and conferences.'],
    ['Test Planning', 'Develop and execute testing plans based on feature specifications.'],
    ['Product Discovery', 'Own the discovery phase: talk to customers and sketch mockups.'],
    ['Technical Support', 'Address support issues from our clients and collaborators.'],
    ['Technical Support', 'Support Specialist - Capital Health'],
    ['API Design', 'Design and implement RESTful API endpoints in Python.'],
    ['Software Architecture', 'Experience in developing architecture and building services.'],
    ['Software Architecture', "Participer aux choix d'architecture avec l'équipe."],
    ['Team Management', 'Line management of 3 IT support analysts.'],
    ['Team Management', 'Responsable de l’équipe Engineering.'],
    ['Event Planning', 'Coordinated trade show and event marketing logistics.'],
    ['Event Planning', 'Co-organized reading group on Music and Literary Theory.'],
    ['Event Planning', "2021 Organisateur d'une session spéciale à la conférence IJCNN."],
  ]);

  it('when requirements are already defined, then no one is asked to gather them', () => {
    expect(names('Complete customer projects to the defined requirements in time.')).not.toContain(
      'Requirements Gathering',
    );
  });

  it('when the hours or the start date are flexible, then no Adaptability is asked', () => {
    const found = names('The working hours are flexible. The start date is flexible.');
    expect(found).not.toContain('Adaptability');
  });
});

describe('French inclusive writing: "chargé·e de projet" (1.8.433)', () => {
  itFinds([
    ['Project Management', 'Oxybulle recrute un·e chargé·e de projet et communication.'],
    ['Project Management', 'Nous recrutons des chargé·e·s de projet.'],
  ]);

  it('when words of a list are set with middle dots ("Python·Go"), then each is still found', () => {
    expect(names('Skills: Python·Go·SQL')).toEqual(expect.arrayContaining(['Python', 'Go', 'SQL']));
  });
});

describe('standard phrasings in Romance languages and German (1.8.437, 1.8.438)', () => {
  it.each([
    ['Entrepreneurship', 'Visione, creatività e spirito d’impresa sono le doti richieste.'],
    ['Entrepreneurship', 'Entrepreneurial attitude to developing services'],
    ['Entrepreneurship', 'Espíritu emprendedor y ganas de aprender'],
    ['Networking Skills', 'Travailler en réseau, en collaboration et en équipe'],
    ['Networking Skills', 'Netzwerken macht dir Spaß'],
    ['Monitoring and Evaluation', 'Concevoir des outils de suivi et d’évaluation'],
    ['Research Skills', 'Habilidades de investigación y análisis político'],
    ['Meeting Management', 'Minutas de reuniones con acuerdos y compromisos'],
    ['Incident Management', 'Participer à la rotation sur appel en dehors des heures de travail'],
    ['Incident Management', 'Rufbereitschaft nach Absprache'],
    [
      'Authorization to Operate',
      'Rédiger la documentation relative aux autorisations d’exploitation (AE)',
    ],
  ])('when a posting asks for %s as "%s", then it is found', (skill, line) => {
    expect(names(`Requisitos:\n- ${line}`)).toContain(skill);
  });
});

describe('elided articles, two capitalised names sharing a noun, and SIEM written out (1.8.439)', () => {
  itFinds([
    ['Event Planning', 'Organisation logistique d’événements avec des jeunes'],
    ['Event Planning', "Organisation logistique d'événements avec des jeunes"],
    ['Email Marketing', 'Canaux : Content Marketing, SEA, Display sowie Email & Mobile Marketing'],
    ['Unit Testing', 'Unit and Integration Testing'],
  ]);

  it('when three capitalised names end in a noun one of them shares, then nothing is shared', () => {
    expect(names('Work with Security, PeopleOps and Business Operations.')).not.toContain(
      'Security Operations',
    );
  });

  it('when "Security Information & Event Management" is written out, then it names SIEM, not Information Management', () => {
    const found = names('Experience of Security Information & Event Management (SIEM)');
    expect(found).toContain('SIEM');
    expect(found).not.toContain('Information Management');
  });
});

describe('a hyphenated part of several pieces, an acronym before a shared noun, and "of the" front end (1.8.439)', () => {
  itFinds([
    ['End-to-End Testing', 'Performed end-to-end, black-box, unit and regression testing.'],
    ['Smoke Testing', 'Manual Testing - Functional, Regression, Smoke, and UAT testing'],
    ['Regression Testing', 'Regression, smoke and UAT testing for every release'],
    ['Frontend Development', 'Colaborando no desenvolvimento do Front-End com VueJS'],
  ]);
});

describe('GitHub as where a project is hosted, not a skill (1.8.440)', () => {
  it.each([
    'The code is open sourced and shared on my GitHub account.',
    'Final presentation slides are available for viewing on GitHub.',
    'Github Profil: mathgo',
  ])('when a CV says "%s", then GitHub is not found', (line) => {
    expect(names(line)).not.toContain('GitHub');
  });

  it('when a CV says it uses GitHub, then it is found', () => {
    expect(names('Managed releases on GitHub with pull requests and code review.')).toContain(
      'GitHub',
    );
  });
});

describe('calls a support desk takes are no on-call rota (1.8.441)', () => {
  it('when a posting speaks of "support on call volume", then no Incident Management is found', () => {
    expect(names('Primarily front-line support on call volume and emails.')).not.toContain(
      'Incident Management',
    );
  });

  it('when a posting asks to join an on-call rotation, then Incident Management is found', () => {
    expect(names('Participate in the on-call rotation.')).toContain('Incident Management');
  });
});
