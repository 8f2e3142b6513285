import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextExtractor, detectResumeType, ExtractionError } from '../src/index.ts';
import { corpusFile } from './corpus.helper.ts';
import {
  buildZip,
  deflatedZeros,
  minimalDocxEntries,
  type ZipEntrySpec,
} from './zip-builder.helper.ts';

const extractor = createTextExtractor({ maxThreads: 1 });
afterAll(() => extractor.close());

/** The minimal DOCX parts, with word/document.xml replaced by `document`. */
const docxWith = (document: ZipEntrySpec): Uint8Array =>
  buildZip([...minimalDocxEntries([]).filter((entry) => entry.name !== document.name), document]);

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('DOCX zip-bomb guard', () => {
  beforeAll(async () => {
    // Warm the worker so the timings below measure the refusal, not the thread start.
    await extractor.extract(buildZip(minimalDocxEntries(['warm up'])), 'docx');
  });

  it('when a built DOCX holds plain paragraphs, then its text is extracted (the builder is sound)', async () => {
    const docx = buildZip(minimalDocxEntries(['Jane Doe', 'Staff engineer, TypeScript and Go']));
    expect(await detectResumeType(docx)).toBe('docx');
    expect((await extractor.extract(docx, 'docx')).text).toBe(
      'Jane Doe\n\nStaff engineer, TypeScript and Go',
    );
  });

  it('when word/document.xml is a 200 MB run of zeros, then it is refused fast, before inflating', async () => {
    const bomb = docxWith({ name: 'word/document.xml', deflated: deflatedZeros(200) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await detectResumeType(bomb, { filename: 'bomb.docx' })).toBe('docx');
    const started = performance.now();
    const error = await failureOf(extractor.extract(bomb, 'docx'));
    // Refused from the declared sizes (the detail below), before inflating 200 MB; the bound
    // only says it did not inflate and hang.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'zip-bomb' });
    expect((error as ExtractionError).detail).toMatch(
      /declared uncompressed size exceeds 52428800/,
    );
  });

  it('when one 10 MB entry expands more than 200x (under the total cap), then the ratio refuses it', async () => {
    const bomb = docxWith({ name: 'word/document.xml', deflated: deflatedZeros(10) });
    const error = await failureOf(extractor.extract(bomb, 'docx'));
    expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'zip-bomb' });
    expect((error as ExtractionError).detail).toMatch(
      /word\/document\.xml expands \d+x \(limit 200x\)/,
    );
  });

  it('when an entry declares 1 KB but inflates to 20 MB, then streaming stops it past 1 KB', async () => {
    const liar = docxWith({
      name: 'word/document.xml',
      deflated: deflatedZeros(20),
      declaredSize: 1024,
    });
    const error = await failureOf(extractor.extract(liar, 'docx'));
    expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'zip-bomb' });
    expect((error as ExtractionError).detail).toMatch(
      /too many bytes in the stream\. expected 1024/,
    );
  });

  it('when the archive holds 2001 entries, then it is refused before any is read', async () => {
    const many = buildZip([
      ...minimalDocxEntries(['x']),
      ...Array.from({ length: 1998 }, (_, index) => ({
        name: `word/media/p${index}.xml`,
        data: '',
      })),
    ]);
    const error = await failureOf(extractor.extract(many, 'docx'));
    expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'zip-bomb' });
  });

  it('when maxUncompressedBytes is below a real resume’s size, then that resume is refused', async () => {
    const strict = createTextExtractor({ maxUncompressedBytes: 10_000, maxThreads: 1 });
    try {
      const resume = corpusFile('resumes/docx/np-job-application__john_doe_resume.docx');
      const error = await failureOf(strict.extract(resume, 'docx'));
      expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'zip-bomb' });
      expect((await extractor.extract(resume, 'docx')).text).toContain('Software Engineer');
    } finally {
      await strict.close();
    }
  });
});
