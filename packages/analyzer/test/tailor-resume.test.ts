import { readdirSync, readFileSync } from 'node:fs';
import { createTextExtractor } from '@prepkit/extraction';
import {
  TAILORED_RESUME_LIMITS,
  type TailoredResumeContent,
  tailoredResumeContentSchema,
} from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import {
  failsBadly,
  groundResume,
  POSTING_SKILLS_GROUP,
  parseJobDescription,
  tailorResume,
} from '../src/index.ts';
import { readResumeDocument } from '../src/tailor/resume-document.ts';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, CORPUS));
const JOBS = ['resumematcher__frontend-eng.txt', 'resumematcher__backend-eng.txt'];

const extractAll = async () => {
  const extractor = createTextExtractor({ maxThreads: 1 });
  try {
    const out: { file: string; text: string }[] = [];
    for (const kind of ['pdf', 'docx'] as const) {
      for (const file of readdirSync(new URL(`resumes/${kind}/`, CORPUS))) {
        const bytes = new Uint8Array(read(`resumes/${kind}/${file}`));
        out.push({ file, text: (await extractor.extract(bytes, kind)).text });
      }
    }
    return out;
  } finally {
    await extractor.close();
  }
};

describe('the offline tailored resume', () => {
  it('when every corpus resume is tailored to two postings, then the grounding check removes nothing', async () => {
    const resumes = await extractAll();
    expect(resumes.length).toBeGreaterThanOrEqual(20);
    for (const job of JOBS) {
      const jobDescription = read(`jobs/${job}`).toString('utf8');
      // With the title the posting gives, and with none sent (the headline then names the
      // title derived from the posting, which the grounding check must accept).
      for (const title of [parseJobDescription(jobDescription).title, '']) {
        for (const { file, text } of resumes) {
          const input = { title, jobDescription, resumeText: text, selfDescription: '' };
          expect(
            groundResume(tailorResume(input), input).warnings,
            `${file} for ${job}, title "${title}"`,
          ).toEqual([]);
        }
      }
    }
  });

  it('when a resume is tailored, then the posting skills come first, bullets lead with the relevant one, dates and employers stay as written', () => {
    const resumeText = [
      'Ada Lovelace',
      'ada@example.com | +44 20 7946 0958',
      'Experience',
      'Analytical Engines Ltd, London',
      'Software Engineer Jan 2019 – Present',
      '• Organised the team picnic every summer',
      '• Built React and TypeScript dashboards for the sales team',
      'Skills',
      'Languages: Python, TypeScript, Fortran',
      'Frameworks: React, Django',
      'Education',
      'BSc Mathematics, University of London 2014 – 2017',
    ].join('\n');
    const jobDescription = 'Frontend Engineer\nRequirements:\n- React\n- TypeScript\n- CSS';
    const input = { title: 'Frontend Engineer', jobDescription, resumeText, selfDescription: '' };
    const r = tailorResume(input);
    expect(r.name).toBe('Ada Lovelace');
    expect(r.headline.startsWith('Frontend Engineer')).toBe(true);
    expect(r.skills[0]?.group).toBe(POSTING_SKILLS_GROUP);
    expect([...(r.skills[0]?.items ?? [])].sort()).toEqual(['React', 'TypeScript']);
    expect(r.skills.flatMap((g) => g.items)).toEqual(
      expect.arrayContaining(['Python', 'Fortran', 'Django']),
    );
    expect(r.experience).toHaveLength(1);
    expect(r.experience[0]).toMatchObject({
      title: 'Software Engineer',
      organization: 'Analytical Engines Ltd',
      start: 'Jan 2019',
      end: 'Present',
    });
    expect(r.experience[0]?.bullets[0]).toContain('React and TypeScript dashboards');
    expect(r.education[0]).toMatchObject({
      degree: 'BSc Mathematics',
      institution: 'University of London',
    });
    expect(groundResume(r, input).warnings).toEqual([]);
  });

  it('when resume lines are longer than their fields allow, then each is cut at a word, within the contract, and still grounded', () => {
    const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
    const resumeText = [
      'Ada Lovelace',
      `https://github.com/${'a'.repeat(400)}`,
      'Experience',
      'Analytical Engines Ltd, London',
      'Software Engineer Jan 2019 – Present',
      `• Built React dashboards ${words(600, 'quickly')}`,
      'Certifications',
      `Certified ${words(60, 'engineer')}`,
    ].join('\n');
    const selfDescription = Array.from({ length: 3 }, (_, i) => `${words(120, `React${i}`)}.`).join(
      ' ',
    );
    const input = {
      title: 'Frontend Engineer',
      jobDescription: 'React developer',
      resumeText,
      selfDescription,
    };
    const r = tailorResume(input);
    expect(tailoredResumeContentSchema.safeParse(r).error).toBeUndefined();
    const bullet = r.experience[0]?.bullets[0] ?? '';
    expect(bullet.startsWith('Built React dashboards quickly')).toBe(true);
    expect(bullet.length).toBeLessThanOrEqual(TAILORED_RESUME_LIMITS.text);
    expect(bullet.endsWith('quickly')).toBe(true);
    expect(r.certifications[0]?.text).toMatch(/^Certified engineer( engineer)*$/);
    // A cut address is no address: it is left out.
    expect(r.contact).toEqual([]);
    // Whole sentences while they fit: two of the three (each about 840 characters).
    expect(r.summary.split('. ')).toHaveLength(2);
    expect(groundResume(r, input).warnings).toEqual([]);
  });
});

