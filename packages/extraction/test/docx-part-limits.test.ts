import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createTextExtractor, ExtractionError } from '../src/index.ts';
import { buildZip, minimalDocxEntries } from './zip-builder.helper.ts';

const extractor = createTextExtractor({ maxThreads: 1 });
afterAll(() => extractor.close());

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A styles part of `count` real-looking paragraph styles (what bloated real files carry). */
const bloatedStyles = (count: number) => {
  const styles = Array.from(
    { length: count },
    (_, i) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Style${i}"><w:name w:val="Custom style ${i}"/>` +
      `<w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="${18 + (i % 8)}"/></w:rPr></w:style>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${styles}</w:styles>`;
};

const withParts = (paragraphs: string[], extra: Array<{ name: string; data: string }>) =>
  buildZip([...minimalDocxEntries(paragraphs), ...extra]);

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('DOCX part-size limits', () => {
  it('when word/styles.xml is 2.5 MB (a real-world bloat), then the file is refused as unreadable before mammoth parses it', async () => {
    const styles = bloatedStyles(11_000);
    expect(styles.length).toBeGreaterThan(2_400_000);
    const docx = withParts(['Jane Doe', 'Engineer'], [{ name: 'word/styles.xml', data: styles }]);
    expect(docx.length).toBeLessThan(600 * 1024);
    const error = await failureOf(extractor.extract(docx, 'docx'));
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'oversized-part' });
    expect((error as ExtractionError).detail).toMatch(
      /word\/styles\.xml is \d+ bytes \(limit 1048576\)/,
    );
  });

  it('when word/document.xml is over 8 MiB, then the file is refused; a long but real resume passes', async () => {
    const line =
      'Led the migration of billing services to TypeScript and PostgreSQL, cutting costs.';
    // Varied lines (a ticket id each), so the part compresses like text, not like a bomb.
    const huge = withParts(
      Array.from({ length: 100_000 }, () => `${line} ${randomBytes(8).toString('hex')}`),
      [],
    );
    const error = await failureOf(extractor.extract(huge, 'docx'));
    expect(error).toMatchObject({ code: 'RESUME_UNREADABLE', reason: 'oversized-part' });

    const long = withParts(
      Array.from({ length: 2_000 }, (_, i) => `${i}. ${line}`),
      [{ name: 'word/styles.xml', data: bloatedStyles(200) }],
    );
    const ok = await extractor.extract(long, 'docx');
    expect(ok.text).toContain('1999. Led the migration');
  });
});
