import type { AnalyzeInput } from '../src/index.ts';

/** The largest inputs the service accepts: extracted resume text, job description, self-description. */
export const LIMITS = { resume: 300_000, jobDescription: 50_000, selfDescription: 20_000 } as const;

/** `unit` repeated to exactly `length` characters. */
export const fill = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const POSTING = `Senior Backend Engineer
We are hiring a Senior Backend Engineer to build our payments platform.
Requirements:
- 5+ years of experience with Node.js and TypeScript
- PostgreSQL, Redis and Docker in production
- AWS or Azure; Kubernetes is a plus
Benefits: remote work, equal opportunity employer.`;

const RESUME_PAGE = `Jane Doe | jane.doe@example.com | https://github.com/jane-doe | www.janedoe.dev
Summary
Backend engineer who built payment services with Node.js, TypeScript and PostgreSQL.
Experience
Senior Engineer, Acme Corp. Jan 2019 - Present
• Built event-driven services with Kafka, Redis and Docker on AWS (ECS, RDS, S3).
• Led the migration to Kubernetes; cut p99 latency by 40%.
Engineer, Beta Ltd. 03/2015 – 12/2018
• Developed REST APIs in Java and Spring Boot; wrote unit tests with JUnit.
Skills
Python, Go, R, C++, C#, .NET, SQL, GraphQL, React, Terraform, CI/CD, Agile, Scrum
Education
B.Sc. Computer Science, 2014. Languages: English, Spanish.
`;

/** One adversarial input, at a scale (1 = the service's limits). */
export interface AdversarialShape {
  name: string;
  input: (scale: number) => AnalyzeInput;
}

const everywhere =
  (unit: string) =>
  (scale: number): AnalyzeInput => ({
    title: '',
    jobDescription: fill(unit, LIMITS.jobDescription * scale),
    resumeText: fill(unit, LIMITS.resume * scale),
    selfDescription: fill(unit, LIMITS.selfDescription * scale),
  });

/** Lines made by `line` for 0, 1, 2... to exactly `length` characters. */
const numbered = (line: (i: number) => string, length: number): string => {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const next = line(i);
    lines.push(next);
    size += next.length;
  }
  return lines.join('').slice(0, length);
};

/** A name line, then one line of `unit` to the resume's limit, ending in a letter. */
const nameThenLine =
  (unit: string) =>
  (scale: number): AnalyzeInput => ({
    title: '',
    jobDescription: POSTING,
    resumeText: `Jane Doe\n${fill(unit, LIMITS.resume * scale - 10)}x`,
    selfDescription: '',
  });

/**
 * The shapes of the hardening issue (#10, finding 2) and a few more that stress one rule each.
 * Each fills every field to the service's limit (resume 300,000, job description 50,000,
 * self-description 20,000 characters) unless its name says otherwise.
 */
