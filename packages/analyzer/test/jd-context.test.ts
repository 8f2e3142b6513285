import { describe, expect, it } from 'vitest';
import { findSkills, parseJobDescription, parseResume } from '../src/index.ts';

const skillsOf = (text: string): string[] => parseJobDescription(text).skills.map((s) => s.skill);
/** Asserts that each line, as a posting's one requirement, names `skill`. */
const expectEachRequirementNames = (skill: string, lines: readonly string[]): void => {
  for (const line of lines) expect(skillsOf(`Requirements:\n- ${line}`), line).toContain(skill);
};
/** Asserts that no line, as a posting's one requirement, names `skill`. */
const expectNoRequirementNames = (skill: string, lines: readonly string[]): void => {
  for (const line of lines) expect(skillsOf(`Requirements:\n- ${line}`), line).not.toContain(skill);
};
/** A skill and a requirement line written for it. */
type SkillLine = readonly [skill: string, line: string];
/** Asserts that each line, as a posting's one requirement, names its skill. */
const expectNamed = (cases: readonly SkillLine[]): void => {
  for (const [skill, line] of cases) expectEachRequirementNames(skill, [line]);
};
/** Asserts that no line, as a posting's one requirement, names its skill. */
const expectNotNamed = (cases: readonly SkillLine[]): void => {
  for (const [skill, line] of cases) expectNoRequirementNames(skill, [line]);
};
const importanceOf = (text: string): Record<string, string> =>
  Object.fromEntries(parseJobDescription(text).skills.map((s) => [s.skill, s.importance]));

describe('context-aware matching in a posting', () => {
  it('when "Salary R" sits before "Range" or an amount, then R is no skill', () => {
    const skills = skillsOf(
      'Requirements:\n- Python and SQL\nPay: Salary R\nRange\nSalary: R 45 000',
    );
    expect(skills).not.toContain('R');
    expect(findSkills('We use Python and SQL. Salary R\nRange')).not.toContainEqual(
      expect.objectContaining({ skill: 'R' }),
    );
  });

  it('when the employer builds tools, interviews, meets on MS Teams or names a unit or a tax, then those are no skills', () => {
    const skills = skillsOf(`Requirements:
- Python and SQL
- You will build tools across multiple platforms.
- We are planning on interviewing lots of people; attend Session 1 on MS Teams.
- Three posts open in the Web Communications Branch.
- Sales/Use tax and annual tax returns.`);
    for (const wrong of [
      'Build Tools',
      'Interviewing',
      'Microsoft Teams',
      'Communication',
      'Sales',
    ])
      expect(skills).not.toContain(wrong);
    expect(
      skillsOf(
        'Requirements:\n- Experience with build tools, MS Teams and interviewing candidates',
      ),
    ).toEqual(expect.arrayContaining(['Build Tools', 'Microsoft Teams', 'Interviewing']));
  });

  it('when the posting says a skill is not needed, then it is no requirement (that clause only)', () => {
    const skills = skillsOf(`Requirements:
- NO EXPERIENCE WITH BIOLOGY IS REQUIRED.
- You don’t need experience in Scala or Spark, but you must know Python.
- Keine Vorkenntnisse in Java erforderlich, aber SQL.
- Experience with Docker is a plus.`);
    for (const wrong of ['Biology', 'Scala', 'Apache Spark', 'Java'])
      expect(skills).not.toContain(wrong);
    expect(skills).toEqual(expect.arrayContaining(['Python', 'SQL', 'Docker']));
  });

  it('when list items of an HTML page have no full stops, then each is a sentence of its own', () => {
    const page =
      '<h3>Requirements</h3><ul><li>Strong Statistics background</li>\n<li>Python</li>\n</ul><p><em>Acme is an Equal Opportunity Employer</em></p>';
    const parsed = parseJobDescription(page);
    expect(parsed.skills.map((s) => s.skill)).toEqual(
      expect.arrayContaining(['Statistics', 'Python']),
    );
    expect(parsed.skills.find((s) => s.skill === 'Statistics')?.evidence).toBe(
      'Strong Statistics background',
    );
  });

  it("when TS is a clearance, documentation is the application's and a unit is a field, then none is a skill", () => {
    const skills = skillsOf(`Department: Digital and Customer Services
Requirements:
- A TS/SCI clearance and Python.
- Your resume and supporting documentation will be evaluated.
- A strong statistical background.`);
    for (const wrong of ['TypeScript', 'Documentation', 'Customer Service'])
      expect(skills).not.toContain(wrong);
    expect(skills).toEqual(expect.arrayContaining(['Python', 'Statistics']));
    expect(skillsOf('Requirements:\n- TS and React; write documentation')).toEqual(
      expect.arrayContaining(['TypeScript', 'Documentation']),
    );
  });

  it('when the employer describes how it works, then its words are no requirements', () => {
    const skills = skillsOf(`Requirements:
- Python and SQL
- Stanford Research Computing is a collaboration between University IT and the Dean of Research.
- We are committed to open science and everything we do is open source.
- Public Lab is a community that develops open-source tools.
- Ensure delivery of a high-quality user experience for staff.`);
    for (const wrong of ['Teamwork', 'Open Science', 'Open Source', 'UX Design'])
      expect(skills).not.toContain(wrong);
    expect(
      skillsOf(
        'Requirements:\n- You collaborate with designers\n- Open source contributions\n- UX design',
      ),
    ).toEqual(expect.arrayContaining(['Teamwork', 'Open Source', 'UX Design']));
  });

  it("when remote work is the job's condition or tools are built, then no Remote Collaboration or Build Tools", () => {
    const skills = skillsOf(`Requirements:
- Python and SQL
- Build tools to reduce occurrences of errors.
- Hybrid and/or remote work may be an option; this fully remote position is open to all.`);
    for (const wrong of ['Build Tools', 'Remote Collaboration'])
      expect(skills).not.toContain(wrong);
    expect(
      skillsOf(
        'Requirements:\n- Experience with build tools such as Webpack\n- Remote work across time zones',
      ),
    ).toEqual(expect.arrayContaining(['Build Tools', 'Remote Collaboration']));
  });

  it('when "communication" is between services, then it is not the soft skill', () => {
    const text =
      'Requirements:\n- Build RESTful services for communication between frontend and backend using Java and Docker';
    expect(skillsOf(text)).not.toContain('Communication');
    expect(skillsOf('Requirements:\n- Strong communication skills\n- Python')).toContain(
      'Communication',
    );
  });

  it('when "safe", "product managers", "asset management" or "interdisciplinary vision" appear, then no SAFe, Product Management, Investment Analysis or Cross-Functional Collaboration', () => {
    const text = `Requirements:
- Python. Keep applicants and staff safe at all times.
- You will have collaborated with a team of engineers, product managers and designers.
- Experience with Digital Asset Management systems.
- An interdisciplinary vision for the university.`;
    const skills = skillsOf(text);
    for (const wrong of [
      'SAFe',
      'Product Management',
      'Investment Analysis',
      'Cross-Functional Collaboration',
    ]) {
      expect(skills).not.toContain(wrong);
    }
    expect(skills).toContain('Digital Asset Management');
  });

  it('when ambiguous short names are verbs, seasons or levels, then they are no skills, even in a tech posting', () => {
    const text =
      'Requirements:\n- Python, Java and SQL. Go beyond expectations. Excel at your job. You will excel in a fast team. Start date: Spring 2025. Report to the C level. Rust belt location. Be swift.';
    const skills = skillsOf(text);
    for (const wrong of ['Go', 'Excel', 'Spring', 'C', 'Rust', 'Swift']) {
      expect(skills).not.toContain(wrong);
    }
  });

  it('when the same short names are used as skills, then they are found', () => {
    const text =
      'Requirements:\n- Python, Go and Rust for services, Java with Spring\n- Excel at an advanced level\n- Advanced Excel';
    expect(skillsOf(text)).toEqual(expect.arrayContaining(['Go', 'Rust', 'Spring', 'Excel']));
  });

  it('when a skill name sits in a URL, a navigation bar or a footer block, then it is ignored', () => {
    const text = `Senior Frontend Engineer
Home | Careers | Accessibility | Privacy
Requirements:
- React, HTML and CSS
Apply at https://jobs.example.com/hr/accessibility

Accessibility
Privacy Policy
Terms of Use`;
    const skills = skillsOf(text);
    expect(skills).toEqual(expect.arrayContaining(['React', 'HTML', 'CSS']));
    expect(skills).not.toContain('Accessibility');
    expect(skills).not.toContain('Human Resources');
  });

  it('when a printed posting carries a print stamp, page numbers and a cookie banner, then they give no skills and no title', () => {
    const text = `13/1/24, 15:01 Job posting | Acme
Senior Data Engineer
Requirements:
- Python, SQL and Spark
Page 1 of 3
We use cookies to improve your experience of Excel-like tools. Accept all cookies`;
    const jd = parseJobDescription(text);
    expect(jd.title).toBe('Senior Data Engineer');
    expect(jd.skills.map((s) => s.skill)).not.toContain('Excel');
  });

  it("when a job board's hashtags tag the posting, then they give no skills; a single # or C# stays", () => {
    const skills = skillsOf(
      'hashtags: "#management,#finance,#ui/ux,#css"\n\nRequirements\n- Excel and C#\n- Python is our #1 tool',
    );
    expect(skills).toEqual(expect.arrayContaining(['Excel', 'C#', 'Python']));
    expect(skills).not.toContain('UX Design');
    expect(skills).not.toContain('CSS');
  });

  it('when front matter files the page (tags, archives) or ROR names a registry, then no skills come from them; RoR and Rails stay', () => {
    const skills = skillsOf(
      '+++\ntitle = "Curator"\ntags = ["Jobs", "Research Computing"]\narchives = ["2023"]\n+++\n\nROR is a registry. Experience with RoR and PostgreSQL.',
    );
    expect(skills).toEqual(expect.arrayContaining(['Ruby on Rails', 'PostgreSQL']));
    expect(skills).not.toContain('Archival Processing');
    expect(skills).not.toContain('Scientific Computing');
    expect(skillsOf('ROR is a registry of research organizations.')).not.toContain('Ruby on Rails');
  });

  it('when requirements sit under "About the role" and "About you", then they are read; "About us" and benefits are not', () => {
    const text = `About the role
You will build services in Python and SQL on AWS.
About you
- Experience with Docker and Kubernetes
About us
We are a company that loves React.
Benefits
- Free Java lessons`;
    const skills = skillsOf(text);
    expect(skills).toEqual(
      expect.arrayContaining(['Python', 'SQL', 'AWS', 'Docker', 'Kubernetes']),
    );
    expect(skills).not.toContain('React');
    expect(skills).not.toContain('Java');
  });
});

