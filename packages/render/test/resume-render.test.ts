import { readFileSync } from 'node:fs';
import { groundResume, tailorResume } from '@prepkit/analyzer';
import { createTextExtractor, type TextExtractor } from '@prepkit/extraction';
import type { TailoredResumeContent } from '@prepkit/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/support/corpus.ts';
import { downloadFilename, renderResumeHtml, renderResumePdf } from '../src/index.ts';

const SCRIPT = '<script>alert(1)</script>';
const src = { from: 'resume' as const, line: 1 };

const resume = (overrides: Partial<TailoredResumeContent> = {}): TailoredResumeContent => ({
  name: 'Zoë Ångström',
  headline: 'Frontend Engineer · React',
  contact: [{ text: 'zoe@example.com', source: src }],
  summary: `I build accessible apps. ${SCRIPT}`,
  skills: [{ group: 'Skills for this role', items: ['React', 'TypeScript', SCRIPT] }],
  experience: [
    {
      title: 'Software Engineer',
      organization: 'Acme & Sons',
      start: 'June 2022',
      end: 'Present',
      bullets: ['Built the design system in React.', SCRIPT],
      source: src,
    },
  ],
  projects: [],
  education: [],
  certifications: [],
  languages: [],
  ...overrides,
});

let extractor: TextExtractor;
beforeAll(() => {
  extractor = createTextExtractor({ maxThreads: 1 });
});
afterAll(async () => {
  await extractor.close();
});

const pdfText = async (pdf: Uint8Array) =>
  (await extractor.extract(new Uint8Array(pdf), 'pdf')).text;

describe('the resume HTML template', () => {
  it('when a resume line is a script tag, then the HTML shows it as text and holds no script element', () => {
    const html = renderResumeHtml(resume());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Acme &amp; Sons');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(renderResumeHtml(resume(), { paper: 'letter' })).toMatch(/@page \{ size: letter;/);
  });
});

describe('the resume PDF', () => {
  it('when the PDF is extracted back, then the name, every employer, every skill and the script line come back as text', async () => {
    const pdf = await renderResumePdf(resume());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    // Embedded (subset) TrueType fonts, not a reference to a system font.
    expect(pdf.includes('FontFile2')).toBe(true);
    const text = await pdfText(pdf);
    for (const expected of ['Zoë Ångström', 'Acme & Sons', 'React', 'TypeScript', SCRIPT]) {
      expect(text).toContain(expected);
    }
  });

  it('when a corpus resume is tailored offline, then its PDF gives back the name, every employer and every listed skill', async () => {
    const resumeText = await pdfText(readCorpus('resumes/pdf/jakes-resume__resume.pdf'));
    const jobDescription = readFileSync(
      new URL('../../../../shared/corpus/jobs/resumematcher__backend-eng.txt', import.meta.url),
      'utf8',
    );
    const input = { title: 'Backend Engineer', jobDescription, resumeText, selfDescription: '' };
    const grounded = groundResume(tailorResume(input), input);
    expect(grounded.warnings).toEqual([]);
    const text = (await pdfText(await renderResumePdf(grounded.resume))).replace(/\s+/g, ' ');
    expect(text).toContain(grounded.resume.name);
    expect(grounded.resume.experience.length).toBeGreaterThanOrEqual(3);
    for (const e of grounded.resume.experience) expect(text).toContain(e.organization);
    for (const skill of grounded.resume.skills.flatMap((g) => g.items))
      expect(text).toContain(skill);
  });
});

describe('download file names', () => {
  it('when the name and title hold quotes, slashes and accents, then only safe characters remain', () => {
    expect(downloadFilename(['Zoë "Z" Ångström', 'Front/End; Engineer'], 'pdf')).toBe(
      'Zoe-Z-Angstrom-Front-End-Engineer.pdf',
    );
    expect(downloadFilename(['', '"'], 'pdf')).toBe('resume.pdf');
  });
});
