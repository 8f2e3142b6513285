import { describe, expect, it } from 'vitest';
import { detectResumeType } from '../src/index.ts';
import { corpusFile, corpusFiles } from './corpus.helper.ts';
import { buildZip, minimalDocxEntries } from './zip-builder.helper.ts';

const PDF_MIME = 'application/pdf';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LIE_PDF = { mimeType: PDF_MIME, filename: 'resume.pdf' };
const LIE_DOCX = { mimeType: DOCX_MIME, filename: 'resume.docx' };

const bytes = (...values: number[]): Uint8Array =>
  Uint8Array.from([...values, ...new Array(64).fill(0x41)]);
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectResumeType on the corpus', () => {
  it.each(corpusFiles('resumes/pdf'))(
    'when %s is sniffed without hints, then it is a pdf',
    async (name) => {
      expect(await detectResumeType(corpusFile(`resumes/pdf/${name}`))).toBe('pdf');
    },
  );

  it.each(corpusFiles('resumes/docx'))(
    'when %s is sniffed without hints, then it is a docx',
    async (name) => {
      expect(await detectResumeType(corpusFile(`resumes/docx/${name}`))).toBe('docx');
    },
  );

  it('when a real PDF is sent with a DOCX MIME type and name, then the bytes win: pdf', async () => {
    const pdf = corpusFile('resumes/pdf/resumematcher__john_doe.pdf');
    expect(await detectResumeType(pdf, LIE_DOCX)).toBe('pdf');
  });

  it('when a real DOCX is sent as application/pdf named cv.pdf, then the bytes win: docx', async () => {
    const docx = corpusFile('resumes/docx/resume-builder__sample-resume.docx');
    expect(await detectResumeType(docx, LIE_PDF)).toBe('docx');
  });

  it('when %PDF- starts at byte 29 after junk (issue6069.pdf), then it is a pdf', async () => {
    expect(await detectResumeType(corpusFile('hostile/pdfjs__issue6069.pdf'))).toBe('pdf');
  });

  it('when a PDF has no %PDF header at all (bug1606566.pdf), then MIME type, then extension decide', async () => {
    const headerless = corpusFile('hostile/pdfjs__bug1606566.pdf');
    expect(await detectResumeType(headerless)).toBeNull();
    expect(await detectResumeType(headerless, { mimeType: PDF_MIME })).toBe('pdf');
    expect(await detectResumeType(headerless, { filename: 'bug1606566.PDF' })).toBe('pdf');
    expect(
      await detectResumeType(headerless, {
        mimeType: 'application/octet-stream',
        filename: 'a.pdf',
      }),
    ).toBe('pdf');
    expect(await detectResumeType(headerless, { mimeType: DOCX_MIME, filename: 'a.pdf' })).toBe(
      'docx',
    );
  });

  it('when the empty zip is named .docx (mammoth__empty-zip_as.docx), then it is unsupported', async () => {
    expect(
      await detectResumeType(corpusFile('hostile/mammoth__empty-zip_as.docx'), LIE_DOCX),
    ).toBeNull();
  });

  it('when a password-protected DOCX (OLE container) is named .docx, then it is unsupported', async () => {
    const ole = corpusFile('hostile/poi__bug53475-password-is-pass.docx');
    expect(await detectResumeType(ole, LIE_DOCX)).toBeNull();
  });

  it('when a DOCX is truncated (no central directory) but names word/document.xml, then it is a docx', async () => {
    expect(await detectResumeType(corpusFile('hostile/poi__truncated62886.docx'))).toBe('docx');
  });
});

describe('detectResumeType on other signatures', () => {
  it('when a plain zip (no word/document.xml) is named resume.docx, then it is unsupported', async () => {
    const zip = buildZip([{ name: 'notes/hello.txt', data: 'hello' }]);
    expect(await detectResumeType(zip, LIE_DOCX)).toBeNull();
  });

  it('when a built zip holds word/document.xml, then it is a docx whatever the hints', async () => {
    const docx = buildZip(minimalDocxEntries(['Jane Doe']));
    expect(await detectResumeType(docx, { mimeType: 'image/png', filename: 'x.png' })).toBe('docx');
  });

  it.each([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['GIF', ascii('GIF89a\u0001\u0000')],
    ['OLE/CFB (.doc)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['RTF', ascii('{\\rtf1\\ansi Jane Doe, engineer}')],
    ['ELF', bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01)],
    ['plain text', ascii('Jane Doe\nSenior engineer\nSkills: TypeScript, Go\n')],
    ['UTF-8 text with accents', ascii('José Pérez — Ingeniero de software\n')],
    [
      'a PNG with %PDF- inside',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ascii('%PDF-1.7')]),
    ],
  ])(
    'when %s bytes come as resume.pdf with application/pdf, then it is unsupported',
    async (_name, data) => {
      expect(await detectResumeType(data, LIE_PDF)).toBeNull();
      expect(await detectResumeType(data, LIE_DOCX)).toBeNull();
    },
  );

  it('when bytes match no signature, then the MIME type decides before the extension', async () => {
    const unknown = Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0x99, 0x42]);
    expect(await detectResumeType(unknown)).toBeNull();
    expect(await detectResumeType(unknown, { mimeType: 'Application/PDF; charset=binary' })).toBe(
      'pdf',
    );
    expect(await detectResumeType(unknown, { mimeType: DOCX_MIME, filename: 'cv.pdf' })).toBe(
      'docx',
    );
    expect(await detectResumeType(unknown, { filename: 'C:\\Users\\me\\CV.DOCX' })).toBe('docx');
    expect(
      await detectResumeType(unknown, { mimeType: 'text/plain', filename: 'cv.txt' }),
    ).toBeNull();
  });

  it('when the upload is empty, then the hints decide (extraction will call it unreadable)', async () => {
    expect(await detectResumeType(new Uint8Array(), { filename: 'cv.pdf' })).toBe('pdf');
    expect(await detectResumeType(new Uint8Array())).toBeNull();
  });

  it('when %PDF- appears only after the first 1024 bytes, then it is not taken for a pdf', async () => {
    const late = new Uint8Array(2048);
    late.fill(0x01);
    late.set(ascii('%PDF-1.4'), 1500);
    expect(await detectResumeType(late)).toBeNull();
  });
});