describe('qualifiers scoped to their phrase', () => {
  it('when "(deseable)" ends one item of a line, then only that item is preferred', () => {
    expect(importanceOf('Requisitos:\n- Python, SQL, Docker (deseable)')).toEqual({
      Python: 'required',
      SQL: 'required',
      Docker: 'preferred',
    });
  });

  it('when "idealmente" leads the last item, then only what follows it is preferred', () => {
    expect(importanceOf('Requisitos:\n- Kubernetes y AWS, idealmente Terraform')).toEqual({
      Kubernetes: 'required',
      AWS: 'required',
      Terraform: 'preferred',
    });
  });

  it('when "a plus", "nice to have" or "preferred" qualify one phrase, then the other phrases stay required', () => {
    expect(
      importanceOf(
        'Requirements:\n- Python, SQL (a plus), Docker\n- Java; Kubernetes is a plus\n- Preferred experience with Kafka',
      ),
    ).toEqual({
      Python: 'required',
      SQL: 'preferred',
      Docker: 'required',
      Java: 'required',
      Kubernetes: 'preferred',
      'Apache Kafka': 'preferred',
    });
  });

  it('when years are asked for a skill, in English or Spanish, then they are recorded on it', () => {
    const jd = parseJobDescription(
      'Requirements:\n- 3+ years of Python\n- 3 años de experiencia en Java\n- Docker',
    );
    const years = Object.fromEntries(jd.skills.map((s) => [s.skill, s.years]));
    expect(years).toEqual({ Python: 3, Java: 3, Docker: undefined });
  });

  it('when a posting asks for spoken languages, then they are skills; the word alone in prose is not', () => {
    expect(
      skillsOf(
        'Requisitos:\n- Inglés avanzado\n- English C1\n- fluent French\n- Idiomas: alemán\n- Python',
      ),
    ).toEqual(expect.arrayContaining(['English', 'French', 'German', 'Python']));
    expect(skillsOf('Requirements:\n- We write our docs in English. Python')).not.toContain(
      'English',
    );
  });

  it('when Dask, SOAP, AJAX, Troubleshooting, Windows or macOS are asked for, then each is a skill', () => {
    expect(
      skillsOf('Requirements:\n- Dask, SOAP, AJAX, Troubleshooting, Windows and macOS, Python'),
    ).toEqual(
      expect.arrayContaining(['Dask', 'SOAP', 'AJAX', 'Troubleshooting', 'Windows', 'macOS']),
    );
  });
});

describe('platform names that are no skill used', () => {
  const resumeSkills = (text: string): string[] => parseResume(text).skills.map((s) => s.skill);

  it("when GitHub counts a project's stars or labels a contact link, then it is no skill; used, it is", () => {
    const text =
      'Jane Doe\nGitHub: https://github.com/jane\n\nProjects\n- CLI tool with 2.5K GitHub stars, written in Go and Docker';
    expect(resumeSkills(text)).not.toContain('GitHub');
    expect(resumeSkills('Experience\n- Maintained CI pipelines on GitHub and GitLab')).toContain(
      'GitHub',
    );
  });

  it('when asset management is of end-user devices or IT, then it is not Investment Analysis; of portfolios, it is', () => {
    expect(
      skillsOf('Requirements:\n- End-user asset management, provisioning and tracking on Linux'),
    ).not.toContain('Investment Analysis');
    expect(
      skillsOf('Requirements:\n- Asset management and equity research for our fund, Excel'),
    ).toContain('Investment Analysis');
  });

  it('when SaaS tools are administered together (Okta, Google Workspace, Slack, Zoom, Mac), then each is found', () => {
    const skills = skillsOf(
      'Requirements:\n- Administer SaaS applications like Okta, Google Workspace, Slack, Zoom\n- Support Linux and Mac laptops',
    );
    for (const skill of ['Okta', 'Google Workspace', 'Slack', 'Zoom', 'macOS']) {
      expect(skills).toContain(skill);
    }
    expect(skillsOf('Requirements:\n- Python. Find the Mac address of each device.')).not.toContain(
      'macOS',
    );
  });
});

describe('ambiguous language names confirmed by their own words', () => {
  it('when Go or Ruby is coordinated with another language or something is written in it, then it is the language even with no related skill in the text', () => {
    expect(
      skillsOf('Requirements:\n- Experience writing production-level applications in Go'),
    ).toContain('Go');
    const both = skillsOf('Requirements:\n- Have strong programming skills - Ruby and/or Go');
    expect(both).toContain('Ruby');
    expect(both).toContain('Go');
    expect(skillsOf('Requirements:\n- C, C++ or Java for embedded firmware')).toContain('C');
  });

  it('when the same names are ordinary words, then they are still no skills', () => {
    const skills = skillsOf(
      'Requirements:\n- Excel and Word. Go to the office on Mondays; Ruby, our office manager, will welcome you.',
    );
    expect(skills).not.toContain('Go');
    expect(skills).not.toContain('Ruby');
  });
});

describe('other people and the employer are not the candidate', () => {
  it('when a posting names colleagues by their role, then their role is no skill of the post', () => {
    const skills = skillsOf(
      'Requirements:\n- Build ML applications with the support of a Data Scientist on the platform\n- Make the data more useful to Data Scientists\n- Send your resume to the ADS program manager\n- Python and SQL',
    );
    expect(skills).not.toContain('Data Science');
    expect(skills).not.toContain('Program Management');
    expect(skills).toContain('Python');
  });

  it('when the post itself is the role, then the role still counts', () => {
    expect(
      skillsOf('Requirements:\n- 3+ years of experience as a data scientist\n- Python'),
    ).toContain('Data Science');
    expect(skillsOf('We are hiring data scientists.\nRequirements:\n- Python')).toContain(
      'Data Science',
    );
  });

  it('when the employer describes its leaders or its culture, then those words are no requirements', () => {
    const skills = skillsOf(
      'The Rockefeller Archive Center is led by a President and a Director of Human Resources.\nWe strive to make decisions that prioritize people first.\nWe have transparent leadership.\nWe aim to build that world by scaling evidence-based teaching.\nRequirements:\n- Python',
    );
    expect(skills).not.toContain('Human Resources');
    expect(skills).not.toContain('Prioritization');
    expect(skills).not.toContain('Leadership');
    expect(skills).not.toContain('Teaching');
    expect(skills).toContain('Python');
  });

  it('when the hired person is the subject of a sentence, then it is the job, not the employer', () => {
    expect(
      skillsOf(
        'The Digital Technologies Development Librarian maintains and provides enhancements to existing library applications written in Python.',
      ),
    ).toContain('Python');
  });
});

describe('how to apply and what the product does', () => {
  it('when a posting asks for a link to your GitHub or says what the product enables, then neither is a requirement', () => {
    const skills = skillsOf(
      'Airbyte is the upcoming open-source standard for data integration.\nWe enable data teams to replicate data from databases to data warehouses.\nEmail us with a link to your LinkedIn / Resume / GitHub.\nRequirements:\n- HR experience',
    );
    for (const wrong of ['Open Source', 'Databases', 'Data Warehousing', 'GitHub'])
      expect(skills).not.toContain(wrong);
  });
});

describe('names that say which thing is meant', () => {
  it('when a posting writes "Golang", then it is Go with no other language beside it', () => {
    expect(skillsOf('Requirements:\n- Significant experience writing Golang.')).toContain('Go');
  });

  it('when Windows stands beside office programs, then it is the operating system', () => {
    expect(
      skillsOf('Requirements:\n- Proficiency with Microsoft Word, PowerPoint, and Windows.'),
    ).toContain('Windows');
  });

  it('when a posting asks for shell scripting or technical documentation, then those are Shell and Documentation', () => {
    const skills = skillsOf(
      'Requirements:\n- Linux and shell scripting\n- Create and keep technical documentation\n- Document and share practices with the team',
    );
    expect(skills).toContain('Shell');
    expect(skills).toContain('Documentation');
    expect(skills).not.toContain('Technical Writing');
  });
});

describe("Cisco's IOS", () => {
  it('when IOS follows network hardware, then it is not Apple iOS', () => {
    expect(
      skillsOf('Requirements:\n- Familiar with network hardware, IOS and Linux'),
    ).not.toContain('iOS');
  });
});

describe('infrastructure words that look like other skills', () => {
  it('when a posting speaks of SIEM, database clustering, customer facing services or the institute it is, then no event planning, unsupervised learning, customer service or NIST', () => {
    const skills = skillsOf(
      'Requirements:\n- Experience of Security Information & Event Management (SIEM)\n- Server and database [clustering](https://example.org/talk)\n- Deploy internal and customer facing services\n- Work with staff at NIST to advance the NIST mission',
    );
    for (const wrong of ['Event Planning', 'Unsupervised Learning', 'Customer Service', 'NIST'])
      expect(skills).not.toContain(wrong);
    expect(skills).toContain('SIEM');
  });

  it('when the same words mean the skills, then they stay', () => {
    const skills = skillsOf(
      'Requirements:\n- Plan and run events for 200 people\n- k-means clustering of customer data\n- Controls based on NIST 800-53\n- Providing customer-facing service at the front desk',
    );
    for (const right of ['Event Planning', 'Unsupervised Learning', 'NIST', 'Customer Service'])
      expect(skills).toContain(right);
  });
});

describe('money, glue and things made for working together', () => {
  it('when "R$" is Brazilian money, "Glue" a nickname and "collaborative" a product, then no R, AWS Glue or Teamwork', () => {
    const skills = skillsOf(
      'Requisitos:\n- Java e Spring Boot\n- Valor da bolsa: R$ 1.000,00\n- Certified Slack Glue Guy\n- Built collaborative editing tools for a collaboration platform',
    );
    for (const wrong of ['R', 'AWS Glue', 'Teamwork']) expect(skills).not.toContain(wrong);
  });

  it('when R, Glue and collaboration are meant, then they stay', () => {
    const skills = skillsOf(
      'Requirements:\n- R and Python for statistics\n- ETL jobs in AWS with Glue\n- Collaborate with researchers across teams',
    );
    for (const right of ['R', 'AWS Glue', 'Teamwork']) expect(skills).toContain(right);
  });

  it('when an agency describes itself ("GSA is a federal government agency whose mission ..."), then its work is no skill', () => {
    expect(
      skillsOf(
        'Requirements:\n- Product management\nGSA is a federal government agency whose mission is to bring the best value in real estate to the American people.',
      ),
    ).not.toContain('Real Estate');
  });
});

describe('front matter that is not the job', () => {
  it('when a page\'s front matter says "compensation: paid" and "seo:", then the job after it is still read and no SEO is found', () => {
    const skills = skillsOf(
      '---\ntitle: UX Designer\ncompensation: paid\nseo:\n  description: A job\n---\nMoodle with us!\n\nConducting frequent user research and usability testing.\n\nStrong understanding of typography.',
    );
    expect(skills).toEqual(expect.arrayContaining(['User Research', 'Typography']));
    expect(skills).not.toContain('SEO');
  });
});

describe('a town, tickets and research in their usual words', () => {
  it('when a help-desk posting is located in Aurora, OH and asks to update IT tickets, then no Amazon Aurora and Ticketing Systems is found', () => {
    const skills = skillsOf(
      'Requirements:\n- Track all instances of support by creating and updating IT tickets\n- Ability to work efficiently within a team\nThis position is located in Aurora, OH.',
    );
    expect(skills).not.toContain('Amazon Aurora');
    expect(skills).toEqual(expect.arrayContaining(['Ticketing Systems', 'Teamwork']));
  });

  it('when a posting asks for research experience, a highly analytical person and the ability to adapt, then those skills are found', () => {
    expect(
      skillsOf(
        'Requirements:\n- Research experience in an academic setting\n- Highly analytical and comfortable with numbers\n- Ability to adapt to daily schedules\n- AWS Aurora and PostgreSQL',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Research Skills',
        'Analytical Skills',
        'Adaptability',
        'Amazon Aurora',
      ]),
    );
  });
});

describe('a bibliography and the French "vue"', () => {
  it('when a French posting cites papers under "Références" and writes "d\'un point de vue", then no R, C or Vue.js is found', () => {
    const skills = skillsOf(
      "Compétences:\n- Python et apprentissage automatique\nD'un point de vue défensif, ces traces sont analysées en vue de détecter des attaques.\n\n## Références\n[Andrus et al., 2022] Andrus, B. R., Nasiri, Y., Cui, S., and Fulda, N. (2022). Knowledge graphs.\n[Li et al., 2017] Li, T., Zeng, C., Xia, B. (2017). FLAP: event log analysis.",
    );
    expect(skills).toContain('Python');
    expect(skills).not.toEqual(expect.arrayContaining(['R']));
    expect(skills).not.toContain('C');
    expect(skills).not.toContain('Vue.js');
    expect(skills).not.toContain('Knowledge Graphs');
  });

  it('when a posting asks for Vue or "experiencia en Vue", then Vue.js is still found', () => {
    expect(skillsOf('Requisitos:\n- Experiencia en Vue y TypeScript')).toContain('Vue.js');
  });
});

