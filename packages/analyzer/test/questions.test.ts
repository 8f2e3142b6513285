import { describe, expect, it } from 'vitest';
import { COMPETENCIES } from '../src/bank/bank.types.ts';
import { analyze } from '../src/index.ts';
import { gapTasks } from '../src/plan/gap-steps.ts';
import { DEFAULT_QUESTION_BANK } from '../src/questions/default-bank.ts';
import { pickBehavioralQuestions, rankCompetencies } from '../src/questions/pick-behavioral.ts';
import { levelFor, pickTechnicalQuestions, questionsFor } from '../src/questions/pick-technical.ts';
import { SKILL_BY_NAME } from '../src/taxonomy/taxonomy.ts';

const bank = DEFAULT_QUESTION_BANK;

/** A skill's templated or curated questions (with their answers) and both plan wordings. */
/** The tasks of the first four days a gap of `skill` can give, as one text. */
const planDaysOf = (skill: string): string =>
  [0, 1, 2, 3].map((v) => gapTasks(skill, v).join(' ')).join(' ');

/**
 * The template's questions for a skill, whether or not the bank has curated ones: what any
 * skill of its kind without them is asked.
 */
const templateOf = (skill: string) =>
  bank.template(skill, SKILL_BY_NAME.get(skill)?.category ?? 'domain');

const askedAndPlanned = (skill: string): string =>
  [
    ...templateOf(skill).map((q) => `${q.question} ${q.answer}`),
    ...gapTasks(skill, 0),
    ...gapTasks(skill, 1),
  ].join(' ');

describe('technical questions', () => {
  it('when the seniority is given, then the question level follows it', () => {
    expect(levelFor('intern')).toBe('junior');
    expect(levelFor('mid')).toBe('mid');
    expect(levelFor('lead')).toBe('senior');
  });

  it('when a skill has curated questions, then the nearest level comes first', () => {
    const qs = questionsFor(bank, 'Python', 'senior');
    expect(qs.length).toBeGreaterThanOrEqual(2);
    expect(qs[0]?.level).toBe('senior');
    expect(bank.technical.get('Python')).toContain(qs[0]);
  });

  it('when a skill has no curated questions, then the templates supply them', () => {
    const qs = questionsFor(bank, 'Darwin Core', 'mid');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs[0]?.question).toContain('Darwin Core');
  });

  it('when there are few skills, then at least 5 distinct questions are still picked', () => {
    const qs = pickTechnicalQuestions(bank, ['Python'], 'mid');
    expect(qs.length).toBeGreaterThanOrEqual(5);
    expect(new Set(qs.map((q) => q.question)).size).toBe(qs.length);
  });

  it('when there are many skills, then one question each in priority order, at most 8', () => {
    const skills = ['Go', 'Python', 'Java', 'SQL', 'Docker', 'Kubernetes', 'AWS', 'React', 'Redis'];
    const qs = pickTechnicalQuestions(bank, skills, 'senior');
    expect(qs).toHaveLength(8);
    expect(qs[0]?.question).toBe(questionsFor(bank, 'Go', 'senior')[0]?.question);
  });

  it('when the posting names no skill, then fallback questions are used', () => {
    expect(pickTechnicalQuestions(bank, [], 'junior').length).toBeGreaterThanOrEqual(5);
  });
});

describe('behavioral questions', () => {
  it('when the posting signals mentoring and conflict, then those competencies rank first', () => {
    const ranked = rankCompetencies(
      'You will mentor juniors and coach interns, and handle disagreements with stakeholders.',
    );
    expect(ranked.slice(0, 2).sort()).toEqual(['conflict', 'mentoring']);
    expect([...ranked].sort()).toEqual([...COMPETENCIES].sort());
  });

  it('when questions are picked, then there are 3-5, each from a different competency, from the bank', () => {
    const qs = pickBehavioralQuestions(
      bank,
      'Own the roadmap, prioritize the backlog, talk to customers, lead the team.',
    );
    expect(qs.length).toBeGreaterThanOrEqual(3);
    expect(qs.length).toBeLessThanOrEqual(5);
    const competencies = qs.map(
      (q) => bank.behavioral.find((b) => b.question === q.question)?.competency,
    );
    expect(competencies.every((x) => x !== undefined)).toBe(true);
    expect(new Set(competencies).size).toBe(qs.length);
  });

  it('when the posting has no signal, then 3 questions are still picked', () => {
    expect(pickBehavioralQuestions(bank, 'Nothing here.')).toHaveLength(3);
  });
});