export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  { name: "skill tokens 'C++ C# .NET node.js '", input: everywhere('C++ C# .NET node.js ') },
  {
    name: "300 KB resume: summary + 'built Node.js C++ C# .NET '",
    input: (scale) => ({
      title: '',
      jobDescription: POSTING,
      resumeText: `Summary: backend engineer.\n${fill('built Node.js C++ C# .NET ', LIMITS.resume * scale)}`,
      selfDescription: '',
    }),
  },
  { name: 'long lines without spaces', input: everywhere(`${'abcdefghij'.repeat(1_000)}\n`) },
  {
    name: "bracketed parts: 'Spring 4 (Boot, MVC, Security, '",
    input: everywhere('Spring 4 (Boot, MVC, Security, '),
  },
  {
    name: "shared nouns: 'interpersonal, organizational, and presentation skills '",
    input: everywhere('interpersonal, organizational, and presentation skills '),
  },
  {
    name: "colleagues' lists: 'Work with <70 letters>! sales teams. '",
    input: everywhere(`Work with ${'a'.repeat(70)}! sales teams. `),
  },
  {
    name: "suspended compounds and employer sentences: 'Kommunikations- und Team- ... The Data Team Unit '",
    input: everywhere(
      'Kommunikations- und Team- und The Digital Library Data Team Unit Office has produced ',
    ),
  },
  {
    name: '20,000 commas (job description), commas everywhere',
    input: (scale) => ({ ...everywhere(',')(scale), jobDescription: ','.repeat(20_000 * scale) }),
  },
  {
    name: "shared first words: 'data collection, cleaning and analysis / '",
    input: everywhere('data collection, cleaning and analysis / '),
  },
  {
    name: "names with 'of' and shared last words: 'management of the projects, unit and integration testing of '",
    input: everywhere('management of the projects, unit and integration testing of '),
  },
  {
    name: "shared complements and Romance 'of': 'la conception, gestion et suivi des projets de '",
    input: everywhere('la conception, gestion et suivi des projets de gestion de '),
  },
  {
    name: "German compounds: 'wir und die der Teilprojektsteuerungsverfahrensdokumentation '",
    input: everywhere('wir und die der Teilprojektsteuerungsverfahrensdokumentation '),
  },
  { name: "'a' x 300,000", input: everywhere('a') },
  { name: "'x.' x 150,000", input: everywhere('x.') },
  { name: "'a@' (addresses without end)", input: everywhere('a@') },
  { name: 'dotted domains without spaces', input: everywhere('a.com.') },
  { name: 'one ambiguous word per line', input: everywhere('Go\n') },
  // Characters outside ASCII that fold to themselves: every fold of the text used to build a
  // copy of it one character at a time.
  { name: "empty bullets '• ' per line", input: everywhere('• \n') },
  { name: 'Arabic words', input: everywhere('مهندس برمجيات بايثون ') },
  { name: 'Chinese without spaces', input: everywhere('软件工程师需要熟悉Python和数据分析能力，') },
  {
    name: "verbs and objects: 'analyze, clean and manage the data, budget, vendors '",
    input: everywhere('analyze, clean and manage the data, budget, vendors '),
  },
  {
    name: "numbers between verbs and objects, ranges ending 'Present': 'managed a $1 2 3 budget 2019 – Present '",
    input: everywhere('managed a $1 2 3 budget, supervised 4 5 6 7 2019 – Present\nResearch '),
  },
  { name: 'runs of spaces after numbers', input: everywhere(`5 ${' '.repeat(2_000)}years `) },
  {
    name: 'front matter, unclosed comments and lead verbs (title rules)',
    input: (scale) => ({
      ...everywhere(
        '<!-- {% comment %} wir suchen eine*n Software-Entwickler:in und Ab (m/w/d) ¿Eres un diseñador de ',
      )(scale),
      jobDescription: `---\n${fill('# title: x\n  title: "y"\n"PositionTitle": "z', LIMITS.jobDescription * scale)}`,
    }),
  },
  {
    name: "German and Romance leads: 'Wir suchen ab sofort zum nächstmöglichen einen wissenschaftlichen ... recrute un ou une chargé·e de de '",
    input: everywhere(
      'Wir suchen ab sofort zum nächstmöglichen einen wissenschaftlichen Procuramos um(a) gestor de de recrute un ou une chargé·e de de ',
    ),
  },
  {
    name: "unclosed tags: '<script <h2 <a href=x '",
    input: everywhere('<script <h2 id="a" <a href=x <div\n class="b" '),
  },
  {
    name: "need-not phrases in one sentence: 'no experience with Python or Go nor need to know SQL '",
    input: everywhere('no experience with Python or Go nor need to know SQL '),
  },
  {
    name: "closed list tags: '<li>Python</li><p>Go</p>'",
    input: everywhere('<li>Python</li><p>Go</p><br/>'),
  },
  {
    name: "YAML resume settings and hobbies: 'engine: latex' / 'Hobbies' lines",
    input: everywhere('engine: latex\ntemplate: x\nHobbies\nPhotography, Python\n'),
  },
  {
    name: "colleagues by role and headlines: 'useful to Data Scientists, with the support of a data engineer. Oakland seeks chief officer'",
    input: everywhere(
      'useful to Data Scientists, with the support of a data engineer; bookkeeping.\nOakland seeks chief officer\nThe Research Fellow will ',
    ),
  },
  {
    name: "spaced-out letters and verb objects: 'R R S O F T W A R E write the reports, lead people '",
    input: everywhere('R R S O F T W A R E write the reports, lead people, R´esum´e '),
  },
  {
    name: '300 KB mixed resume',
    input: (scale) => ({
      title: '',
      jobDescription: fill(`${POSTING}\n`, LIMITS.jobDescription * scale),
      resumeText: fill(RESUME_PAGE, LIMITS.resume * scale),
      selfDescription: fill(RESUME_PAGE, LIMITS.selfDescription * scale),
    }),
  },
  {
    name: 'a name, then one line of letters without an address (tailored resume: contact patterns)',
    input: nameThenLine('a'),
  },
  {
    name: 'a name, then one line of digits (tailored resume: contact patterns)',
    input: nameThenLine('1'),
  },
  {
    name: "a name, then one line of hyphenated letters 'a-' (tailored resume: contact patterns)",
    input: nameThenLine('a-'),
  },
  {
    name: "an experience section of heading lines without dates or bullets: 'Acme Corp' (tailored resume: entries)",
    input: (scale) => ({
      title: '',
      jobDescription: POSTING,
      resumeText: `Experience\n${fill('Acme Corp\n', LIMITS.resume * scale - 11)}`,
      selfDescription: '',
    }),
  },
  {
    name: "a bullet wrapped over 100,000 lines: '• built' then 'go' lines (tailored resume: joined lines)",
    input: (scale) => ({
      title: '',
      jobDescription: POSTING,
      resumeText: `Experience\nEngineer, Acme 2019 - 2023\n• built\n${fill('go\n', LIMITS.resume * scale - 45)}`,
      selfDescription: '',
    }),
  },
  {
    name: "an experience of distinct bullets: '• wrote w1a w1b w1c' (tailored resume: grounding)",
    input: (scale) => ({
      title: '',
      jobDescription: POSTING,
      resumeText: `Experience\nEngineer, Acme 2019 - 2023\n${numbered((i) => `• wrote w${i}a w${i}b w${i}c\n`, LIMITS.resume * scale - 38)}`,
      selfDescription: '',
    }),
  },
  {
    name: "an experience of distinct roles: 'Engineer 1, Acme1 2019 - 2023' / '- built Go' (tailored resume: grounding)",
    input: (scale) => ({
      title: '',
      jobDescription: POSTING,
      resumeText: `Experience\n${numbered((i) => `Engineer ${i}, Acme${i} 2019 - 2023\n- built Go\n`, LIMITS.resume * scale - 11)}`,
      selfDescription: '',
    }),
  },
];