describe('continuous improvement and working relationships', () => {
  it('when a posting asks to lead continuous improvement and build working relationships, then Process Improvement and Interpersonal Skills are found', () => {
    expect(
      skillsOf(
        'Requirements:\n- Lead the process of continuous improvement of the release team\n- Develops and maintains positive working relationships with partners',
      ),
    ).toEqual(expect.arrayContaining(['Process Improvement', 'Interpersonal Skills']));
  });
});

describe('teams one hands work to, and a page filed under a department', () => {
  it('when a posting escalates issues to product management teams, supports the sales team and is filed under label = "Sales & Marketing", then neither is a skill', () => {
    const skills = skillsOf(
      '+++\ntitle = "Technical Customer Support Engineer"\nlabel = "Sales & Marketing"\n+++\nResponsibilities:\n- Escalate the relevant support issues to product management and engineering teams.\n- Supporting the sales team: review prospects data.\n- Use SQL and Python to answer customer questions.',
    );
    expect(skills).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(skills).not.toContain('Product Management');
    expect(skills).not.toContain('Sales');
  });
});

describe('the teams a skill is exercised over', () => {
  it('when a posting is responsible for project management of two teams, then Project Management is found: the teams are what it manages, not colleagues', () => {
    expect(
      skillsOf('Responsibilities:\n- Responsible for project management of two teams.'),
    ).toContain('Project Management');
  });
});

describe('a civil-service grade, a mailbox and a lab door', () => {
  it('when a posting says "Grade: SEO", maintains email archives and manages lab access, then no SEO, Archival Processing or Identity and Access Management is found', () => {
    const skills = skillsOf(
      '**Grade:** SEO\nResponsibilities:\n- Manage correspondence and maintain email archives.\n- Assist with lab access management and onboarding.\n- Use Excel to track orders.',
    );
    expect(skills).toContain('Excel');
    expect(skills).not.toContain('SEO');
    expect(skills).not.toContain('Archival Processing');
    expect(skills).not.toContain('Identity and Access Management');
  });

  it('when a posting asks for SEO and archival processing, then both are still found', () => {
    expect(
      skillsOf('Requirements:\n- SEO and content marketing\n- Archival processing of collections'),
    ).toEqual(expect.arrayContaining(['SEO', 'Archival Processing']));
  });
});

