import type { SkillGap } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import { BEHAVIORAL_QUESTIONS } from '../src/bank/behavioral.ts';
import { technicalTemplates } from '../src/bank/templates.ts';
import { analyze, SKILL_CATEGORIES, SKILLS } from '../src/index.ts';
import { buildPreparationPlan } from '../src/plan/build-plan.ts';
import { coreTasks } from '../src/plan/core-steps.ts';
import { GAP_KINDS, gapKind, gapTasks, variantsOf } from '../src/plan/gap-steps.ts';
import { CHAIN_SKILLS } from '../src/plan/prerequisites.ts';
import { SKILL_STEPS } from '../src/plan/skill-steps.ts';
import { NAMED_KINDS } from '../src/taxonomy/named-kinds.ts';
import { SKILL_BY_NAME } from '../src/taxonomy/taxonomy.ts';

/** What reads badly in a sentence built from a template: a small grammar list. */
const BAD: readonly [string, RegExp][] = [
  ['"make work based on"', /\bmake work based on\b/i],
  ['a doubled word', /\b(\p{L}{2,})\s+\1\b/iu],
  ['"a an" or "an a"', /\b(?:a|an)\s+(?:a|an)\b/i],
  ['a double space', / {2}/],
  ['a space before punctuation', / [,.;:!?](?![\p{L}\d])/u],
  ['doubled punctuation', /[,.;:]{2}|\.\s*\./],
  ['a placeholder left over', /undefined|null|\$\{|\{\w+\}/],
  ['"end to end" for a skill', /uses [^.]+ end to end/],
  ['a plural subject with "has"', /\bskills has\b/i],
  ['a lesson learnt for "next time"', /\blearnt to [^.]+ next time\b/],
  // "a Elm codebase", "A Embedded Systems project" (not "a UX", "a Unity project": a "you").
  ['"a" before a vowel', /\b[Aa] (?:[AEIO][a-z]|[aeio][a-z]+ (?:codebase|project)\b)/],
];

/** Problems of one text; `names` may start a sentence in their own case (pytest, iOS). */
const problemsOf = (text: string, names: readonly string[]): string[] => {
  const out = BAD.filter(([, re]) => re.test(text)).map(([what]) => `${what}: ${text}`);
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const start = sentence.replace(/^["'`(]+/, '');
    if (names.some((n) => start.startsWith(n))) continue;
    if (/^\p{Ll}/u.test(start)) out.push(`a sentence starts in lower case: ${sentence}`);
  }
  return out;
};

/** Up to `n` skills of each category, and the whole category list. */
const sample = (n: number) =>
  SKILL_CATEGORIES.flatMap((category) =>
    SKILLS.filter((s) => s.category === category)
      .slice(0, n)
      .map((s) => s.name),
  );

describe('report text built from templates', () => {
  it('when every question template is rendered with every skill, then no sentence reads badly and every model answer is an answer', () => {
    const problems: string[] = [];
    for (const skill of SKILLS) {
      for (const q of technicalTemplates(skill.name, skill.category)) {
        for (const text of [q.question, q.intention, q.answer]) {
          problems.push(...problemsOf(text, [skill.name]));
        }
        if (
          /^(?:A strong answer|Describe|Explain|Name|Mention|Start|Summarise|Walk|Give|List)\b/.test(
            q.answer,
          )
        ) {
          problems.push(`an instruction, not an answer: ${q.answer}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('when the behavioral bank is read, then every model answer is a first-person STAR answer that reads well', () => {
    const problems: string[] = [];
    for (const q of BEHAVIORAL_QUESTIONS) {
      problems.push(...problemsOf(q.answer, []));
      if (
        !/^Situation: .+ Task: .+ Action: .+ Result: /.test(q.answer) ||
        !/\bI\b/.test(q.answer)
      ) {
        problems.push(`not a STAR answer in the first person: ${q.answer}`);
      }
      if (
        /\b(?:Situation|Task|Action|Result): (?:describe|explain|show|give|walk|set|outline|cover|clarify|state|share|quantify|analyse)\b/.test(
          q.answer,
        )
      ) {
        problems.push(`an instruction, not an answer: ${q.answer}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('when every gap wording is rendered with every skill, then no task reads badly or refers to the resume', () => {
    const problems: string[] = [];
    for (const skill of SKILLS) {
      for (let v = 0; v < variantsOf(gapKind(skill.name)); v++) {
        for (const task of gapTasks(skill.name, v)) {
          problems.push(...problemsOf(task, [skill.name]));
          if (/\byour (?:resume|experience with|past)|\byou used\b/i.test(task)) {
            problems.push(`refers to experience the resume may not have: ${task}`);
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('when a plan is built from gaps of every category, then no two days are alike and each kind is worded for itself', () => {
    const gaps = sample(2).map((skill, i) => ({
      skill,
      severity: i % 3 === 0 ? ('high' as const) : ('medium' as const),
    }));
    const plan = buildPreparationPlan({
      gaps,
      coreSkills: [],
      competencies: ['ownership'],
      technicalQuestions: [],
      title: 'Engineer',
      software: true,
    });
    const shapes = plan.map((d) => {
      const names = d.focus.replace(/^[^:]+:\s*/, '').split(' and ');
      return d.tasks.map((t) => names.reduce((x, n) => x.split(n).join('X'), t)).join('|');
    });
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const day of plan) {
      for (const task of day.tasks) expect(problemsOf(task, sample(100))).toEqual([]);
    }
    expect(new Set(GAP_KINDS).size).toBe(18);
    expect(gapTasks('Python', 0).join(' ')).toMatch(/tutorial|program/);
    expect(gapTasks('YAML', 0).join(' ')).toMatch(/validator or linter/);
    expect(gapTasks('English', 0).join(' ')).toMatch(/in English/);
    expect(gapTasks('Performance Optimization', 0).join(' ')).not.toMatch(/set up|install/i);
  });

  it('when twelve gaps of one kind need a day each, then no two days are alike', () => {
    const skills = SKILLS.filter((s) => s.category === 'framework')
      .slice(0, 4)
      .map((s) => s.name);
    const plan = buildPreparationPlan({
      gaps: skills.map((skill) => ({ skill, severity: 'high' as const })),
      coreSkills: [],
      competencies: [],
      technicalQuestions: [],
      title: '',
      software: true,
    });
    const shapes = plan
      .slice(0, skills.length)
      .map((d, i) => d.tasks.map((t) => t.split(skills[i] as string).join('X')).join('|'));
    expect(new Set(shapes).size).toBe(skills.length);
  });

  it('when a gap postings name most has its own steps (1.8.315 to 1.8.317), then each of its days names it in four tasks of its own, none the generic wording of its kind', () => {
    expect(Object.keys(SKILL_STEPS).length).toBeGreaterThanOrEqual(60);
    for (const [skill, variants] of Object.entries(SKILL_STEPS)) {
      expect(SKILL_BY_NAME.has(skill), skill).toBe(true);
      for (let v = 0; v < variants.length ** 2; v++) {
        const tasks = gapTasks(skill, v);
        expect(tasks, skill).toHaveLength(4);
        expect(tasks[0], skill).toContain(skill);
        expect(tasks.join(' '), skill).not.toMatch(
          /small case you make up|checklist you would follow to do|published case studies of|definition of .* in your own words/,
        );
      }
    }
    expect(gapTasks('Open Source', 0).join(' ')).toMatch(/CONTRIBUTING/);
    // 1.8.316: a research skill is no data tool, a culture no tool to install.
    expect(gapTasks('Research Skills', 0).join(' ')).not.toMatch(/public data set/);
    expect(gapTasks('DevOps', 0).join(' ')).not.toMatch(/practice project with DevOps/);
    // 1.8.317: a teacher plans a lesson.
    expect(gapTasks('Teaching', 0).join(' ')).toMatch(/one-hour Teaching plan/);
  });

  it('when core skills of every kind are deepened, alone or in pairs (1.8.309), then no task reads badly and only code is practised with katas', () => {
    const problems: string[] = [];
    const names = SKILLS.map((s) => s.name);
    names.forEach((name, i) => {
      for (const pair of [[name], [name, names[(i + 7) % names.length] as string]]) {
        const tasks = coreTasks(pair);
        if (tasks.length < 3 || tasks.length > 5) problems.push(`${tasks.length} tasks: ${pair}`);
        for (const task of tasks) problems.push(...problemsOf(task, pair));
        const katas = tasks.find((t) => t.includes('katas'));
        const coded = pair.filter((s) => ['language', 'framework', 'craft'].includes(gapKind(s)));
        if (katas !== undefined && !coded.some((s) => katas.includes(s)))
          problems.push(`katas for ${pair}: ${katas}`);
      }
    });
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

/** The offline report for a posting and a resume. */
const reportFor = (jobDescription: string, resumeText: string) =>
  analyze({ title: '', jobDescription, resumeText, selfDescription: '' }).report;

/** The day index of each skill in a plan built from `gaps` alone. */
const dayOrder = (gaps: readonly SkillGap[], title: string, software: boolean) => {
  const plan = buildPreparationPlan({
    gaps,
    coreSkills: [],
    competencies: [],
    technicalQuestions: [],
    title,
    software,
  });
  return (skill: string) => plan.findIndex((d) => d.focus.includes(skill));
};

describe('a plan a person would follow', () => {
  it('when the learning paths name a skill, then it is a taxonomy skill', () => {
    expect(CHAIN_SKILLS.filter((s) => !SKILL_BY_NAME.has(s))).toEqual([]);
  });

  it('when applications, fields, disciplines, credentials, crafts, rulebooks, sectors and procedures are listed by name, then each is a taxonomy skill listed under one kind only', () => {
    const names = Object.values(NAMED_KINDS).flat();
    expect(names.filter((s) => !SKILL_BY_NAME.has(s))).toEqual([]);
    expect(names.filter((s, i) => names.indexOf(s) !== i)).toEqual([]);
  });

  it('when PyTorch is a high gap and Python and Deep Learning lesser ones, then Python and Deep Learning come first', () => {
    const dayOf = dayOrder(
      [
        { skill: 'PyTorch', severity: 'high' },
        { skill: 'Machine Learning', severity: 'high' },
        { skill: 'Python', severity: 'medium' },
        { skill: 'Deep Learning', severity: 'medium' },
      ],
      'ML Engineer',
      true,
    );
    expect(dayOf('Python')).toBeLessThan(dayOf('PyTorch'));
    expect(dayOf('Deep Learning')).toBeLessThan(dayOf('PyTorch'));
  });

  it('when a design posting has high practice gaps and lesser tool, language or app gaps (1.8.294), then the high gaps come first and the app last', () => {
    const dayOf = dayOrder(
      [
        { skill: 'Slack', severity: 'high' },
        { skill: 'UX Design', severity: 'high' },
        { skill: 'Open Source', severity: 'low' },
        { skill: 'User Research', severity: 'high' },
        { skill: 'Python', severity: 'medium' },
      ],
      'Product Designer',
      false,
    );
    expect(dayOf('UX Design')).toBe(0);
    expect(dayOf('User Research')).toBe(1);
    expect(dayOf('Slack')).toBe(2);
    expect(dayOf('Open Source')).toBeGreaterThan(dayOf('Slack'));
    expect(dayOf('Python')).toBeGreaterThan(dayOf('Slack'));
  });

  it('when the resume shows none of the gaps, then no plan day asks for a project from the resume that used them', () => {
    const report = reportFor(
      'Requirements:\n- Apache Spark, Python and SQL\n- Airflow and Kafka\n- AWS (S3, EC2, Lambda)',
      'Real-estate analyst. Experience: valued 200 commercial properties with Excel models and wrote market reports.',
    );
    const text = JSON.stringify(report.preparationPlan);
    for (const skill of ['Apache Spark', 'Apache Airflow', 'Apache Kafka', 'AWS']) {
      expect(text).not.toMatch(new RegExp(`from your resume that used[^"]*${skill}`));
    }
  });

  it("when a teacher's resume shows the posting's core skills (1.8.309), then the day that deepens them asks for no katas and words each for its kind", () => {
    const report = reportFor(
      'Mathematics Teacher\nRequirements:\n- Teaching mathematics to students aged 11 to 16\n- Curriculum Development\n- Excellent communication skills',
      'Mathematics teacher. Experience: taught mathematics to classes of 30 students for six years; led curriculum development for the department; presented results to parents with clear communication.',
    );
    const deepen = report.preparationPlan.filter((d) => d.focus.startsWith('Deepen core skills'));
    expect(deepen.map((d) => d.focus).join(' ')).toMatch(/Teaching/);
    const text = deepen.flatMap((d) => d.tasks).join(' ');
    expect(text).not.toMatch(/katas/);
    expect(text).toMatch(/how you would use [^.]*Teaching[^.]* to carry it out/);
  });

  it('when a high gap has no curated question (ServiceNow), then a question still covers it', () => {
    const report = reportFor(
      'Requirements:\n- ServiceNow administration\n- ITIL\n- Python, SQL, Linux, Docker, Kubernetes, AWS and Git',
      'Engineer. Experience: built services in Python, SQL, Linux, Docker, Kubernetes, AWS and Git.',
    );
    const high = report.skillGaps.filter((g) => g.severity === 'high').map((g) => g.skill);
    expect(high).toContain('ServiceNow');
    const questions = JSON.stringify(report.technicalQuestions);
    for (const skill of high) expect(questions).toContain(skill);
  });

  it.each([
    [
      'English',
      'Spanish',
      'Requirements:\n- Python and SQL\n- Fluent English\n- Spanish C1',
      'Jane Roe\nExperience\nBuilt data pipelines in Python and SQL at Acme for five years. Led the migration of the warehouse to the cloud and trained the team on the new tools for reporting.',
    ],
    [
      'Italian',
      'Portuguese',
      'Requisiti:\n- Python e SQL\n- Ottima conoscenza della lingua italiana\n- Conoscenza della lingua portoghese',
      'Mario Rossi\nEsperienza\nSviluppo di pipeline di dati in Python e SQL per il gruppo di analisi della banca. Migrazione del magazzino dati nel cloud e formazione degli analisti che sono passati alle nuove procedure, con la gestione delle richieste alla direzione e il supporto ai colleghi nel lavoro di ogni giorno per due anni.',
    ],
    [
      'Dutch',
      'English',
      'Eisen:\n- Python en SQL\n- Goede beheersing van de Nederlandse taal\n- Vloeiend Engels',
      'Jan de Vries\nErvaring\nBouwde datapijplijnen in Python en SQL voor het team van de bank. Migratie van het datawarehouse naar de cloud en training van de analisten bij de nieuwe werkwijze. Wij werkten ook aan rapportages voor de directie, die niet zonder het team konden, en ik was een van de trekkers naar een nieuwe manier van werken.',
    ],
  ])(
    'when the resume is written in %s, the language the posting asks for, then it is no gap; %s, which the resume does not show, still is',
    (written, other, posting, resume) => {
      const gaps = reportFor(posting, resume).skillGaps.map((g) => g.skill);
      expect(gaps).not.toContain(written);
      expect(gaps).toContain(other);
    },
  );
});