describe('templated questions worded for what a skill is (1.8.273)', () => {
  const asked = (skill: string): string[] =>
    templateOf(skill).map((q) => `${q.question} ${q.answer}`);

  it('when an idea filed among tools has no curated questions, then it is not asked about as a tool in a deploy workflow', () => {
    for (const skill of ['Open Source', 'Logging', 'Configuration Management']) {
      const texts = asked(skill);
      expect(texts.length, skill).toBeGreaterThan(0);
      for (const text of texts) expect(text, skill).not.toMatch(/deploy|workflow|pipeline/i);
    }
    // A tool of the same category still is.
    expect(asked('Nagios').join(' ')).toMatch(/build, deploy and operate workflow/);
  });

  it('when a data skill that is no ML tool has no curated questions (1.8.274), then no question takes it from a notebook to a production pipeline', () => {
    for (const skill of ['Mathematical Modeling', 'Linear Algebra', 'Data Transformation']) {
      const texts = asked(skill).join(' ');
      expect(texts, skill).not.toMatch(/notebook|production pipeline/);
      expect(texts, skill).toContain(`rely on ${skill}`);
    }
  });

  it('when a business function has no curated questions, then it is not asked as a method that answers a question', () => {
    for (const skill of ['Entrepreneurship', 'Invoicing', 'Auditing']) {
      const texts = asked(skill).join(' ');
      expect(texts, skill).not.toMatch(/where you used|What decision did it support|I use \w/);
      expect(texts, skill).toContain(`relied on ${skill}`);
    }
  });
});

describe("generic questions and practice days for the posting's kind of work (1.8.275)", () => {
  const reportFor = (jobDescription: string) =>
    analyze({
      title: '',
      jobDescription,
      resumeText: 'Teacher. Taught English for five years.',
      selfDescription: '',
    }).report;

  it("when a posting asks for no software work and names few skills, then its generic questions and practice day are not a developer's", () => {
    const report = reportFor(
      'Health Educator\n\nRequirements:\n- Deliver sexual health workshops in schools\n- Knowledge of compliance rules for minors\n- Public speaking',
    );
    const text = JSON.stringify(report);
    expect(report.technicalQuestions.length).toBeGreaterThanOrEqual(5);
    expect(text).not.toMatch(
      /hash table|hash map|system design|URL shortener|LRU cache|Debugging/i,
    );
    expect(text).not.toMatch(/timed practice problems/);
    expect(text).toMatch(/situations the posting's duties describe/);
    // Compliance is a practice, not a tool to set up a project with.
    expect(text).not.toMatch(/project with Compliance|quick start/);
  });

  it("when a software posting names few skills, then the developer's generic questions stay", () => {
    const report = reportFor('Backend Developer\n\nRequirements:\n- Python');
    const text = JSON.stringify(report);
    expect(text).toMatch(/hash table|system design|Debugging|bug/i);
    expect(text).toMatch(/timed practice problems/);
  });

  it('when Debugging is asked about, then its questions are curated, not a test suite "built with Debugging"', () => {
    const qs = questionsFor(bank, 'Debugging', 'mid');
    expect(bank.technical.get('Debugging')?.length).toBe(3);
    for (const q of qs) expect(q.question).not.toMatch(/built with Debugging|use Debugging to/);
    expect(gapTasks('Compliance', 0).join(' ')).not.toMatch(/quick start|project with Compliance/);
  });
});

describe('markup, style, data and query languages (1.8.276)', () => {
  it('when Sass, YAML or LaTeX is templated or is a gap, then it is not treated as a programming language', () => {
    for (const skill of ['Sass', 'YAML', 'LaTeX']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(/command-line program|concurrency and memory|unit tests/);
      expect(texts, skill).toMatch(/validator or linter/);
    }
    // A programming language keeps its own wording.
    expect(gapTasks('Elixir', 0).join(' ')).toMatch(/command-line program in Elixir/);
  });
});

describe('practices named like products (1.8.277)', () => {
  it('when Code Review or KPIs is a gap or templated, then no step sets up a project with it', () => {
    for (const skill of ['Code Review', 'KPIs', 'Version Control']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        /practice project with|quick start|deploy and operate workflow/,
      );
    }
    // A product of the same category keeps the tool's wording.
    expect(gapTasks('GitLab', 0).join(' ')).toMatch(/practice project with GitLab/);
  });
});

