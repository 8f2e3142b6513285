import { afterAll, describe, expect, it } from 'vitest';
import {
  createTextExtractor,
  DEFAULT_TIMEOUT_MS,
  detectResumeType,
  ExtractionError,
  type ExtractionFailureReason,
  hasUsableText,
  type ResumeKind,
} from '../src/index.ts';
import { corpusFile, corpusFiles } from './corpus.helper.ts';

/** What the extractor must make of a hostile file. */
type Outcome =
  | { unreadable: ExtractionFailureReason }
  | { text: string; usable: boolean; pages?: number; truncated?: boolean }
  | { startsWith: string; usable: true; pages?: number; truncated?: boolean };

interface HostileCase {
  /** detectResumeType with only the file name as hint. */
  detected: ResumeKind | null;
  /** Outcome of extract(bytes, kind named by the extension). */
  outcome: Outcome;
}

const empty = (pages?: number): Outcome => ({ text: '', usable: false, pages });

/**
 * Every hostile file, with its exact outcome. pdf.js repairs several files poppler calls broken
 * (bad xref, missing trailer, bad /Count): those yield their few words, which are not usable.
 */
const HOSTILE: Readonly<Record<string, HostileCase>> = {
  'mammoth__empty-zip_as.docx': { detected: null, outcome: { unreadable: 'not-a-docx' } },
  'mammoth__empty.docx': { detected: 'docx', outcome: empty() },
  'mammoth__external-picture.docx': { detected: 'docx', outcome: empty() },
  'mammoth__strict-format.docx': { detected: 'docx', outcome: { text: 'Test', usable: false } },
  'mammoth__text-box.docx': { detected: 'docx', outcome: { text: 'Datum plane', usable: false } },
  'mammoth__utf8-bom.docx': {
    detected: 'docx',
    outcome: { text: 'This XML has a byte order mark.', usable: true },
  },
  'pdfjs__REDHAT-1531897-0.pdf': { detected: 'pdf', outcome: { unreadable: 'corrupt' } },
  'pdfjs__bug1606566.pdf': {
    detected: 'pdf', // no %PDF header: typed by its .pdf name
    outcome: { text: 'Bug 1606566', usable: false, pages: 1 },
  },
  'pdfjs__empty.pdf': { detected: 'pdf', outcome: empty(1) },
  'pdfjs__empty_protected.pdf': { detected: 'pdf', outcome: empty(1) }, // owner password only
  'pdfjs__freeculture.pdf': {
    detected: 'pdf',
    outcome: {
      startsWith: 'This PDF version of\nFree Culture',
      usable: true,
      pages: 352,
      truncated: true,
    },
  },
  'pdfjs__helloworld-bad.pdf': {
    detected: 'pdf',
    outcome: { text: 'Hello, world!', usable: false },
  },
  'pdfjs__issue1293r.pdf': { detected: 'pdf', outcome: { text: 'Issue 1293', usable: false } },
  'pdfjs__issue21579.pdf': { detected: 'pdf', outcome: { unreadable: 'encrypted' } },
  'pdfjs__issue6010_1.pdf': { detected: 'pdf', outcome: { unreadable: 'encrypted' } },
  'pdfjs__issue6069.pdf': {
    detected: 'pdf',
    outcome: { text: 'Missing value for startxref and junk before magic header', usable: true },
  },
  'pdfjs__issue9105_other.pdf': {
    detected: 'pdf',
    outcome: { text: 'Adobe tweet', usable: false },
  },
  'pdfjs__issue9418.pdf': {
    detected: 'pdf',
    outcome: { startsWith: 'Scale\nProject\nDate\nSheet\nRevision/Issue', usable: true, pages: 1 },
  },
  'pdfjs__poppler-67295-0.pdf': {
    detected: 'pdf',
    outcome: { text: 'TestString123', usable: false },
  },
  'pdfjs__poppler-85140-0.pdf': { detected: 'pdf', outcome: empty(1) },
  'pdfjs__print_protection.pdf': { detected: 'pdf', outcome: { unreadable: 'encrypted' } },
  'pdfjs__scan-bad.pdf': { detected: 'pdf', outcome: { text: 'pdf.js', usable: false, pages: 1 } },
  'pdfjs__xref_command_missing.pdf': {
    detected: 'pdf',
    outcome: { text: 'Reduced test-case', usable: false },
  },
  'poi__bug53475-password-is-pass.docx': { detected: null, outcome: { unreadable: 'encrypted' } },
  'poi__clusterfuzz-testcase-minimized-POIXWPFFuzzer-4791943399604224.docx': {
    detected: 'docx', // central directory unreadable, local headers name word/document.xml
    outcome: { unreadable: 'corrupt' },
  },
  'poi__clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx': {
    detected: 'docx', // the CRC error is in word/theme/theme1.xml, which text extraction never reads
    outcome: { startsWith: 'Content control within a paragraph is here', usable: true },
  },
  'poi__truncated62886.docx': { detected: 'docx', outcome: { unreadable: 'corrupt' } },
  'sample-files__imagemagick-images.pdf': { detected: 'pdf', outcome: empty(6) },
  'unstructured__grid_offset_error.docx': {
    detected: 'docx',
    outcome: { text: 'A\n\nMerged B1-B3\n\nC', usable: false },
  },
  'unstructured__pdf2image-memory-error-test-400p.pdf': {
    detected: 'pdf',
    outcome: {
      startsWith: 'EFFECTIVE DATE\n(01-17-2023)\nPURPOSE',
      usable: true,
      pages: 400,
      truncated: true,
    },
  },
};

const extractor = createTextExtractor();
afterAll(() => extractor.close());

describe('hostile corpus', () => {
  it('when the hostile folder is listed, then every file has an expected outcome', () => {
    expect(corpusFiles('hostile')).toEqual(Object.keys(HOSTILE).sort());
  });

  it.each(Object.entries(HOSTILE))(
    'when %s is detected and extracted, then the outcome is exact',
    async (name, expected) => {
      const bytes = corpusFile(`hostile/${name}`);
      expect(await detectResumeType(bytes, { filename: name })).toBe(expected.detected);
      const kind: ResumeKind = name.endsWith('.pdf') ? 'pdf' : 'docx';
      const started = performance.now();
      const attempt = extractor.extract(bytes, kind);
      const { outcome } = expected;
      if ('unreadable' in outcome) {
        const error = await attempt.then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(ExtractionError);
        expect(error).toMatchObject({
          code: 'RESUME_UNREADABLE',
          reason: outcome.unreadable,
          status: 400,
        });
        return;
      }
      const result = await attempt;
      expect(performance.now() - started).toBeLessThan(DEFAULT_TIMEOUT_MS);
      if ('startsWith' in outcome) expect(result.text.startsWith(outcome.startsWith)).toBe(true);
      else expect(result.text).toBe(outcome.text);
      expect(hasUsableText(result.text)).toBe(outcome.usable);
      expect(result.truncated).toBe(outcome.truncated ?? false);
      if (outcome.pages !== undefined) expect(result.pages).toBe(outcome.pages);
      if (kind === 'docx') expect(result.pages).toBeNull();
    },
  );
});