describe('the grounding check', () => {
  const resumeText = [
    'Grace Hopper',
    'Experience',
    'Remington Rand, Philadelphia',
    'Senior Programmer 1949 – 1967',
    '• Led the team that wrote the first compiler for business data processing',
    'Skills',
    'COBOL, FLOW-MATIC',
    'Education',
    'PhD Mathematics, Yale University 1934',
  ].join('\n');
  const source = {
    resumeText,
    selfDescription: '',
    title: 'Compiler Engineer',
    jobDescription: 'We need a compiler engineer.',
  };
  const src = { from: 'resume' as const, line: 1 };
  const honest: TailoredResumeContent = {
    name: 'Grace Hopper',
    headline: 'Compiler Engineer · COBOL',
    contact: [],
    summary: '',
    skills: [{ group: 'Skills', items: ['COBOL', 'FLOW-MATIC'] }],
    experience: [
      {
        title: 'Senior Programmer',
        organization: 'Remington Rand',
        start: '1949',
        end: '1967',
        bullets: ['Led the team that wrote the first compiler for business data processing'],
        source: src,
      },
    ],
    projects: [],
    education: [
      {
        degree: 'PhD Mathematics',
        institution: 'Yale University',
        end: '1934',
        details: [],
        source: src,
      },
    ],
    certifications: [],
    languages: [],
  };

  it('when the output holds only what the resume says, then nothing is removed', () => {
    const result = groundResume(honest, source);
    expect(result.warnings).toEqual([]);
    expect(result.resume).toEqual(honest);
  });

  it('when an employer, a degree, a skill and a bullet are invented, then each is removed with a warning', () => {
    const invented: TailoredResumeContent = {
      ...honest,
      skills: [{ group: 'Skills', items: ['COBOL', 'Kubernetes'] }],
      experience: [
        ...honest.experience,
        {
          title: 'Staff Engineer',
          organization: 'Google',
          bullets: ['Scaled search'],
          source: src,
        },
      ].map((e, i) =>
        i === 0
          ? { ...e, bullets: [...e.bullets, 'Won the Turing Award for distributed systems'] }
          : e,
      ),
      education: [
        ...honest.education,
        { degree: 'MBA', institution: 'Harvard Business School', details: [], source: src },
      ],
    };
    const result = groundResume(invented, source);
    const text = JSON.stringify(result.resume);
    for (const fake of ['Kubernetes', 'Google', 'Harvard', 'MBA', 'Turing'])
      expect(text).not.toContain(fake);
    expect(result.resume.experience).toHaveLength(1);
    expect(result.warnings).toHaveLength(4);
    expect(failsBadly(result)).toBe(false);
  });

  it('when most of the output is invented, then it fails badly (to be retried as invalid output)', () => {
    const result = groundResume(
      {
        ...honest,
        name: 'Alan Turing',
        skills: [{ group: 'Skills', items: ['Go', 'Rust', 'Kafka'] }],
        experience: [{ title: 'CTO', organization: 'Initech', bullets: [], source: src }],
        education: [],
      },
      source,
    );
    expect(failsBadly(result)).toBe(true);
  });
});

describe('the resume read for tailoring, in another language', () => {
  it('when a French CV lists its languages under "Langues", then they are its languages, not a skills group', () => {
    const doc = readResumeDocument(
      'Jeanne Dupont\njeanne@example.com\nExpérience professionnelle\nDéveloppeuse, Acme, 2019 – 2023\n• A construit une API\nLangues\nAnglais (courant), Espagnol\nLoisirs\nEscalade',
      '',
    );
    expect(doc.languages.map((l) => l.text)).toEqual(['Anglais (courant)', 'Espagnol']);
    expect(doc.skillGroups).toEqual([]);
  });
});