describe('everyday applications and ideas the endings missed (1.8.278)', () => {
  it('when Slack, SharePoint or Trello is templated or a gap, then it is an application a team uses, not a deploy tool or a cloud workload', () => {
    for (const skill of ['Slack', 'SharePoint', 'Trello']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        /deploy and operate|production system|workloads on|Commit the project/,
      );
      expect(texts, skill).toMatch(/team/);
    }
  });

  it('when Concurrency, FedRAMP or Go-to-Market is a gap, then no step sets up a project with it', () => {
    for (const skill of ['Concurrency', 'FedRAMP', 'Go-to-Market']) {
      expect(askedAndPlanned(skill), skill).not.toMatch(/practice project with|quick start/);
    }
  });
});

/** Skills postings ask for most that had templated questions only (1.8.279, 1.8.280). */
/**
 * Skills given curated questions, batch by batch (the rules version that added them), with
 * wording of the templates each batch was asked from before: the curated questions must not
 * repeat it.
 */
const CURATED_BATCHES: readonly {
  rules: string;
  skills: readonly string[];
  templated?: RegExp;
}[] = [
  { rules: '1.8.279', skills: ['Open Source', 'GitHub', 'Documentation', 'Research Skills'] },
  {
    rules: '1.8.280',
    skills: [
      'Troubleshooting',
      'Monitoring',
      'Version Control',
      'Data Management',
      'Technical Support',
    ],
  },
  {
    rules: '1.8.281',
    skills: [
      'Databases',
      'Web Development',
      'Backend Development',
      'Frontend Development',
      'Full Stack Development',
    ],
    templated: /fuzzy problem|rests on a few core concepts/,
  },
  {
    rules: '1.8.282',
    skills: [
      'System Administration',
      'Scripting',
      'GitLab',
      'Code Review',
      'High Performance Computing',
    ],
    templated: /rests on a few core concepts|build, deploy and operate/,
  },
  {
    rules: '1.8.283',
    skills: [
      'Mathematics',
      'Big Data',
      'Artificial Intelligence',
      'Open Science',
      'Process Improvement',
      'Compliance',
    ],
    templated:
      /rests on a few core concepts|rely on (?:Mathematics|Big Data|Artificial Intelligence)|relied on/,
  },
  {
    rules: '1.8.285',
    skills: [
      'Social Media Marketing',
      'SaaS',
      'Teaching',
      'Procurement',
      'Community Management',
      'Data Privacy',
    ],
    templated: /rests on a few core concepts|relied on|where you used/,
  },
  {
    rules: '1.8.291',
    skills: [
      'Metadata',
      'Bioinformatics',
      'Software Development Life Cycle',
      'Recruiting',
      'Program Management',
      'Grant Writing',
    ],
    templated: /rests on a few core concepts|relied on|where you used/,
  },
  {
    rules: '1.8.296',
    skills: [
      'Data Cleaning',
      'GIS',
      'Financial Reporting',
      'Administrative Support',
      'User-Centered Design',
      'Design Thinking',
    ],
    templated: /rests on a few core concepts|relied on|notebook|adopt (?:User|Design)/,
  },
  {
    rules: '1.8.301',
    skills: [
      'Incident Management',
      'Scalability',
      'Performance Optimization',
      'KPIs',
      'Vendor Management',
      'Event Planning',
    ],
    templated: /rests on a few core concepts|relied on|trade-offs and common mistakes/,
  },
  {
    rules: '1.8.303',
    skills: [
      'Data Quality',
      'Data Governance',
      'Experimentation',
      'Backlog Management',
      'Clean Code',
      'Reproducible Research',
    ],
    templated: /rests on a few core concepts|relied on|fuzzy problem|notebook/,
  },
  {
    rules: '1.8.304',
    skills: [
      'Acceptance Criteria',
      'Market Research',
      'Human Resources',
      'Fundraising',
      'Digital Preservation',
      'Disaster Recovery',
    ],
    templated: /rests on a few core concepts|relied on|fuzzy problem|specific threats/,
  },
  {
    rules: '1.8.305',
    skills: [
      'Authentication',
      'Blockchain',
      'Product Owner',
      'Business Development',
      'Consulting',
      'Archival Processing',
    ],
    templated: /rests on a few core concepts|relied on|fuzzy problem|specific threats/,
  },
  {
    rules: '1.8.306',
    skills: [
      'Payroll',
      'Sales',
      'Quantitative Analysis',
      'Data Mining',
      'Business Strategy',
      'Ticketing Systems',
    ],
    templated: /rests on a few core concepts|relied on|fuzzy problem|notebook/,
  },
  {
    rules: '1.8.307',
    skills: [
      'Access Control',
      'Knowledge Management',
      'Content Management Systems',
      'ELK Stack',
      'Scholarly Communication',
      'Data Standards',
    ],
    templated: /rests on a few core concepts|fuzzy problem|specific threats|deploy and operate/,
  },
  {
    rules: '1.8.308',
    skills: [
      'WordPress',
      'Drupal',
      'Build Tools',
      'Customer Experience',
      'Robotics',
      'Digital Humanities',
    ],
    templated:
      /rests on a few core concepts|fuzzy problem|deploy and operate|typical .* project is structured/,
  },
  {
    rules: '1.8.310',
    skills: [
      'Google Workspace',
      'Google Docs',
      'Slack',
      'Microsoft Word',
      'Zendesk',
      'Asana',
      'Marketo',
      'Zuora',
      'Microsoft Office',
      'PowerPoint',
      'Windows',
      'Dropbox',
      'Bitbucket',
      'Mixpanel',
      'Airtable',
      'Mathematical Modeling',
      'Logging',
      'CLI Tools',
      'Configuration Management',
      'Platform Engineering',
      'Time Series',
      'IoT',
      'Neural Networks',
      'OpenStack',
      'End-to-End Testing',
      'Mathematical Optimization',
      'Release Management',
      'OpenTelemetry',
      'Web Analytics',
      'Azure Active Directory',
      'Physics',
      'Biology',
      'Epidemiology',
      'Patient Care',
      'Graphic Design',
      'Editing',
      'Branding',
      'Technical Writing',
      'Mobile Development',
      'Entrepreneurship',
      'Auditing',
      'Quality Management',
      'Customer Success',
      'Proof of Concept',
      'Operations Management',
      'Business Case Development',
      'Lean',
    ],
    templated:
      /set up .* around it|for the part of the work it was chosen for|rests on a few core concepts|ideas from .* I use most|making sure I understand the brief|inputs, assumptions and outputs|the data call for it|starts from what its users need|one part of a small architecture|the risks other test levels/,
  },
  {
    rules: '1.8.313',
    skills: [
      'XML',
      'JSON',
      'Data Lake',
      'Data Warehousing',
      'Root Cause Analysis',
      'Code Coverage',
      'Security Audits',
      'Security Operations',
      'Load Balancing',
      'API Design',
      'CDN',
      'DevSecOps',
      'TLS',
      'PowerShell',
      'Haskell',
      'Operating Systems',
      'Spatial Analysis',
      'Genomics',
      'Hadoop',
      'Signal Processing',
      'RAG',
      'Survey Design',
      'Qualitative Research',
      'Data Transformation',
      'Streaming',
      'UML',
      'Plain Language',
      'OKRs',
      'Go-to-Market',
      'Competitive Analysis',
      'Interaction Design',
      'Content Design',
      'Change Management',
      'Inventory Management',
      'Applicant Tracking Systems',
      'Grant Management',
      'E-learning',
      'Supply Chain Management',
      'Internal Controls',
      'ERP',
      'Invoicing',
      'Cash Flow Management',
      'Economics',
      'Chemistry',
      'Public Health',
      'Electronic Health Records',
      'Informed Consent',
      'Open Access',
      'Campaign Management',
    ],
    templated:
      /building blocks of|start from the access patterns|rests on a few core concepts|the risks other test levels|addresses specific threats|one part of a small architecture|for its ecosystem|the data call for it|fuzzy problem|inputs, assumptions and outputs|ideas from .* I use most/,
  },
  {
    rules: '1.8.318',
    skills: [
      'Telecommunications',
      'E-commerce',
      'Healthcare',
      'Manufacturing',
      'Government',
      'FedRAMP',
      'GDPR',
      'Decentralized Finance',
      'Motion Design',
      'JSF',
      'Material UI',
      'macOS',
      'Print Design',
      'Illustration',
      'Psychiatry',
      'Meraki',
      'SD-WAN',
      'NetSuite',
      'Snowplow',
      'Chef',
      'Database Administration',
      'Telehealth',
      'NFS',
      'Interviewing',
      'Style Guides',
      'Pair Programming',
      'Microsoft 365',
      'DataOps',
      'ServiceNow',
      'Open Educational Resources',
      'Zoom',
      'Cloud Architecture',
      'Digitization',
      'Product Lifecycle Management',
    ],
    templated:
      /by its main players|sets obligations|by the layer it works at|the part of the work it was chosen for|project starts from what its users need|rests on a few core concepts|fuzzy problem|tested building blocks|ideas from .* I use most|deploy and operate|one part of a small architecture|the data call for it|inputs, assumptions and outputs|feedback against the brief and the audience/,
  },
];

