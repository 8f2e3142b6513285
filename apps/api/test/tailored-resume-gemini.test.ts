import { type FakeGemini, promptTextOf, reply, startFakeGemini } from '@prepkit/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusText } from '../../../test/support/corpus.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { NOTHING_TO_TAILOR_MESSAGE } from '../../worker/src/resume/tailor-resume.processor.ts';
import { form, pdfPart, postInterview, type Stack, startStack } from './support/interview-stack.ts';
import { tailorAndWait } from './support/resume-client.ts';

const JD = readCorpusText('jobs/resumematcher__frontend-eng.txt');
const src = { from: 'resume', line: 1 };

/** What the model answers: Barry Allen's real material plus an invented employer, degree and skill. */
const modelAnswer = (invent: boolean) => ({
  name: 'Barry Allen',
  headline: 'Frontend Engineer · React · TypeScript',
  contact: [{ text: 'allthe.stars@google.com', source: src }],
  summary:
    'Seeking a challenging role as a Front-End Developer where I can leverage my knowledge of UI/UX design and modern web technologies.',
  skills: [
    {
      group: 'Skills for this role',
      items: ['React', 'TypeScript', 'Redux', 'GraphQL', ...(invent ? ['Kubernetes'] : [])],
    },
    { group: 'Other', items: ['Python', 'Docker', 'Firebase'] },
  ],
  experience: [
    {
      title: 'Software Engineer (Front-End)',
      organization: 'Google',
      start: 'June 2022',
      end: 'Present',
      bullets: [
        'Developing intuitive and engaging user interfaces using React and Redux.',
        'Collaborating with back-end developers to integrate RESTful APIs.',
      ],
      source: { from: 'resume', line: 21 },
    },
    ...(invent
      ? [
          {
            title: 'Staff Engineer',
            organization: 'Initech',
            start: '2015',
            end: '2018',
            bullets: ['Led the frontend platform team.'],
            source: src,
          },
        ]
      : []),
  ],
  projects: [{ name: 'Personal Expense Tracker', date: '2022', bullets: [], source: src }],
  education: [
    {
      degree: 'B.Tech, Computer Science and Engineering',
      institution: 'Indian Institute of Technology',
      start: '2018',
      end: '2022',
      details: [],
      source: src,
    },
    ...(invent
      ? [{ degree: 'MBA', institution: 'Stanford University', details: [], source: src }]
      : []),
  ],
  certifications: [],
  languages: [],
});

/** An answer of which nearly nothing is in the resume. */
const madeUp = {
  ...modelAnswer(false),
  name: 'Oliver Queen',
  skills: [{ group: 'Skills', items: ['Kubernetes', 'Rust', 'Kafka', 'Scala'] }],
  experience: [{ title: 'CTO', organization: 'Queen Consolidated', bullets: [], source: src }],
  projects: [],
  education: [{ degree: 'MBA', institution: 'Starling City University', details: [], source: src }],
};

let fake: FakeGemini;
let stack: Stack;
beforeAll(async () => {
  fake = await startFakeGemini();
  stack = await startStack(
    makeTestConfig({ ...fake.env(), AI_MAX_ATTEMPTS: '3', AI_BACKOFF_MS: '50' }),
  );
});
afterEach(() => fake.reset());
afterAll(async () => {
  await stack?.close();
  await fake?.close();
});

const barryReport = async () => {
  const res = await postInterview(
    stack,
    form(
      { jobDescription: JD, title: 'Frontend Engineer' },
      pdfPart('resumes/pdf/resumematcher__barry_allen_fe.pdf'),
    ),
  );
  expect(res.status, res.text).toBe(201);
  fake.reset();
  return res.body.interviewReport._id as string;
};

describe('tailored resumes with Gemini (fake server)', () => {
  it('when the model invents an employer, a degree and a skill, then none of them reaches the result and each is a warning', async () => {
    const id = await barryReport();
    fake.enqueue(reply.json(modelAnswer(true)));
    const res = await tailorAndWait(stack, id);
    expect(res.status, res.text).toBe(200);
    const resume = res.body.tailoredResume;
    expect(resume.generator).toEqual({ name: 'gemini', model: 'gemini-test' });
    const text = JSON.stringify({ ...resume, warnings: [] });
    for (const invented of ['Initech', 'Staff Engineer', 'MBA', 'Stanford', 'Kubernetes']) {
      expect(text).not.toContain(invented);
    }
    expect(resume.experience.map((e: { organization: string }) => e.organization)).toEqual([
      'Google',
    ]);
    expect(resume.warnings).toHaveLength(3);
    expect(resume.warnings.join(' ')).toMatch(/Initech.*MBA.*Kubernetes|Kubernetes.*Initech.*MBA/s);
    // The prompt carries the data delimited, the rule not to invent, and the JSON schema.
    const body = fake.requests[0]!.body as { generationConfig?: { responseJsonSchema?: unknown } };
    expect(promptTextOf(body)).toContain('<resume>');
    expect(JSON.stringify(body)).toContain('NEVER invent');
    expect(body.generationConfig?.responseJsonSchema).toBeTruthy();
    expect(fake.calls).toBe(1);
  });

  it('when the model output is mostly invented, then it is retried like invalid output and fails after AI_MAX_ATTEMPTS', async () => {
    const id = await barryReport();
    fake.setDefault(reply.json(madeUp));
    const res = await tailorAndWait(stack, id);
    expect(res.status, res.text).toBe(502);
    expect(res.body.code).toBe('AI_FAILED');
    expect(fake.calls).toBe(3);
  });

  it('when the report came from a scanned resume (no text), then the tailoring fails with RESUME_EMPTY and the model is not called', async () => {
    const res = await postInterview(
      stack,
      form({ jobDescription: JD }, pdfPart('hostile/pdfjs__scan-bad.pdf')),
    );
    expect(res.status, res.text).toBe(201);
    fake.reset();
    const tailored = await tailorAndWait(stack, res.body.interviewReport._id);
    expect(tailored.status, tailored.text).toBe(400);
    expect(tailored.body).toMatchObject({
      code: 'RESUME_EMPTY',
      message: NOTHING_TO_TAILOR_MESSAGE,
    });
    expect(fake.calls).toBe(0);
  });
});