describe('colleagues, clinical GCP and German ways of working', () => {
  it('when a posting names sales or UX among the people one works with, then neither is a skill', () => {
    const skills = skillsOf(`Responsibilities:
- Work closely with sales, account managers and product managers to drive new business.
- You'll work with Product Management and other stakeholders (Backend, UX, etc.) on features.
- Python and SQL`);
    expect(skills).not.toContain('Sales');
    expect(skills).not.toContain('UX Design');
    expect(skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });

  it('when a clinical posting asks for GCP and regulatory requirements or ICH-GCP, then that is no Google Cloud', () => {
    expect(
      skillsOf(
        'Requirements:\n- Functional understanding of GCP and regulatory requirements.\n- ICH-GCP training\n- SAS and R',
      ),
    ).not.toContain('Google Cloud');
    expect(skillsOf('Requirements:\n- Experience with AWS, GCP or Azure')).toContain(
      'Google Cloud',
    );
  });

  it('when a German posting asks for a structured, independent way of working, then Organization Skills and Self-Motivation are found', () => {
    const a = skillsOf(
      'Was du mitbringen solltest:\n- Sorgfältige, strukturierte, selbstständige Arbeitsweise',
    );
    expect(a).toEqual(expect.arrayContaining(['Organization Skills', 'Self-Motivation']));
    const b = skillsOf(
      'Profil:\n- Du arbeitest strukturiert, eigenverantwortlich und serviceorientiert',
    );
    expect(b).toEqual(expect.arrayContaining(['Organization Skills', 'Self-Motivation']));
    expect(skillsOf('Profil:\n- Erfahrung mit strukturierten Daten und Python')).not.toContain(
      'Organization Skills',
    );
  });
});

describe('design work written in French', () => {
  it('when a French posting asks to prototype interfaces, run user research, and know accessibility and typography, then those skills are found', () => {
    const skills = skillsOf(`## Profil recherché
- Concevoir et prototyper (UX/UI) des interfaces de parcours usagers ;
- Coordonner et animer des sessions de recherche usager (tests d'usabilité) ;
- Connaissance de l'accessibilité numérique ;
- Un œil pour la typographie ;
- Créativité, aisance relationnelle ;
- Rigueur et sens de l'analyse.`);
    for (const skill of [
      'Prototyping',
      'User Research',
      'Accessibility',
      'Typography',
      'Interpersonal Skills',
      'Analytical Skills',
    ])
      expect(skills).toContain(skill);
  });
});

describe('phrasings postings use for a skill, in English and other languages', () => {
  it('when a posting hires a support engineer or a student for product support, then Technical Support is found', () => {
    expectEachRequirementNames('Technical Support', [
      'You will join us as an App Support Engineer',
      'Studentische Hilfskraft für den Produktsupport',
      'Two years in application support',
    ]);
  });

  it('when a posting asks for the ability to multi-task or to work on multiple projects, then Multitasking is found', () => {
    expectEachRequirementNames('Multitasking', [
      'Strong organization skills; ability to multi-task, prioritize, and meet deadlines',
      'Candidates must be able to work on multiple projects',
    ]);
  });

  it('when a posting asks for a structured way of working, in English or Dutch, then Organization Skills is found', () => {
    expectEachRequirementNames('Organization Skills', [
      'Strong conceptual skills as well as a structured way of working',
      'Je kunt planmatig, secuur en gestructureerd werken',
    ]);
  });

  it("when a posting offers continuous learning as its culture or training budget, then that is not the candidate's Learning Agility; eager to learn is", () => {
    const skills = skillsOf(
      'Benefits:\n- Continuous learning / training policy: we sponsor conferences\nRequirements:\n- Python\n- Mentor team members, contributing to a culture of continuous learning',
    );
    expect(skills).not.toContain('Learning Agility');
    expectEachRequirementNames('Learning Agility', ['Be eager to learn new approaches']);
  });

  it('when a posting asks for the ability to problem solve, in English, German, Dutch or Spanish, then Problem Solving is found', () => {
    expectEachRequirementNames('Problem Solving', [
      'Strong research design skills, with demonstrated ability to problem solve.',
      'Analytisches Denken und zielorientiertes Lösen von Problemen',
      'Initiatiefrijk, creatief en oplossingsgericht',
      'Actitud manos a la obra para resolver problemáticas rápidamente.',
    ]);
  });

  it('when a posting asks for cross-team collaboration or to collaborate across teams or departmental functions, then Cross-Functional Collaboration is found', () => {
    expectEachRequirementNames('Cross-Functional Collaboration', [
      'Cross-Team Collaboration: ability to work with our global marketing team',
      'Ability to share knowledge and collaborate across teams and program areas',
      'Ability to work collaboratively across departmental functions',
    ]);
  });

  it('when a posting asks in German or Dutch for someone communicative or a strong written communicator, then Communication is found', () => {
    expectEachRequirementNames('Communication', [
      'Sie sind team- und kommunikationsfähig',
      'Goede communicatieve vaardigheden',
      'Initiatiefrijk, creatief, communicatief en oplossingsgericht',
      'Strong written communicator, and high EQ',
    ]);
  });
});

describe('a good communicator, a fluent Rust programmer and a team lead', () => {
  it('when a posting asks for a good communicator fluent at least in rust and C who leads a small team, then Communication, Rust and Team Management are found', () => {
    const skills = skillsOf(`Requirements:
- You need to be fluent at least in rust and C
- Good communicator
- You lead a small team of developers`);
    expect(skills).toEqual(expect.arrayContaining(['Communication', 'Rust', 'Team Management']));
  });
});

describe('a skill named as a verb and its object', () => {
  it('when a posting asks to analyze large data sets or to integrate, analyze, and evaluate data, then Data Analysis is found once per mention', () => {
    const jd = parseJobDescription(`Requirements:
- Experience using Python or SQL for analyzing large data sets.
- The ability to integrate, analyze, and evaluate data.`);
    const skill = jd.skills.find((s) => s.skill === 'Data Analysis');
    expect(skill?.count).toBe(2);
  });

  it('when a posting asks to clean and validate data, manage the unit budget, oversee IT vendors and gather business requirements, then each skill is found', () => {
    const skills = skillsOf(`Responsibilities:
- Clean and validate data from field surveys.
- Manage the unit's annual budget.
- Oversee external IT vendors and suppliers.
- Gather business requirements from users.`);
    expect(skills).toEqual(
      expect.arrayContaining([
        'Data Cleaning',
        'Budgeting',
        'Vendor Management',
        'Requirements Gathering',
      ]),
    );
  });

  it('when a posting asks to explain technical concepts or to articulate design decisions, then Communication is found; explaining a form is not', () => {
    expect(
      skillsOf('Requirements:\n- Able to explain technical concepts to a non-technical audience'),
    ).toContain('Communication');
    expect(skillsOf('Requirements:\n- Confidently articulate your design decisions')).toContain(
      'Communication',
    );
    expect(skillsOf('Requirements:\n- Explain the form to visitors')).not.toContain(
      'Communication',
    );
  });

  it('when a posting asks to lead an experienced team or to lead people, then Leadership is found; leading a migration is not', () => {
    expectEachRequirementNames('Leadership', [
      'You will lead an experienced team of engineers',
      'Leading People: the ability to lead people toward the vision',
    ]);
    expect(skillsOf('Requirements:\n- Lead the migration of our services')).not.toContain(
      'Leadership',
    );
  });

  it('when a posting asks to present initial results or present our findings, then Presentation Skills is found; the present team is not', () => {
    expectEachRequirementNames('Presentation Skills', [
      'You will present initial results and insights to leadership',
      'You present our research findings at conferences',
    ]);
    expect(skillsOf('Requirements:\n- Support the present team of analysts')).not.toContain(
      'Presentation Skills',
    );
  });

  it('when a posting asks for writing detailed documentation, then Documentation is found once; supporting documentation of an application is not', () => {
    const jd = parseJobDescription(
      'Requirements:\n- Good coding practices and writing detailed documentation',
    );
    expect(jd.skills.find((s) => s.skill === 'Documentation')?.count).toBe(1);
    expect(
      skillsOf('How to apply:\nSend your resume and supporting documentation by May 1.'),
    ).not.toContain('Documentation');
  });

  it('when a posting asks to write progress reports or draft grant proposals, then Writing Skills is found; writing code is not', () => {
    expectEachRequirementNames('Writing Skills', [
      'You will write progress reports for sponsors',
      'Draft grant proposals with the director',
    ]);
    expect(skillsOf('Requirements:\n- Write clean code in Python')).not.toContain('Writing Skills');
  });

  it('when a posting asks to supervise a small team of volunteers, then Team Management is found', () => {
    expect(
      skillsOf('Requirements:\n- Build out and supervise a small team of part-time volunteers'),
    ).toContain('Team Management');
  });

  it('when a posting asks for experience administering Linux systems, then System Administration is found', () => {
    expect(
      skillsOf(
        'Requirements:\n- 3 years of experience in administering Linux systems and networks',
      ),
    ).toContain('System Administration');
  });

  it('when a posting asks for web programming in French, Catalan or Spanish, or seeks a web programmer, then Web Development is found', () => {
    expectEachRequirementNames('Web Development', [
      'Solides compétences en informatique : programmation web, XML, base de données',
      'Coneixements i experiència en programació web',
      'Experiencia en programación web con PHP',
      'We seek a web programmer to work on two grant funded projects',
    ]);
  });

  it('when a posting asks to monitor the service desk or give infrastructure support, then Technical Support is found', () => {
    expectEachRequirementNames('Technical Support', [
      'Actively monitors the service desk to respond and resolve escalated issues',
      'Responsible for Infrastructure Support including network and telephony',
      'Participate in 24 hour production support of the web infrastructure',
    ]);
  });

  it('when a posting asks to keep the office and its documents organized, then Organization Skills is found', () => {
    expectEachRequirementNames('Organization Skills', [
      'Keep office and documentation organized',
      'Keeping shared drives organised for the whole team',
    ]);
  });

  it('when a posting asks for compliance with privacy policies, PII handling or privacy considerations, then Data Privacy is found', () => {
    expectEachRequirementNames('Data Privacy', [
      'Champion compliance with privacy policies and legislation',
      'Manage research ethics, data security and exclusion of PII',
      'Familiarity with ethical and privacy considerations for handling medical data',
      'Expérience en protection des données personnelles',
    ]);
  });

  it('when a contact block gives a TDD phone line, then Test-Driven Development is not found, but TDD as a practice is', () => {
    expectNoRequirementNames('Test-Driven Development', [
      'Questions: call Jane Doe, phone 858-577-1234, TDD 858-577-5723',
      'Reasonable accommodation: TTY/TDD: 711',
    ]);
    expectEachRequirementNames('Test-Driven Development', ['Practice TDD/BDD in a small team']);
  });

  it('when the employer conducts the interviews or the applicant is interviewed, then Interviewing is not found, but conducting interviews as a duty is', () => {
    expectNoRequirementNames('Interviewing', [
      'The selecting official may choose to conduct interviews, and you will be notified.',
      'Complete one assignment prior to interviewing with our team.',
      'The check is initiated when you are offered a contract, not before or during interviewing.',
    ]);
    expectEachRequirementNames('Interviewing', [
      'Conduct interviews with candidates for open roles',
    ]);
  });

  it('when a posting asks to review code or pull requests, then Code Review is found', () => {
    expectEachRequirementNames('Code Review', [
      'Review code and participate in group discussions',
      'Reviewing contributed code and documentation text',
      'Constructively review pull requests from the community',
    ]);
  });

  it('when a posting asks to resolve or respond to incidents, then Incident Management is found', () => {
    expectEachRequirementNames('Incident Management', [
      'Respond to system alerts, troubleshoot system errors, and resolve incidents',
      'Log, manage, update and resolve user incidents within agreed SLAs',
      'Responding to production outages',
    ]);
  });

  it('when a posting asks to give or deliver talks or presentations, then Public Speaking is found', () => {
    expectEachRequirementNames('Public Speaking', [
      'Representing the project at conferences, giving presentations, and engaging with the community',
      'Participating in conferences and delivering seminars and presentations',
    ]);
    expectNoRequirementNames('Public Speaking', ['Deliver training materials']);
  });

  it('when a bullet starts with "Present", then it is the verb; after a date range\'s dash it is not', () => {
    expectEachRequirementNames('Presentation Skills', ['Present findings to the board']);
    expect(
      findSkills('Data Analyst, Acme. Jan 2019 - Present research summaries').map((s) => s.skill),
    ).not.toContain('Presentation Skills');
  });

  it('when the words are in different sentences or the phrase is already an alias, then no second match', () => {
    expect(skillsOf('Requirements:\n- We analyze.\n- Data entry')).not.toContain('Data Analysis');
    const jd = parseJobDescription('Requirements:\n- Analyzing data in Excel');
    expect(jd.skills.find((s) => s.skill === 'Data Analysis')?.count).toBe(1);
  });
});

describe('decisions, ownership, customer experience and sales as things, not traits', () => {
  it('when decisions are a study topic or something the work informs, then Decision Making is no trait; making them is', () => {
    expectNoRequirementNames('Decision Making', [
      'Coordinate clinical studies on decision-making in neurologic disease',
      'Apply analytics to support data-informed decision-making',
      'We use research methods to inform our decision making',
      'Create mock ups to allow iteration, testing and decision making support',
      'Assess decision-making factors such as cost and risk',
    ]);
    expectEachRequirementNames('Decision Making', [
      'Exhibits sound judgment in decision-making',
      'Ability to make decisions and involve others in the decision-making process',
    ]);
  });

  it('when a thing is owned ("car ownership", "KPI ownership", "your ownership"), then Ownership is no trait; taking it is', () => {
    expectNoRequirementNames('Ownership', [
      'We bring an e-commerce experience to car ownership',
      'Guide technical evaluations via POC/POV ownership',
      'KPI Ownership and performance management',
      'Execute the first webinar under your ownership',
      'Create shared ownership of success and risks',
    ]);
    expectEachRequirementNames('Ownership', [
      'You take full ownership of your work',
      'The ability to take ownership and see initiatives through',
    ]);
  });

  it('when customer experience is an outcome or a team, then Customer Experience is no skill; mapping it is', () => {
    expectNoRequirementNames('Customer Experience', [
      'Build tools to reduce errors and improve customer experience',
      'Build a great customer experience for our users',
      'Meet with Product and CX/Growth Development teams regularly',
    ]);
    expectEachRequirementNames('Customer Experience', ['Own customer journey mapping']);
  });

  it('when sales are a business figure ("sales tracking", "boosting sales"), then Sales is no skill; selling is', () => {
    expectNoRequirementNames('Sales', [
      'Continuous inventory counts, sales tracking, and customer service email responses',
      'Target sales campaigns to people who are more likely to engage',
      'Helping shoppers choose while boosting sales for our clients',
    ]);
    expectEachRequirementNames('Sales', ['Experience in B2B sales', 'Drive the sales process']);
  });
});

describe('records one keeps and teammates in parentheses', () => {
  it("when databases hold a study's, HR's or candidates' records, then Databases is no skill; database technology is", () => {
    expectNoRequirementNames('Databases', [
      'Collect, enter and clean data into study databases',
      'Able to utilize the HR databases',
      'Maintain candidate databases and track interview feedback',
      'Help maintain databases of community members and packages',
    ]);
    expectEachRequirementNames('Databases', [
      'Experience with relational databases',
      'Experience working with a variety of databases, APIs, and formats',
    ]);
  });

  it('when a role is one of the teammates listed in parentheses, then its field is no skill', () => {
    expectNoRequirementNames('Data Science', [
      'Communicate effectively with teammates (including the Lead Web Developer, Lead Backend Developer, Web Developer, and Data Scientist) and leadership',
    ]);
    expectEachRequirementNames('Data Science', ['Experience applying data science to policy']);
  });
});

describe('front end, back end and architecture in their usual words', () => {
  it('when a posting names front-end, back-end or architecture work in other words, then the skill is found', () => {
    expectEachRequirementNames('Frontend Development', [
      'Experience creating and maintaining front end infrastructure and tooling',
      'Busquem una persona especialitzada en programació front-end',
      'Work with frontend technologies such as React',
    ]);
    expectEachRequirementNames('Backend Development', [
      'Experience building and deploying backend web services',
      'Developing back-end features with automated tests',
      'Er backendutvikler og har jobbet med Java',
    ]);
    expectEachRequirementNames('Software Architecture', [
      'Architecture know-how (design patterns, API design)',
      "Conception et mise en œuvre de l'architecture applicative",
      'Think about data models and IT architecture',
    ]);
  });
});

describe('computer networks and the servers one runs', () => {
  it('when a posting asks for network architecture or networking beside Windows or security, then Networking is found; networking events are not', () => {
    expectEachRequirementNames('Networking', [
      'Familiarity with load balancing/proxies, network architecture and security',
      'Has good experience of cloud networking',
      'Basic knowledge of networking in a PC/Windows environment',
    ]);
    expectNoRequirementNames('Networking', [
      'Windows administration\n- Attend networking events with peers',
    ]);
  });

  it('when a posting asks to manage or configure servers, then System Administration is found', () => {
    expectEachRequirementNames('System Administration', [
      'Strong experience managing Linux servers, shell scripting, SSH',
      'Configuring web and application servers',
    ]);
  });
});

describe('regulations one complies with and communities one grows', () => {
  it('when a posting asks to ensure compliance or meet regulatory requirements, then Compliance is found', () => {
    expectEachRequirementNames('Compliance', [
      'Oversee lab budgeting, ensuring compliance with financial regulations',
      'Functional understanding of regulatory requirements',
      'Experience in regulated environments',
      'Follows compliance standards for the brand',
    ]);
  });

  it('when a posting asks to engage or grow a community, then Community Management is found', () => {
    expectEachRequirementNames('Community Management', [
      'Day-to-day engagement with the community',
      'Help us foster and grow our community of partners and learners',
      'Solid experience participating in and leading online communities',
      'Lead community engagement for our open-source projects',
    ]);
  });
});

describe('the leaders one reports to', () => {
  it('when leadership is the people one reports to or works with, then Leadership is no skill; showing it is', () => {
    expectNoRequirementNames('Leadership', [
      'Liaise with OLS leadership around employee onboarding',
      'Make 1:1 with your leadership',
      'Work closely with Rosetta Commons staff, leadership, scientists and partners',
      'Help inform decision making by stakeholder groups, including leadership, agencies, and the public',
    ]);
    expectEachRequirementNames('Leadership', [
      'Demonstrated leadership in a research setting',
      'Strong leadership skills',
      'Provide technical leadership to the team',
    ]);
  });
});

describe('empathy and emotional intelligence', () => {
  it('when a posting asks for empathy, then that is no Emotional Intelligence requirement; "high EQ" is', () => {
    expectNoRequirementNames('Emotional Intelligence', [
      'An outgoing, empathetic, great listener who loves collaboration',
      'Demonstrated empathy and patience in handling customer concerns',
    ]);
    expectEachRequirementNames('Emotional Intelligence', [
      'Strong written communicator, and high EQ',
      'Emotionally intelligent and calm under pressure',
    ]);
  });
});

describe('an equal employment opportunity statement', () => {
  it('when the statement lists personnel actions (recruiting, training), then they name no skill', () => {
    const skills = skillsOf(
      'Requirements:\n- Python and SQL\n\nEqual Employment Opportunity applies to all personnel actions such as recruiting, hiring, compensation, promotions and training.',
    );
    expect(skills).toContain('Python');
    expect(skills).not.toContain('Recruiting');
  });

  it('when a duty names equal opportunities policies beside data protection, then the duty still counts', () => {
    expect(
      skillsOf(
        "Duties:\n- Undertake all duties with due regard to Data Protection/GDPR, the Council's Equal Opportunities and Customer Care policies.",
      ),
    ).toContain('GDPR');
  });
});

describe('how to apply is no requirement (1.8.229)', () => {
  it('when a posting says to submit a coding challenge using GitHub, then GitHub is no skill it asks for', () => {
    const jd = parseJobDescription(
      'Mobile Engineer\nRequirements:\n- Python and Django.\n\nYou join a Slack channel and submit a coding challenge using GitHub.',
    );
    expect(jd.skills.map((s) => s.skill)).not.toContain('GitHub');
    expect(jd.skills.map((s) => s.skill)).toEqual(expect.arrayContaining(['Python', 'Django']));
  });

  it('when a posting asks for skills "to apply" methods, then those skills stay', () => {
    const jd = parseJobDescription(
      'Analyst\nRequirements:\n- Expert analytical skills to apply a wide range of quantitative methods.',
    );
    expect(jd.skills.map((s) => s.skill)).toContain('Analytical Skills');
  });
});

describe('tool names that are words of ordinary prose (1.8.231)', () => {
  /** [skill, a requirement where the word is not that skill]. */
  const prose: SkillLine[] = [
    ['Tableau', 'Savoir construire un tableau de bord avec Python'],
    ['Tableau', 'Tableau de bord des ventes à mettre à jour en SQL'],
    ['Vite', 'Vous souhaitez commencer au plus vite en JavaScript'],
    ['Vite', 'Migliorare le vite delle persone con JavaScript'],
    ['Scala', 'Sistemi distribuiti su larga scala in Java'],
    ['Apache Flink', 'Een flink aantal jaren ervaring met Java'],
    ['Caffe', 'Una pausa caffe con il team di Python'],
    ['Tokio', 'Viajes frecuentes a Tokio con el equipo de Python'],
    ['R Markdown', 'Um quarto de século de experiência em R'],
    ['Server-Side Rendering', 'Soporte técnico SSR/SR con Linux'],
    ['Helm', 'You will be at the helm of our Kubernetes team'],
    ['Ruby on Rails', 'Build guard rails for our Ruby services'],
    ['Lean', 'We are a lean team shipping with Python'],
    ['Static Analysis', 'Study each biome with sonar surveys in R'],
    ['Terraform', 'Worked at HCL Technologies on Java'],
    ['Terraform', 'Prepare HCl solutions in the lab'],
    ['Redux', 'RTK GPS surveying with QGIS'],
    ['Apache Airflow', 'Check airflow measurements in HVAC systems'],
    ['Model Compression', 'Pruning of trees and shrubs on campus'],
    ['Transformers', 'Maintain power transformers and switchgear'],
    ['Performance Testing', 'Monitor locust swarms in the field'],
    ['Retool', 'Help retool our processes with Excel'],
  ];
  /** [skill, a requirement that names it]. */
  const named: SkillLine[] = [
    ['Tableau', 'Dashboards in Tableau and Power BI'],
    ['Vite', 'Front-end tooling: Vite, Webpack'],
    ['Scala', 'Scala or Java on Spark'],
    ['Apache Flink', 'Streaming with Kafka and Flink'],
    ['Apache Airflow', 'Pipelines in Airflow and dbt'],
    ['Apache Airflow', 'outils tels qu’AirFlow, Luigi'],
    ['Helm', 'Kubernetes, Helm and Argo CD'],
    ['Ruby on Rails', 'Rails and PostgreSQL'],
    ['Lean', 'Agile methods (Scrum, Lean)'],
    ['Transformers', 'Fine-tune models with Transformers and PyTorch'],
    ['Tokio', 'Async Rust with Tokio, and C++'],
    ['AWS', 'Bonne connaissance d’AWS et de Linux'],
    ['ETL', 'Conception de l’ETL en Python'],
    ['UX Design', "Esperienza nell'UX per prodotti digitali"],
  ];

  it('when a tool name is a common word (French, Italian, Dutch, Spanish, or English in its ordinary sense), then it is no tool', () => {
    expectNotNamed(prose);
  });

  it('when the tool is named as a tool, even after an elided French or Italian article, then it is found', () => {
    expectNamed(named);
  });
});

describe('a salary given on its heading line (1.8.232)', () => {
  it('when "Salary:" carries its amount on the same line, then the lines after it are the posting again', () => {
    const skills = skillsOf(
      'SALARY: $ 87314.82 - $98961.32 / year\nLocation: Albuquerque\n\nSummary: Managers exceed expectations for Key Performance Indicators and use SQL daily.',
    );
    expect(skills).toEqual(expect.arrayContaining(['KPIs', 'SQL']));
  });

  it('when "Salary" heads a section of its own, then the section stays boilerplate to the next heading', () => {
    const skills = skillsOf(
      'Requirements:\n- Python\n\nSalary\nA budget for Excel courses and SQL training\n\nResponsibilities:\n- Build dashboards in Tableau',
    );
    expect(skills).toEqual(expect.arrayContaining(['Python', 'Tableau']));
    expect(skills).not.toContain('SQL');
  });
});

describe('more skills named as a verb and its object (1.8.234)', () => {
  it('when a posting asks to write grants, monitor systems, migrate to the cloud, secure networks or reconcile accounts, then the skill is found', () => {
    expectEachRequirementNames('Grant Writing', ['Write grants and reports for our funders']);
    expectEachRequirementNames('Monitoring', [
      'Monitor production systems and servers with Prometheus',
    ]);
    expectEachRequirementNames('Cloud Migration', ['Migrate services to the cloud']);
    expectEachRequirementNames('Network Security', [
      'Secure the campus network and its Linux hosts',
    ]);
    expectEachRequirementNames('Account Reconciliation', ['Reconcile vendor accounts every month']);
  });

  it('when the verb has another object, then no skill is named', () => {
    expectNoRequirementNames('Grant Writing', ['Write reports on grant outcomes for the board']);
    expectNoRequirementNames('Network Security', [
      'Secure the office keys and the network of partners',
    ]);
    expectNoRequirementNames('Cloud Migration', ['Migrate data between spreadsheets']);
  });
});

describe('work named as a verb and its object in other fields (1.8.235)', () => {
  it('when a posting asks to edit videos, build websites, negotiate with suppliers, screen applicants, teach courses, care for patients or patch systems, then the skill is found', () => {
    expectNamed([
      ['Video Editing', 'Edit short videos for our channels'],
      ['Web Development', 'Build accessible websites for local charities'],
      ['Negotiation', 'Negotiate prices with suppliers'],
      ['Recruiting', 'Screen applicants and schedule interviews'],
      ['Teaching', 'Teach introductory courses in statistics'],
      ['Patient Care', 'Care for patients in the recovery ward'],
      ['Patch Management', 'Patch systems and track vulnerabilities'],
    ]);
  });

  it('when the same verbs take other objects, then those skills are not found', () => {
    expectNotNamed([
      ['Video Editing', 'Edit the quarterly report'],
      ['Web Development', 'Build relationships with partners'],
      ['Teaching', 'Teach yourself new tools'],
      ['Patient Care', 'Care about quality'],
    ]);
  });
});

describe('verb and object in French, Spanish, Portuguese and Italian (1.8.236)', () => {
  it('when a posting in a Romance language names the work as a verb and its object, then the skill is found', () => {
    expectNamed([
      ['Budgeting', 'Gérer le budget du projet'],
      ['Budgeting', 'Elaborar el presupuesto anual'],
      ['Documentation', 'Rédiger la documentation technique'],
      ['Event Planning', 'Organiser des événements pour la communauté'],
      ['Event Planning', 'Organizar eventos con aliados'],
      ['System Administration', 'Administrer les serveurs Linux'],
      ['System Administration', 'Administrar servidores en la nube'],
      ['Web Development', 'Desarrollar aplicaciones web accesibles'],
      ['Writing Skills', 'Elaborar relatórios mensais'],
      ['Writing Skills', 'Redactar informes para la dirección'],
      ['Customer Service', 'Atender a los clientes por teléfono'],
      ['Leadership', 'Liderar nuevos integrantes del equipo'],
      ['Team Management', 'Coordonner une équipe de bénévoles'],
      ['Data Analysis', 'Analizzare dati di vendita'],
    ]);
  });
});

describe('German work named as a noun and its object (1.8.237)', () => {
  it('when a German posting names the work as a noun and its object, then the skill is found', () => {
    expectNamed([
      ['Event Planning', 'Planung und Durchführung von Veranstaltungen'],
      ['System Administration', 'Betreuung der Server im Rechenzentrum'],
      ['Budgeting', 'Verwaltung des Budgets'],
      ['Leadership', 'Führung eines Teams von fünf Personen'],
      ['Team Management', 'Koordination des Teams'],
    ]);
  });
});

describe('finance and operations work in Spanish, Portuguese, French and Italian (1.8.238)', () => {
  it('when a posting names payroll, purchasing, treasury or collections in its language, then the skill is found', () => {
    expectNamed([
      ['Payroll', 'Liquidación de sueldos y cargas sociales'],
      ['Payroll', 'Elaborazione delle buste paga'],
      ['Procurement', 'Gestión de compras y proveedores'],
      ['Procurement', 'Gestion des achats et des stocks'],
      ['Accounts Receivable', 'Tesorería y cobranzas'],
      ['Treasury', 'Gestion de trésorerie et comptabilité'],
    ]);
  });
});

describe('priorities, user support and meetings in French and Spanish (1.8.239)', () => {
  it('when a posting asks for them in French or Spanish, then Prioritization, Technical Support and Meeting Management are found', () => {
    expectNamed([
      ['Prioritization', 'Gestion des priorités et des délais'],
      ['Prioritization', 'Gestión de prioridades'],
      ['Technical Support', 'Support utilisateur de niveau 1'],
      ['Meeting Management', 'Animation de réunions avec les partenaires'],
      ['Meeting Management', 'Organización de reuniones del equipo'],
    ]);
  });
});

describe('a bulleted name alone is an item, not a label (1.8.240)', () => {
  it('when "Databases" is one bullet of a requirements list, in any language, then Databases is found', () => {
    for (const line of ['Databases', 'Banco de dados', 'Basi di dati', 'Bases de données'])
      expectEachRequirementNames('Databases', [line]);
  });

  it('when the name labels what follows (a colon, bold marks, or bullets indented under it), then it names no skill', () => {
    const skills = skillsOf(
      'Requirements:\n- Databases: MySQL\n**Databases**\nOracle\n* Database Management\n  * PostgreSQL tuning',
    );
    expect(skills).toEqual(expect.arrayContaining(['MySQL', 'Oracle Database', 'PostgreSQL']));
    expect(skills).not.toContain('Databases');
  });
});

describe('a page declaration and an adjective are no skills (1.8.241)', () => {
  it('when a posting saved as HTML starts with <!DOCTYPE html>, then HTML is no skill it asks for', () => {
    const skills = skillsOf(
      '<!DOCTYPE html>\n<html><body><h2>Requirements</h2><ul><li>Python and SQL</li></ul></body></html>',
    );
    expect(skills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    expect(skills).not.toContain('HTML');
  });

  it('when "agile" says how small or quick a team is, then Agile is no skill; agile methods are', () => {
    expectNoRequirementNames('Agile', [
      'Comfort working in a small, agile, fast-moving, distributed team with Python',
      'Providing rapid, and agile answers to data questions with SQL',
    ]);
    expectEachRequirementNames('Agile', ['Experience with agile methods such as Scrum']);
  });

  it('when a content design posting asks for accessible content, then Accessibility is found', () => {
    expect(
      skillsOf(
        'Requirements:\n- Content design for GOV.UK\n- The highest standards of accuracy, accessibility, and clarity',
      ),
    ).toContain('Accessibility');
  });
});

describe('revision control and writing scripts (1.8.242)', () => {
  it('when a posting says revision control or versioning systems, then Version Control is found', () => {
    expectNamed([
      ['Version Control', 'Experience with GitHub or GitLab and distributed revision control'],
      ['Version Control', 'Python and modern tools like versioning systems, testing and IDEs'],
      ['Version Control', 'Control de versions, merge/pull request i CI/CD'],
    ]);
  });

  it('when a posting asks to write or build scripts, then Scripting is found; test scripts far from the verb are not', () => {
    expectNamed([
      ['Scripting', 'Experience writing and editing scripts of moderate complexity'],
      ['Scripting', 'Building shell scripts for data processing on Linux'],
    ]);
    expectNotNamed([['Scripting', 'Create and maintain automated test scripts for the API']]);
  });
});

describe('common writings of cloud, data preparation, development processes and reports (1.8.243)', () => {
  it('when a posting writes them in these words, then the skill is found', () => {
    expectNamed([
      ['Cloud Computing', 'Manage and optimize scalable distributed systems in the cloud'],
      ['Cloud Computing', 'Comprendre le nuage et les outils du SNC'],
      ['Cloud Computing', 'Implementación de código en la nube'],
      ['Cloud Computing', 'Maintain GPU clusters, cloud instances and networking equipment'],
      ['Data Cleaning', 'Built and maintained data preparation workflows'],
      ['Data Cleaning', 'Maîtriser les opérations de prétraitement de données'],
      ['Software Development Life Cycle', 'Basic knowledge of software development processes'],
      ['Software Development Life Cycle', 'Well versed in software development methodologies'],
      ['Technical Writing', 'Strong skills in writing SOPs and technical reports'],
      ['Technical Writing', 'Develop and maintain user guidance for digital services'],
    ]);
  });

  it('when "cloud" is a word cloud or a point cloud, then Cloud Computing is not found', () => {
    expectNotNamed([
      ['Cloud Computing', 'Visualise survey answers as a word cloud'],
      ['Cloud Computing', 'Process LiDAR point cloud data'],
    ]);
  });
});

describe('data models, suppliers and event coordination (1.8.244)', () => {
  it('when a posting writes them in these words, then the skill is found', () => {
    expectNamed([
      ['Data Modeling', 'Experience mapping out business processes and data models'],
      ['Data Modeling', 'Implementing analytics pipelines and data models'],
      ['Vendor Management', 'Supplier relationships and pickup timelines'],
      ['Vendor Management', 'Collaborate with external vendors and service providers'],
      ['Event Planning', 'Event coordination for seminars and conferences'],
    ]);
  });
});

describe('managing projects with words between (1.8.245)', () => {
  it('when a posting asks to manage, direct or coordinate projects, then Project Management is found', () => {
    expectNamed([
      ['Project Management', 'Experience planning and managing multiple analytical projects'],
      ['Project Management', 'Manage the technical project deadlines and schedules'],
      ['Project Management', 'Managing and directing multiple complex IT projects'],
    ]);
  });
});

describe('user testing, research interviews and partners (1.8.246)', () => {
  it('when a posting asks for user testing or research interviews, then User Research is found', () => {
    expectNamed([
      ['User Research', 'Conduct user testing, market research and design research'],
      ['User Research', 'Run research interviews and share your insights with the team'],
      ['User Research', 'Erfarenhet av flera olika researchmetoder'],
      ['Stakeholder Management', 'Communicates with internal and external partners'],
    ]);
  });
});

describe('a GitHub link label in a resume (1.8.247)', () => {
  const resumeSkills = (text: string): string[] => parseResume(text).skills.map((s) => s.skill);

  it('when GitHub labels a profile link on the next line, a Markdown link or a bar of labels, then GitHub is no skill', () => {
    for (const text of [
      'Contact\nSkype\njdoe42\nGithub\ngithub.com/jdoe42\nLinkedIn\n/in/jdoe\nSkills\nPython',
      'Jane Doe\nGitHub: [https://github.com/jdoe42](https://github.com/jdoe42)\n\n## Summary\nPython',
      'Gurgaon, India | Open to relocate Github\nLinkedin Portfolio\nSkills\nPython',
      'Experience\n- Contributed to an open-source client with 2K+ stars on GitHub using Python',
    ])
      expect(resumeSkills(text), text).not.toContain('GitHub');
  });

  it('when GitHub is listed among tools, then it stays a skill even before a LinkedIn line', () => {
    expect(resumeSkills('Skills\nGit, GitHub\nLinkedIn Learning courses')).toContain('GitHub');
  });
});

describe('database skills, database-backed applications, Datenbanksysteme (1.8.248)', () => {
  it('when a posting asks for work with databases in these words, then Databases is found', () => {
    expectNamed([
      ['Databases', 'Basic database skills, preferably in PostgreSQL'],
      ['Databases', 'Experience developing database-backed applications'],
      ['Databases', 'Routinierter Umgang mit SQL und Datenbank-Systemen'],
      ['Databases', 'Providing database analysis and development across platforms'],
    ]);
  });
});

describe('spoken languages and preference markers in German, French, Portuguese and Italian (1.8.252)', () => {
  it('when a posting asks for a spoken language in these languages, then the language is found', () => {
    expectNamed([
      ['English', 'Anglais technique'],
      ['English', 'Inglês fluente'],
      ['Spanish', 'Espanhol intermediário'],
      ['English', 'Buona conoscenza della lingua inglese'],
      ['French', 'Francese fluente'],
      ['English', 'Sehr gute Deutsch- und Englischkenntnisse'],
      ['German', 'Fließende Deutsch- und Englisch-Kenntnisse'],
    ]);
  });

  it('when a language name is an ordinary word, then it is still no skill', () => {
    expectNotNamed([
      ['French', 'French fries for the team on Fridays'],
      ['English', 'Work with the English department on Python tools'],
    ]);
  });

  it('when an item says it is wished for in these languages, then its skill is preferred, the others stay required', () => {
    const importance = importanceOf(
      'Profil:\n- Erfahrung mit C# und .NET\n- Kenntnisse in Azure DevOps wünschenswert\n- La connaissance de Docker est un atout\n- Experiência com AWS será um diferencial\n- Gradita la conoscenza di Kubernetes\n- Preferibilmente esperienza con React',
    );
    expect(importance).toMatchObject({
      'C#': 'required',
      'Azure DevOps': 'preferred',
      Docker: 'preferred',
      AWS: 'preferred',
      Kubernetes: 'preferred',
      React: 'preferred',
    });
  });
});

describe('a language named by its adjective, as Romance languages and Dutch write it (1.8.435)', () => {
  it('when a posting asks for "la lengua inglesa" or "de Nederlandse taal", then the language is found', () => {
    expectNamed([
      ['English', 'Dominio de la lengua inglesa (nivel B2)'],
      ['English', 'Langue anglaise : être capable de lire et écrire en anglais'],
      ['Portuguese', 'Domínio da língua portuguesa e inglês intermediário'],
      ['Italian', 'Ottima conoscenza della lingua italiana'],
      ['German', 'Buona conoscenza della lingua tedesca'],
      ['Dutch', 'Uitstekende beheersing van de Nederlandse taal in woord en geschrift'],
      ['Dutch', 'Je beheerst zowel de Nederlandse als Engelse taal op professioneel niveau'],
      ['English', 'Je beheerst zowel de Nederlandse als Engelse taal op professioneel niveau'],
    ]);
  });

  it('when the adjective names an institution, then it is no language requirement', () => {
    expectNotNamed([
      ['French', 'Promouvoir la citoyenneté au niveau de la Communauté française'],
      ['Spanish', 'Normas de la Real Academia Española, nivel de redacción alto'],
    ]);
  });
});

describe('the other English spelling', () => {
  it('when a posting spells a name the British way (1.8.253), then the skill is named', () => {
    expectNamed([
      ['Design Thinking', 'Experience with human-centred design'],
      ['Program Management', 'Background as a programme manager in a charity'],
      ['Decentralized Finance', 'Knowledge of decentralised finance protocols'],
      ['Prioritization Frameworks', 'Use prioritisation frameworks such as RICE'],
    ]);
  });
});

describe('both ends of a web application, Linux administration and diagnostic tools', () => {
  it('when a posting names the front end first and the back end after (1.8.254), then both are named', () => {
    for (const line of [
      'Solid understanding of front-end and back-end website architecture',
      'Experience with frontend and backend development',
    ])
      expect(skillsOf(`Requirements:\n- ${line}`), line).toEqual(
        expect.arrayContaining(['Frontend Development', 'Backend Development']),
      );
  });

  it('when a posting asks to manage Linux systems or use diagnostic tools (1.8.254), then System Administration or Troubleshooting is named, and Linux stays', () => {
    expectNamed([
      ['System Administration', 'Hands-on experience managing Linux-based systems'],
      ['Linux', 'Hands-on experience managing Linux-based systems'],
      ['System Administration', 'We are seeking a Linux Systems Engineer'],
      ['Troubleshooting', 'Use diagnostic tools to solve hardware issues'],
    ]);
  });
});

describe('Microsoft Exchange', () => {
  it('when a posting names Exchange by its product words (1.8.255), then Microsoft Exchange is named; the exchange of information is not', () => {
    expectNamed([
      ['Microsoft Exchange', 'Knowledge of the Office 365 environment, including hybrid Exchange'],
      ['Microsoft Exchange', 'Administer Exchange Server 2019 and Active Directory'],
    ]);
    expectNotNamed([
      ['Microsoft Exchange', 'Promote the exchange of information among project teams'],
      ['Microsoft Exchange', 'Listed on the stock exchange since 1999'],
    ]);
  });
});

describe('products the taxonomy did not know', () => {
  it('when a resume lists these products (1.8.256), then each is a skill, and the skills beside them stay', () => {
    const skills = parseResume(
      'Skills\nNLP modules (Gensim, NLTK), data analysis (Pandas, Vaex), Hugging Face Diffusers\nMonitoring: Prometheus, Thanos aggregation, Alertmanager\nPHP: CakePHP, Slim Framework, Zend\nMonitored user access with McAfee SIEM and RSA SecurID\nTools: Visual Studio, Eclipse, Google Earth Pro, SpatiaLite, ScriptRunner\nEncoded letters in XML-TEI',
    ).skills.map((s) => s.skill);
    expect(skills).toEqual(
      expect.arrayContaining([
        'Gensim',
        'Vaex',
        'Diffusers',
        'Thanos',
        'Slim Framework',
        'Zend Framework',
        'McAfee',
        'SIEM',
        'RSA SecurID',
        'Visual Studio',
        'Eclipse',
        'Google Earth Pro',
        'SpatiaLite',
        'ScriptRunner',
        'TEI',
        'XML',
        'Prometheus',
      ]),
    );
  });

  it('when a posting asks for PureScript (1.8.257), then it is named beside Haskell', () => {
    expectNamed([
      ['PureScript', 'Experience with Haskell, Elm or PureScript'],
      ['Haskell', 'Experience with Haskell, Elm or PureScript'],
    ]);
  });

  it('when the words are ordinary ones, then no product is named', () => {
    for (const [skill, line] of [
      ['Eclipse', 'Watched a solar eclipse with the astronomy club'],
      ['Meteor', 'Photographed a meteor shower'],
      ['Visual Studio', 'Ran a visual studio for children'],
      // 1.8.260
      ['Rancher', 'Grew up as a cattle rancher in Montana'],
      ['Capacitor', 'Soldered a capacitor onto the board'],
      ['Hardhat', 'Wear a hardhat on the construction site'],
      ['Spyder', 'Drove a spyder convertible'],
      // 1.8.261
      ['Loom', 'Learned weaving on a loom'],
      ['Stylus', 'Drew the sketches with a stylus on a tablet'],
      ['Adobe Captivate', 'Stories that captivate an audience'],
      // 1.8.262
      ['Longitudinal Data Analysis', 'Collected longitudinal data from schools'],
      ['Quality of Service', 'Kept a high quality of service in the restaurant'],
    ] as const)
      expect(skillsOf(`Requirements:\n- ${line}`), line).not.toContain(skill);
  });

  it('when a posting names developer tools of the devicon set the taxonomy lacked (1.8.260), then each is named', () => {
    expectNamed([
      ['DuckDB', 'Analytics with DuckDB and Parquet files'],
      ['Dynatrace', 'Monitoring with Dynatrace or AppDynamics'],
      ['AppDynamics', 'Monitoring with Dynatrace or AppDynamics'],
      ['Zustand', 'State management with Zustand or MobX'],
      ['MobX', 'State management with Zustand or MobX'],
      ['NgRx', 'Angular with NgRx'],
      ['Thymeleaf', 'Spring Boot and Thymeleaf templates'],
      ['Ktor', 'Kotlin services on Ktor'],
      ['GCC', 'C++17 with GCC and LLVM'],
      ['LLVM', 'C++17 with GCC and LLVM'],
      ['Google Colab', 'Prototype models in Google Colab'],
      ['Rancher', 'Kubernetes clusters managed with Rancher'],
      ['Capacitor', 'Mobile apps with Ionic and Capacitor'],
    ]);
  });

  it('when a posting names a tool of support, legal, health, teaching or research work (1.8.261), then it is named', () => {
    expectNamed([
      ['TeamViewer', 'Remote support with TeamViewer or AnyDesk'],
      ['AnyDesk', 'Remote support with TeamViewer or AnyDesk'],
      ['SolarWinds', 'Network monitoring in SolarWinds and PRTG'],
      ['Westlaw', 'Legal research on Westlaw and LexisNexis'],
      ['LexisNexis', 'Legal research on Westlaw and LexisNexis'],
      ['Meditech', 'Charting in Meditech or athenahealth'],
      ['Articulate Storyline', 'Build e-learning modules in Articulate Storyline'],
      ['MAXQDA', 'Code interviews in MAXQDA or ATLAS.ti'],
      ['ATLAS.ti', 'Code interviews in MAXQDA or ATLAS.ti'],
      ['Loom', 'Record walkthroughs in Loom for the team'],
      ['Stylus', 'Styles written in Stylus and CSS'],
    ]);
  });

  it('when a posting names a method, a certification or a protocol tune labels list where it is said (1.8.262), then it is named, with what its words name', () => {
    expectNamed([
      ['Longitudinal Data Analysis', 'Experience with longitudinal analysis of cohort data'],
      ['Generalized Linear Models', 'Fit generalized linear models in R'],
      ['Three-Way Match', 'Perform three-way match on invoices'],
      ['UEBA', 'Tune UEBA and SIEM rules'],
      ['NB-IoT', 'Prototype sensors on NB-IoT networks'],
      ['Electronic Data Capture', 'Build studies in an electronic data capture system'],
      ['CKA', 'Certified Kubernetes Administrator preferred'],
      // A certification's name names the skill it certifies too.
      ['Kubernetes', 'Certified Kubernetes Administrator preferred'],
      ['Cancer Biology', 'Knowledge of bioinformatics and cancer biology'],
      ['Biology', 'Knowledge of bioinformatics and cancer biology'],
    ]);
  });
});

describe('ownership of a thing', () => {
  it('when a posting hands over ownership of a thing (1.8.258), then Ownership is no trait; ownership of one’s own work is', () => {
    expectNoRequirementNames('Ownership', [
      'You will take full ownership of our Google Kubernetes Engine (GKE) clusters',
      'Take ownership of responding to inquiries, issues, and escalations',
      'Team members feel ownership over the work they do',
      'Take ownership on the overall testing of the platform',
    ]);
    expectEachRequirementNames('Ownership', [
      'You take full ownership of your work',
      'Take ownership of your task and be driven to complete it',
      'The ability to take ownership and see initiatives through',
      'Proactive learner, enjoys problem solving, takes ownership',
    ]);
  });
});

describe('people operations', () => {
  it('when a posting hires a People Operations Manager (1.8.259), then Operations Management is not named; an Operations Manager is', () => {
    expectNoRequirementNames('Operations Management', [
      'We are hiring a People Operations Manager to run hiring, pay and benefits',
    ]);
    expectEachRequirementNames('Operations Management', [
      'We are hiring a Business Operations Manager',
      'Experience with operations management and analysis',
    ]);
  });
});

describe('the usual terms of five languages for skills named in English', () => {
  it('when a posting in French, German, Spanish, Portuguese or Italian names a skill by its usual term (1.8.263), then it is named as in English', () => {
    expectNamed([
      ['Cross-Functional Collaboration', 'Goût pour la collaboration transverse'],
      ['Attention to Detail', 'Liebe zum Detail und Sorgfalt'],
      ['Research Skills', 'Erfahrung im wissenschaftlichen Arbeiten'],
      ['Metadata', 'Conhecimento de metadados e repositórios'],
      ['Community Management', 'Expérience en gestion de communauté'],
      ['Facilitation', 'Experiencia en facilitación de talleres'],
      ['Data Quality', 'Garantir a qualidade dos dados'],
      ['Process Improvement', 'Foco em melhoria de processos'],
      ['Infrastructure as Code', 'Esperienza di infrastruttura come codice'],
      ['Test-Driven Development', 'Pratica di sviluppo guidato dai test'],
      ['System Administration', 'Amministrazione di sistemi Linux'],
      ['User Research', 'Conduzione di ricerca sugli utenti'],
      ['Procurement', 'Gestione degli approvvigionamenti'],
      ['Accounts Payable', 'Tenue de la comptabilité fournisseurs'],
    ]);
  });

  it('when a posting in another language names a practice of product, security, test or data work by its usual term (1.8.264), then it is named as in English', () => {
    expectNamed([
      ['Access Control', 'Gestione del controllo degli accessi'],
      ['Business Strategy', 'Supporto alla strategia aziendale'],
      ['Backlog Management', 'Responsable de la gestion du backlog'],
      ['Secure Coding', 'Bonnes pratiques de développement sécurisé'],
      ['Test Planning', 'Experiencia en planificación de pruebas'],
      ['Clean Code', 'Du schreibst sauberen Code'],
      ['Candidate Sourcing', 'Erfahrung im Active Sourcing'],
      ['Data Transformation', 'Transformação de dados com SQL'],
      ['Account Reconciliation', 'Conciliación de cuentas bancarias'],
    ]);
  });

  it('when a posting in another language names a method of testing, security, data or research by its usual term (1.8.265), then it is named as in English', () => {
    expectNamed([
      ['Cryptography', 'Conoscenza di crittografia e PKI'],
      ['Load Balancing', 'Configuración de balanceo de carga'],
      ['Threat Modeling', 'Expérience en modélisation des menaces'],
      ['Root Cause Analysis', 'Durchführung von Ursachenanalyse'],
      ['Survival Analysis', 'Experiência em análise de sobrevivência'],
      ['Informed Consent', 'Obtención del consentimiento informado'],
      ['Mathematical Optimization', 'Experiencia en optimización matemática'],
      // The defects a test team manages are no anomaly detection.
      ['Defect Management', 'Suivi et gestion des anomalies'],
    ]);
    expectNoRequirementNames('Anomaly Detection', ['Suivi et gestion des anomalies']);
  });

  it('when a French or Italian term has an elided article, straight or curly (1.8.266), then it is named as in English', () => {
    expectNamed([
      ['Integration Testing', "Écrire des tests d'intégration"],
      ['Access Control', 'Gestion du contrôle d’accès'],
      ['Interaction Design', "Maîtrise du design d'interaction"],
      ['Calendar Management', "Gestion d'agenda du directeur"],
      ['Accessibility Testing', "Réaliser des audits d'accessibilité"],
      ['User-Centered Design', "Approccio di progettazione centrata sull'utente"],
    ]);
  });

  it('when a posting in another language names a skill of the next hundred labelled ones by its usual term (1.8.267), then it is named as in English', () => {
    expectNamed([
      ['Reinforcement Learning', 'Expérience en apprentissage par renforcement'],
      ['Recurrent Neural Networks', 'Kenntnisse über rekurrente neuronale Netze'],
      ['Computer Graphics', 'Experiência em computação gráfica'],
      ['Generative AI', "Intérêt pour l'IA générative"],
      ['Cost Accounting', 'Esperienza di contabilità analitica'],
      ['Pair Programming', 'Práctica de programación en pareja'],
      ['Public Relations', 'Erfahrung in der Öffentlichkeitsarbeit'],
      ['Urban Planning', 'Formación en urbanismo'],
    ]);
    // In French IT, "urbanisme" is the map of an information system, not of a city.
    expectNoRequirementNames('Urban Planning', ["Urbanisme et architecture d'applicatifs"]);
  });

  it('when "ambiguous" describes a thing, not the work (1.8.268), then no Ambiguity Tolerance is named', () => {
    expectNotNamed([
      ['Ambiguity Tolerance', "You'll encounter unique (often ambiguous) challenges"],
      ['Ambiguity Tolerance', 'Deal with the problem of ambiguous author identities'],
    ]);
    expectNamed([
      ['Ambiguity Tolerance', 'Translate ambiguous business problems into clear requirements'],
      ['Ambiguity Tolerance', 'Delivering products in a fast-paced and ambiguous environment'],
      ['Ambiguity Tolerance', 'Comfortable with ambiguity'],
    ]);
  });

  it('when "bootstrap" is a verb, a company\'s funding or a statistics method (1.8.270), then it is no Bootstrap', () => {
    expectNotNamed([
      ['Bootstrap', 'At the current growth rate (self bootstrap), we target 25 new hires'],
      ['Bootstrap', 'A starter kit template used to bootstrap 70% of all products'],
      ['Bootstrap', 'Sync my configuration and bootstrap a new computer quickly'],
      [
        'Bootstrap',
        'New frontiers for the bootstrap program: from entanglement to renormalization',
      ],
      ['Bootstrap', 'Experience with bootstrap resampling and permutation tests'],
    ]);
    expectNamed([
      ['Bootstrap', 'Docker, Redis, PostgreSQL, jQuery, bootstrap, select2'],
      ['Bootstrap', 'HTML, CSS, JavaScript y Bootstrap 4'],
      ['Bootstrap', 'Migrated the site from Foundation to Bootstrap'],
    ]);
  });

  it('when an employer says what it values (1.8.271), then the soft skills it values are not asked of the candidate', () => {
    expectNotNamed([
      [
        'Creativity',
        'We value diversity, creativity, and initiative in a collaborative environment',
      ],
      ['Creativity', 'Seeking a career with a company that values innovation and creativity'],
    ]);
    expectNamed([
      ['Creativity', 'Creativity and passion for problem-solving through the use of data'],
      ['Creativity', 'Encouraging innovation and creativity within the team'],
      ['Teamwork', 'You understand the value of teamwork'],
    ]);
  });

  it('when user-centred work or interface design is written in other words (1.8.286), then User-Centered Design or UI Design is named', () => {
    expectNamed([
      ['User-Centered Design', 'Deliver user-centered products using agile methodologies'],
      ['User-Centered Design', 'Rely on your good design sense and user-centricity'],
      ['User-Centered Design', 'Clearly communicate user-centred methods to non-designers'],
      ['User-Centered Design', 'Promouvoir la démarche de design centré sur les usagers'],
      ['UI Design', 'Proficient in reviewing and producing interface design'],
      ['UI Design', 'Designed web and mobile interfaces for a B2B platform'],
      ['UI Design', 'Designing accessible UIs for a public service'],
    ]);
    expectNotNamed([
      ['User-Centered Design', 'Help build and run user-centred, open-source, secure web systems'],
      ['UI Design', 'Build interfaces between the billing system and the warehouse'],
    ]);
  });

  it('when a posting asks to juggle priorities, oversee staff or not fear change (1.8.287), then Prioritization, Team Management or Adaptability is named', () => {
    expectNamed([
      ['Prioritization', 'Can manage priorities and make progress without supervision'],
      ['Prioritization', 'Ability to juggle multiple competing priorities'],
      ['Prioritization', 'A proven ability to balance shifting priorities and meet deadlines'],
      ['Team Management', 'The CIO will oversee over 70 staff members'],
      ['Team Management', 'Oversaw a team of four analysts'],
      ['Adaptability', "Don't be afraid of changes"],
      ['Adaptability', 'Pragmatically able to respond to changing needs'],
      ['Adaptability', 'Responsive to the ever-changing needs of a fast-growing team'],
    ]);
    expectNotNamed([
      ['Prioritization', 'Work through conflicting priorities from stakeholders'],
      ['Team Management', 'Oversee the vendors that run our data centre'],
    ]);
  });

  it('when a design posting names print, motion or responsive work or working across roles in other words (1.8.288), then the skill is named', () => {
    expectNamed([
      ['Print Design', 'A strong portfolio demonstrating execution for both print and web'],
      ['Print Design', 'Wrote website and various print media content'],
      ['Motion Design', 'Design GIFs and short web animations'],
      ['Responsive Design', 'Erfahrungen mit responsiven Anwendungen und mobiler Optimierung'],
      ['Responsive Design', 'Iterate toward responsive designs with the design team'],
      ['Cross-Functional Collaboration', 'Work as part of an agile multi-disciplined team'],
      ['Cross-Functional Collaboration', 'Collaborate across roles and organizations'],
      [
        'Cross-Functional Collaboration',
        'Work with peers across Research, Engineering, and Product',
      ],
    ]);
    expectNotNamed([
      ['Print Design', 'Announcements in both print and digital form'],
      ['Motion Design', 'Animations of the solar system for the planetarium'],
    ]);
  });

  it('when presentations, technical reports or server upkeep are asked for in German, Spanish, Portuguese or French (1.8.289), then the skill is named', () => {
    expectNamed([
      ['Presentation Skills', 'Erstellung von Projektberichten und Präsentationen'],
      [
        'Presentation Skills',
        'Unterstützung des Projektteams durch Analysen und Ergebnispräsentationen',
      ],
      ['Technical Writing', 'Elaboración de reportes técnicos en inglés'],
      ['Technical Writing', 'Elaboração de relatórios técnicos e informativos'],
      ['Technical Writing', 'Produire des rapports techniques pour les partenaires'],
      ['System Administration', 'Control y mantenimiento de servidores y comunicaciones'],
      ['System Administration', 'Manutenção de servidores Linux'],
    ]);
    expectNotNamed([['Presentation Skills', 'Eine gleichmäßige Repräsentation aller Gruppen']]);
  });
});

describe('the employer a page’s front matter names (1.8.359)', () => {
  it('when the front matter files the post under its company, then the company is no tool it asks for', () => {
    const text =
      "---\ntitle: 'Technical Writer'\ncompany:\n  name: 'Postman'\n  logoUrl: /img/logos/companies/postman.svg\n---\n\nPostman is the world’s leading API collaboration platform.\n\n## Requirements\n- Experience writing developer documentation in Markdown and Git.";
    const found = skillsOf(text);
    expect(found).not.toContain('Postman');
    expect(found).toContain('Git');
  });

  it('when the organization is a skill the text praises, then it is not asked for', () => {
    const text =
      '---\nlayout: jobs\norganization: Moodle\ntitle: UX Designer\n---\nMoodle is an award-winning open-source learning platform. Design Moodle with us!\n\nRequirements: Figma and user research.';
    expect(skillsOf(text)).not.toContain('Moodle');
  });

  it('when an image’s nested caption names a library, then it is not found', () => {
    const text =
      '---\ntitle: Data Scientist\nimage:\n  caption: 1600 pandas\n  license: CC BY-SA 2.0\n---\nRequirements: Python and SQL.';
    expect(skillsOf(text)).not.toContain('pandas');
  });

  it('when another employer asks for the tool, then it is found', () => {
    const text =
      '---\ntitle: QA Engineer\ncompany: Civitai\n---\nRequirements: familiarity with API testing (Postman or similar).';
    expect(skillsOf(text)).toContain('Postman');
  });
});

describe('colleagues named by function, a nursing title and a level of schooling (1.8.368)', () => {
  it('when a posting asks to work with partners in Marketing and Sales, then neither is asked for', () => {
    const text =
      'Responsibilities\n- Work with partners in Marketing, Sales, Product Design, and Content to align our creative work.\n- Own the brand in Figma.';
    const found = skillsOf(text);
    expect(found).not.toContain('Sales');
    expect(found).toContain('Figma');
  });

  it('when a posting partners with the demand generation team, then Demand Generation is not asked for', () => {
    const text =
      'Responsibilities\n- Partner with our demand generation team to iterate on creative experiments.';
    expect(skillsOf(text)).not.toContain('Demand Generation');
  });

  it('when a Spanish posting asks for an ATS/DUE, then it asks for a nurse, not an applicant tracking system', () => {
    const text = 'Requisitos\n- Titulación de ATS/DUE o Grado en Enfermería.';
    const found = skillsOf(text);
    expect(found).not.toContain('Applicant Tracking Systems');
    expect(found).toContain('Nursing');
  });

  it('when a posting names ATS tools, then applicant tracking systems are still asked for', () => {
    expect(skillsOf('Requisitos\n- Experiencia con ATS como Workday o Greenhouse.')).toContain(
      'Applicant Tracking Systems',
    );
  });

  it('when a Portuguese posting asks for "Ensino superior", then it asks for a degree, not teaching', () => {
    const text =
      '#### Requisitos\n* Ensino superior, cursando Marketing.\n\n#### Atividades\n* Escrever posts.';
    expect(skillsOf(text)).not.toContain('Teaching');
  });

  it('when a posting asks for "ensino de programação", then teaching is still asked for', () => {
    expect(skillsOf('Requisitos\n* Experiência em ensino de programação.')).toContain('Teaching');
  });
});

describe('headings in bold and Spanish question marks (1.8.373)', () => {
  const posting =
    '**Rol**: Programador\n\n**SOBRE NOSOTROS**\n\nVendemos estudios de mercado y business intelligence.\n\n**¿QUÉ TIENES QUE SABER?**\n\n- Experiencia con VueJS.\n\n**¿QUÉ OFRECEMOS?**\n\n- Elige tu equipo: MacOs, Windows, Linux.';

  it('when a posting’s company and benefits sections sit under bold headings, then their words are no skills asked for', () => {
    const found = skillsOf(posting);
    expect(found).not.toContain('Business Intelligence');
    expect(found).not.toContain('Linux');
  });

  it('when a bold heading the vocabulary does not know follows the company section, then its requirements are read', () => {
    expect(skillsOf(posting)).toContain('Vue.js');
  });

  it('when an English posting puts "**About us**" and "**Benefits**" in bold, then they are boilerplate too', () => {
    const text =
      'Data Engineer\n\n**About us**\n\nWe sell business intelligence.\n\n**Requirements**\n\n- SQL and Python.\n\n**Benefits**\n\n- A Linux or macOS laptop.';
    const found = skillsOf(text);
    expect(found).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(found).not.toContain('Business Intelligence');
    expect(found).not.toContain('Linux');
  });

  it('when an HR posting lists "**Benefits Administration:**" among its duties, then the duty is read', () => {
    const text =
      'HR Manager\n\n**Responsibilities**\n\n**Benefits Administration:**\n\n* Administer employee benefit programs and payroll.';
    expect(skillsOf(text)).toContain('Payroll');
  });
});

describe('a privacy notice, an apply section and a pitch after the requirements (1.8.374)', () => {
  it('when a posting ends with a notice on processing the applicant’s data, then GDPR is not asked for', () => {
    const text =
      '## Requirements\n- TypeScript and PostgreSQL.\n\n### Information on the processing of personal data (GDPR)\n\nYour data is processed in accordance with Regulation (EU) 2016/679 (GDPR). Automated decision-making: none.';
    const found = skillsOf(text);
    expect(found).toEqual(expect.arrayContaining(['TypeScript', 'PostgreSQL']));
    expect(found).not.toContain('GDPR');
  });

  it('when an "Apply" section asks for a GitHub link, then GitHub is not asked for', () => {
    const text =
      '## Requirements\n- Python.\n\n## Apply\n\nSend a link to your **GitHub** and a short note.';
    expect(skillsOf(text)).not.toContain('GitHub');
  });

  it('when a "Why join" section praises the company’s AI, then AI is not asked for', () => {
    const text =
      '## Requirements\n- Cypress and Playwright.\n\n### **Why Join**\nWe are shaping the future of AI creation.';
    expect(skillsOf(text)).not.toContain('Artificial Intelligence');
  });

  it('when a heading carries a note in brackets ("Requirements (must have)"), then it is still a heading', () => {
    const text =
      '## About us\nWe sell business intelligence.\n\nRequirements (must have)\n- SQL and Python.';
    const found = skillsOf(text);
    expect(found).toEqual(expect.arrayContaining(['SQL', 'Python']));
  });
});

describe('capitals a PDF broke apart, and virtual and augmented reality (1.8.378)', () => {
  it('when a letter-spaced heading came apart unevenly, then its pieces name no skill', () => {
    const text =
      'ANEXO III\nTRIBUNAL C AL IFIC ADO R\nP R ES I D EN TA :\nRequisitos: experiencia.\n';
    expect(skillsOf(text)).not.toContain('R');
    expect(skillsOf(text)).not.toContain('Azure DevOps');
  });

  it('when capitals one space apart are all names, then each is still found', () => {
    expect(skillsOf('Requirements\n- Statistical programming: R C SQL SAS\n')).toEqual(
      expect.arrayContaining(['R', 'SQL', 'SAS']),
    );
  });

  it.each([
    ['Experience building virtual reality and augmented reality apps in Unity.', 'Virtual Reality'],
    ['Desenvolvimento de aplicações de realidade aumentada com Unity.', 'Augmented Reality'],
    ['Prototipos en realidad virtual (VR) con Unity.', 'Virtual Reality'],
  ])('when a posting reads %j, then %s is found', (text, skill) => {
    expect(skillsOf(text)).toContain(skill);
  });
});

describe('algorithms a posting asks for, and a method’s own (1.8.420)', () => {
  it.each([
    'Devise new algorithms and approaches to genomic data analysis.',
    'Programmierung neuer und Weiterentwicklung bestehender Algorithmen für die Auswertung.',
    'Experience tuning and optimizing research software and algorithms.',
  ])('when a posting reads %j, with no data structures named, then Algorithms is found', (line) => {
    expect(skillsOf(`Requirements:\n- ${line}`)).toContain('Algorithms');
  });

  it.each([
    'Deep understanding of machine learning techniques and algorithms.',
    'Fuzzy K-means and clustering algorithms group similar spectra.',
    'Contribuer à la mise en place d’algorithmes de machine learning.',
    'Partners from the Fraunhofer Institute for Algorithms and Scientific Computing.',
  ])('when %j names a method’s algorithms or an institute, then not Algorithms', (line) => {
    const skills = skillsOf(`Requirements:\n- Data structures in C++.\n- ${line}`);
    expect(skills).toContain('Data Structures');
    expect(skills).not.toContain('Algorithms');
  });
});

describe('documentation as work, and as papers (1.8.421)', () => {
  it.each([
    'Writing high-quality, maintainable code with a strong focus on testing and documentation.',
    'Learn to build automated tests and lightweight documentation',
    'Zum Glück bieten wir ausführliche Dokumentationen.',
  ])(
    'when a posting reads %j, with no other skill beside it, then Documentation is found',
    (line) => {
      expect(skillsOf(`Requirements:\n- ${line}`)).toContain('Documentation');
    },
  );

  it.each([
    'Veterans receive priority if supported by appropriate documentation.',
    'Submit documentation for various IT acquisitions and procurements.',
    'Please contact us after reviewing the documentation and our website.',
  ])('when %j speaks of papers to hand in or read, then not Documentation', (line) => {
    const skills = skillsOf(`Requirements:\n- Technical writing for developers.\n- ${line}`);
    expect(skills).toContain('Technical Writing');
    expect(skills).not.toContain('Documentation');
  });
});