describe('curated questions for the skills postings ask for most', () => {
  for (const { rules, skills, templated } of CURATED_BATCHES) {
    it(`when ${skills.join(', ')} is asked about (${rules}), then its questions are curated at three levels, each answer in the first person and none an instruction`, () => {
      for (const skill of skills) {
        const curated = bank.technical.get(skill) ?? [];
        expect(curated.map((q) => q.level).sort(), skill).toEqual(['junior', 'mid', 'senior']);
        for (const q of curated) {
          expect(q.answer, skill).toMatch(/\bI\b/);
          expect(q.answer, skill).not.toMatch(/^(?:Describe|Explain|Mention|Walk|Give|List)\b/);
        }
        if (templated === undefined) continue;
        const asked = questionsFor(bank, skill, 'mid').map((q) => q.answer);
        expect(asked.join(' '), skill).not.toMatch(templated);
      }
    });
  }
});

describe('fields of building and running software (1.8.284)', () => {
  it('when Databases, Web Development, System Administration or Scripting is a gap, then its days are work in the field, not a method applied to a case', () => {
    for (const skill of ['Databases', 'Web Development', 'System Administration', 'Scripting']) {
      const days = planDaysOf(skill);
      expect(days, skill).not.toMatch(
        new RegExp(`Apply ${skill}|case studies of ${skill}|to do ${skill} well|apply ${skill} in`),
      );
      expect(days, skill).toMatch(new RegExp(`exercise in ${skill}`));
    }
    // A method keeps the practice wording.
    expect(gapTasks('Design Thinking', 0).join(' ')).toMatch(
      /Apply Design Thinking to a small case/,
    );
  });
});

