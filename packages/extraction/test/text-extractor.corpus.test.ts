import { afterAll, describe, expect, it } from 'vitest';
import { createTextExtractor, hasUsableText } from '../src/index.ts';
import { corpusFile, corpusFiles } from './corpus.helper.ts';

const extractor = createTextExtractor();
afterAll(() => extractor.close());

/** A phrase each of these resumes must yield, as the extractor normalises it. */
const KNOWN_PHRASES: Readonly<Record<string, string>> = {
  'resumes/pdf/resumematcher__john_doe.pdf': '123 Main St, Anywhere, USA',
  'resumes/pdf/resumematcher__barry_allen_fe.pdf': 'Front-End Developer',
  'resumes/pdf/resumematcher__resume_1_word2016.pdf':
    'Senior Python Developer and Machine Learning',
  'resumes/pdf/moderncv__template-es.pdf': 'Título del CV (opcional)',
  'resumes/pdf/moderncv__template-zh.pdf': '教育背景',
  'resumes/pdf/open-resume__openresume-resume.pdf': 'Software engineer obsessed with building',
  'resumes/pdf/awesome-cv__cv.pdf': 'DevOps Engineer · Software Architect',
  'resumes/docx/np-job-application__john_doe_resume.docx': 'John Doe\n\nSoftware Engineer',
  'resumes/docx/resume-builder__sample-resume.docx': 'jane.smith@email.com | (555) 123-4567',
  'resumes/docx/resume-parser-api__sample_resume.docx': 'Senior Engineer at Acme Corp 2020-2023',
  'resumes/docx/job-search-ai-agent__resume.docx':
    'John Smith\n\nPython\n\nSQL\n\nMachine Learning',
};

/** Page counts pdfinfo reports for the corpus resumes (MANIFEST.md). */
const PDF_PAGES: Readonly<Record<string, number>> = {
  'awesome-cv__cv.pdf': 5,
  'moderncv__template.pdf': 4,
  'resumematcher__resume_1_word2016.pdf': 3,
  'jakes-resume__resume.pdf': 1,
};

describe('createTextExtractor on the corpus resumes', () => {
  it.each(corpusFiles('resumes/pdf'))(
    'when %s is extracted, then its text is usable and complete',
    async (name) => {
      const result = await extractor.extract(corpusFile(`resumes/pdf/${name}`), 'pdf');
      expect(hasUsableText(result.text)).toBe(true);
      expect(result.text.split(/\s+/).length).toBeGreaterThan(150);
      expect(result.truncated).toBe(false);
      expect(result.pages).toBeGreaterThanOrEqual(1);
      if (PDF_PAGES[name] !== undefined) expect(result.pages).toBe(PDF_PAGES[name]);
      expect(result.text).toBe(result.text.trim());
      expect(result.text).not.toMatch(/[^\P{Cc}\n]| {2}|\n{3}/u);
    },
  );

  // The near-empty job-search-ai-agent resume (name + 3 skills, 6 words, 33 letters) counts as
  // usable: the text was extracted, and the analyzer can match its skills. Rejecting it as
  // "could not extract text" would be false.
  it.each(corpusFiles('resumes/docx'))(
    'when %s is extracted, then its text is usable',
    async (name) => {
      const result = await extractor.extract(corpusFile(`resumes/docx/${name}`), 'docx');
      expect(hasUsableText(result.text)).toBe(true);
      expect(result.pages).toBeNull();
      expect(result.truncated).toBe(false);
    },
  );

  it.each(Object.entries(KNOWN_PHRASES))(
    'when %s is extracted, then it contains "%s"',
    async (path, phrase) => {
      const kind = path.endsWith('.pdf') ? 'pdf' : 'docx';
      const result = await extractor.extract(corpusFile(path), kind);
      expect(result.text).toContain(phrase);
    },
  );

  it('when a Jinja template DOCX is extracted, then its placeholders come through as text', async () => {
    const result = await extractor.extract(
      corpusFile('resumes/docx/ats-resume-generator__resume_template.docx'),
      'docx',
    );
    expect(result.text.startsWith('{{ intro.personName }}\n')).toBe(true);
  });
});
