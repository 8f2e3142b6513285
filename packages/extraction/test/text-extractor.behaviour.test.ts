import { describe, expect, it } from 'vitest';
import {
  createTextExtractor,
  ExtractionError,
  hasUsableText,
  MAX_TEXT_CHARS,
} from '../src/index.ts';
import { corpusFile } from './corpus.helper.ts';

const BOOK_400 = 'hostile/unstructured__pdf2image-memory-error-test-400p.pdf';
const BOOK_352 = 'hostile/pdfjs__freeculture.pdf';

/** Largest gap between ticks of a 10 ms interval (including the last one) while `work` runs. */
async function largestLoopGap(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let largest = 0;
  const tick = (): void => {
    const now = performance.now();
    largest = Math.max(largest, now - last);
    last = now;
  };
  const interval = setInterval(tick, 10);
  try {
    await work();
  } finally {
    clearInterval(interval);
    tick();
  }
  return largest;
}

describe('createTextExtractor behaviour', () => {
  it('when the whole 400-page PDF is extracted, then the caller’s event loop keeps ticking meanwhile', async () => {
    // Parsing all 400 pages takes 0.3-0.9 s of pdf.js work that never yields: on the main thread
    // the interval would not tick at all meanwhile.
    const extractor = createTextExtractor({ maxPages: 400 });
    try {
      let pages: number | null = null;
      const started = performance.now();
      const gap = await largestLoopGap(async () => {
        pages = (await extractor.extract(corpusFile(BOOK_400), 'pdf')).pages;
      });
      const total = performance.now() - started;
      expect(pages).toBe(400);
      expect(total).toBeGreaterThan(200);
      // On the caller's thread the loop would not tick at all until the parse ended (gap ~
      // total). Off it, the gaps are scheduling noise, however slow a loaded machine makes both.
      expect(gap).toBeLessThan(total / 2);
    } finally {
      await extractor.close();
    }
  });

  it('when 8 extractions run at once, then all succeed with their own text', async () => {
    const extractor = createTextExtractor();
    const files = [
      ['resumes/pdf/resumematcher__john_doe.pdf', 'pdf', 'JOHN DOE'],
      ['resumes/pdf/jakes-resume__resume.pdf', 'pdf', 'Andrew Fantino'],
      ['resumes/pdf/moderncv__template-zh.pdf', 'pdf', '教育背景'],
      [BOOK_352, 'pdf', 'Free Culture'],
      ['resumes/docx/resume-builder__sample-resume.docx', 'docx', 'Jane Smith'],
      ['resumes/docx/np-job-application__john_doe_resume.docx', 'docx', 'John Doe'],
      ['resumes/docx/linkedin-to-word__templates_resume.docx', 'docx', '{{ firstName }}'],
      [BOOK_400, 'pdf', 'EFFECTIVE DATE'],
    ] as const;
    try {
      const results = await Promise.all(
        files.map(([path, kind]) => extractor.extract(corpusFile(path), kind)),
      );
      results.forEach((result, index) => {
        expect(result.text).toContain(files[index]![2]);
        expect(hasUsableText(result.text)).toBe(true);
      });
    } finally {
      await extractor.close();
    }
  });

  it('when the caller passes a pooled Buffer or a view, then its bytes stay intact and usable', async () => {
    const extractor = createTextExtractor({ maxThreads: 1 });
    try {
      const file = corpusFile('resumes/pdf/resumematcher__john_doe.pdf');
      const padded = new Uint8Array(file.length + 16);
      padded.set(file, 8);
      const view = padded.subarray(8, 8 + file.length);
      const first = await extractor.extract(view, 'pdf');
      expect(view.byteLength).toBe(file.length);
      expect(Buffer.compare(view, file)).toBe(0);
      expect((await extractor.extract(view, 'pdf')).text).toBe(first.text);
      const pooled = Buffer.from('not a pdf at all');
      await expect(extractor.extract(pooled, 'pdf')).rejects.toBeInstanceOf(ExtractionError);
      expect(pooled.toString()).toBe('not a pdf at all');
    } finally {
      await extractor.close();
    }
  });

  it('when maxPages is 3, then only 3 pages are read and the result says truncated', async () => {
    const extractor = createTextExtractor({ maxPages: 3 });
    try {
      const three = await extractor.extract(corpusFile('resumes/pdf/awesome-cv__cv.pdf'), 'pdf');
      const all = await createTextExtractor().extract(
        corpusFile('resumes/pdf/awesome-cv__cv.pdf'),
        'pdf',
      );
      expect(three).toMatchObject({ pages: 5, truncated: true });
      expect(all).toMatchObject({ pages: 5, truncated: false });
      expect(all.text.startsWith(three.text.slice(0, 500))).toBe(true);
      expect(three.text.length).toBeLessThan(all.text.length * 0.8);
    } finally {
      await extractor.close();
    }
  });

  it('when a whole book yields more than MAX_TEXT_CHARS, then the text is cut there and says truncated', async () => {
    const extractor = createTextExtractor({ maxPages: 400 });
    try {
      const book = await extractor.extract(corpusFile(BOOK_352), 'pdf');
      expect(book.pages).toBe(352);
      expect(book.truncated).toBe(true);
      expect(book.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(book.text.length).toBeGreaterThan(MAX_TEXT_CHARS - 100);
    } finally {
      await extractor.close();
    }
  });

  it('when a document outlasts timeoutMs, then it is RESUME_UNREADABLE (timeout) and the pool carries on', async () => {
    // The whole 352-page book takes 0.6-0.9 s of parsing; the cap counts from when the worker
    // starts on it (thread start-up excluded), and the worker is terminated at the cap.
    const extractor = createTextExtractor({ maxPages: 400, timeoutMs: 300, maxThreads: 1 });
    try {
      const started = performance.now();
      const error = await extractor
        .extract(corpusFile(BOOK_352), 'pdf')
        .catch((caught: unknown) => caught);
      // "Did not hang": parsing the whole book would take far longer under this load too.
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(error).toBeInstanceOf(ExtractionError);
      expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'timeout' });
      // The pool carries on: a small file then succeeds on the replacement thread. Its first
      // task also loads pdf.js, which a loaded machine can stretch past this extractor's 300 ms
      // cap, so a few tries are allowed; a dead pool would fail every one.
      let next: { text: string } | null = null;
      for (let attempt = 0; attempt < 5 && !next; attempt += 1) {
        next = await extractor
          .extract(corpusFile('hostile/pdfjs__helloworld-bad.pdf'), 'pdf')
          .catch(() => null);
      }
      expect(next?.text).toBe('Hello, world!');
    } finally {
      await extractor.close();
    }
  });

  it('when the extractor is closed, then extract rejects with a plain error', async () => {
    const extractor = createTextExtractor();
    await extractor.close();
    await expect(extractor.extract(corpusFile(BOOK_352), 'pdf')).rejects.toThrow(
      'The text extractor is closed.',
    );
    await extractor.close();
  });

  it('when an option is not a positive integer, then createTextExtractor throws a RangeError', () => {
    expect(() => createTextExtractor({ maxPages: 0 })).toThrow(RangeError);
    expect(() => createTextExtractor({ timeoutMs: 1.5 })).toThrow(/timeoutMs/);
  });
});