describe('academic disciplines (1.8.290)', () => {
  it('when Biology, Physics or Mathematics is a gap, then its days revise the discipline, not apply it as a method or to a data set', () => {
    for (const skill of ['Biology', 'Physics', 'Mathematics']) {
      const days = planDaysOf(skill);
      expect(days, skill).not.toMatch(
        new RegExp(`Apply ${skill}|to do ${skill} well|work done with ${skill}|the right tool`),
      );
      expect(days, skill).toMatch(new RegExp(`typical problems in ${skill}`));
    }
  });
});

describe('business systems as applications (1.8.292)', () => {
  it('when QuickBooks, Expensify or HubSpot is templated or a gap, then it is an application a team uses, not a method', () => {
    for (const skill of ['QuickBooks', 'Expensify', 'HubSpot']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(`good ${skill}|definition of ${skill}|Apply ${skill}|relied on ${skill}`),
      );
      expect(texts, skill).toMatch(new RegExp(`trial of ${skill}|tutorial on ${skill}`));
    }
  });
});

describe('certifications and licences (1.8.293)', () => {
  it('when CPA, PMP or a medical licence is templated or a gap, then it is a credential held or worked towards, not a piece of work or a team practice', () => {
    for (const skill of ['CPA', 'PMP', 'Medical License']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(
          `relied on ${skill}|how ${skill} would look|definition of ${skill}|Apply ${skill}`,
        ),
      );
      expect(texts, skill).toMatch(
        new RegExp(`Do you hold it|plan to obtain ${skill}|requires today`),
      );
    }
  });
});

describe('crafts that produce a piece of work (1.8.295)', () => {
  it('when Graphic Design, Editing or Photography is templated or a gap, then it is a piece of work from a brief, not a method a team adopts', () => {
    for (const skill of ['Graphic Design', 'Editing', 'Photography']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(`adopt ${skill}|Apply ${skill}|to do ${skill} well|case studies of ${skill}`),
      );
      expect(texts, skill).toMatch(/from brief to final version/);
    }
  });
});

describe('laws, regulations and audited standards (1.8.297)', () => {
  it('when HIPAA, GDPR, SOC 2 or Employment Law is templated or a gap, then it is a rulebook work is kept within, not a defence against attackers nor a method', () => {
    for (const skill of ['HIPAA', 'GDPR', 'SOC 2', 'Employment Law']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(`specific threats|defence in depth|Apply ${skill}|definition of ${skill}`),
      );
      expect(texts, skill).toMatch(new RegExp(`audit or a review against ${skill}`));
      expect(planDaysOf(skill), skill).toMatch(new RegExp(`keep your own work within ${skill}`));
    }
  });
});

describe('documentation beyond software (1.8.297)', () => {
  it('when a nurse or an office manager is asked about Documentation, then no answer opens with code, repositories or pull requests', () => {
    for (const level of ['junior', 'mid', 'senior'] as const) {
      const [first] = questionsFor(bank, 'Documentation', level);
      const opening = first?.answer.split('. ')[0] ?? '';
      expect(opening, level).not.toMatch(/\bcode\b|repositor|pull request|\bCI\b/);
    }
  });
});

describe('medicine as a discipline (1.8.297)', () => {
  it('when Medicine or Psychiatry is a gap, then its days revise the discipline, not case studies or a checklist of a method', () => {
    for (const skill of ['Medicine', 'Psychiatry']) {
      const days = planDaysOf(skill);
      expect(days, skill).not.toMatch(new RegExp(`case studies of ${skill}|to do ${skill} well`));
      expect(days, skill).toMatch(new RegExp(`typical problems in ${skill}`));
    }
  });
});

describe('applications, fields of software work and products named like ideas (1.8.298)', () => {
  it('when Google Workspace, Slack or QuickBooks is templated, then it is asked about as an application a team sets up and relies on', () => {
    for (const skill of ['Google Workspace', 'Slack', 'QuickBooks']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(/fuzzy problem|adopt/);
      expect(texts, skill).toMatch(new RegExp(`set up ${skill} for a team`));
    }
  });

  it('when Game Development, Mobile Development or Database Administration is templated, then it is a field shown by work done in it, not a method nor a data model', () => {
    for (const skill of ['Game Development', 'Mobile Development', 'Database Administration']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(/day-to-day work|fuzzy problem|model data in|adopt/);
      expect(texts, skill).toMatch(new RegExp(`typical ${skill} project`));
    }
  });

  it('when Unity or Spring is a gap, then it is a framework to build with, not an idea to define', () => {
    for (const skill of ['Unity', 'Spring']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(`definition of ${skill}|Apply ${skill}|key concepts|case studies of ${skill}`),
      );
      expect(planDaysOf(skill), skill).toMatch(new RegExp(`getting-started guide for ${skill}`));
    }
  });
});

describe('design, marketing and office products as applications (1.8.299)', () => {
  it('when Sketch, Adobe Photoshop, SurveyMonkey, PowerPoint or Mixpanel is templated or a gap, then it is an application, not a delivery tool nor a method', () => {
    for (const skill of ['Sketch', 'Adobe Photoshop', 'SurveyMonkey', 'PowerPoint', 'Mixpanel']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(
          `delivery workflow|Commit the project|Apply ${skill}|relied on ${skill}|case studies of ${skill}|fuzzy problem`,
        ),
      );
      expect(texts, skill).toMatch(new RegExp(`trial of ${skill}|tutorial on ${skill}`));
    }
  });

  it('when Algorithms or Data Structures is a gap, then its days work typical problems; when iOS is, then they build an exercise', () => {
    for (const skill of ['Algorithms', 'Data Structures'])
      expect(planDaysOf(skill), skill).toMatch(new RegExp(`typical problems in ${skill}`));
    expect(planDaysOf('iOS')).toMatch(/complete exercise in iOS/);
    expect(planDaysOf('iOS')).not.toMatch(/trial of iOS|Commit the project/);
  });
});

describe('sectors and hands-on procedures (1.8.300)', () => {
  it('when Healthcare, Retail or Banking is templated or a gap, then it is a sector learnt by its players, rules and trends, not a method', () => {
    for (const skill of ['Healthcare', 'Retail', 'Banking']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(`to do ${skill} well|Apply ${skill}|relied on ${skill}|key concepts`),
      );
      expect(texts, skill).toMatch(new RegExp(`trends in ${skill}|main players in ${skill}`));
    }
  });

  it('when Venipuncture, Colposcopy or PCR is templated or a gap, then it is a procedure done safely step by step, not a team method', () => {
    for (const skill of ['Venipuncture', 'Colposcopy', 'PCR']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        new RegExp(`how ${skill} would look in a team|definition of ${skill}|key concepts`),
      );
      expect(texts, skill).toMatch(
        new RegExp(`carry out ${skill}|protocol or guideline for ${skill}`),
      );
    }
  });
});

describe('networks: their equipment, protocols and services (1.8.312)', () => {
  it('when Meraki, SD-WAN or OSPF is templated or a gap, then it is set up in a lab, troubleshot and changed safely, not part of a deploy workflow', () => {
    for (const skill of ['Meraki', 'SD-WAN', 'OSPF']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(/deploy and operate|delivery workflow|Commit the project/);
      expect(texts, skill).toMatch(new RegExp(`${skill} is in the path`));
      expect(planDaysOf(skill), skill).toMatch(new RegExp(`Set up ${skill} in a free lab`));
    }
  });

  it('when Networking is a gap, then its days work typical problems, not a checklist of a method', () => {
    expect(planDaysOf('Networking')).not.toMatch(/checklist you would follow|case studies/);
    expect(planDaysOf('Networking')).toMatch(/typical problems in Networking/);
  });
});

describe('customer, enterprise and IT service platforms as applications (1.8.314)', () => {
  it('when Salesforce, SAP or ServiceNow is a gap, then it is an application tried and set up for a team, not a cloud service deployed from a free tier', () => {
    for (const skill of ['Salesforce', 'SAP', 'ServiceNow']) {
      const days = planDaysOf(skill);
      expect(days, skill).not.toMatch(/free tier|local emulator|pricing pages/);
      expect(days, skill).toMatch(new RegExp(`trial of ${skill}|tutorial on ${skill}`));
    }
  });
});

describe('disciplines asked as disciplines, and soft skills in plural (1.8.302)', () => {
  it('when Physics, Biology or Economics is templated, then it is asked about its ideas and a problem solved with it, not trade-offs between speed and rigour', () => {
    for (const skill of ['Physics', 'Biology', 'Economics']) {
      const texts = askedAndPlanned(skill);
      expect(texts, skill).not.toMatch(
        /key concepts|speed and rigour|trade-offs and common mistakes/,
      );
      expect(texts, skill).toMatch(new RegExp(`problem you solved with ${skill}`));
    }
  });

  it('when Organization Skills is templated, then its answer says "have improved"', () => {
    const senior = questionsFor(bank, 'Organization Skills', 'senior')[0];
    expect(senior?.answer).toMatch(/^My organization skills have improved/);
  });
});
