import { createRequire } from 'node:module';

/** The part of pdfkit's document this file uses. */
interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  font(path: string): PdfKitDocument;
  fontSize(size: number): PdfKitDocument;
  fillColor(color: string): PdfKitDocument;
  text(text: string, options?: { width?: number }): PdfKitDocument;
  end(): void;
}
type PdfKitConstructor = new (options: { size: string; margin: number }) => PdfKitDocument;

// pdfkit and the DejaVu font are dependencies of @prepkit/render; resolve them from there.
const renderRequire = createRequire(new URL('../../render/package.json', import.meta.url));
const PDFDocument = renderRequire('pdfkit') as PdfKitConstructor;
const FONT = renderRequire.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/**
 * A one-column PDF of a resume's text, optionally with a line in white (invisible on the page but
 * present in the text layer): the classic hidden keyword-stuffing trick.
 */
export const renderResumeWithHiddenLine = (text: string, hiddenLine?: string): Promise<Buffer> =>
  new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 48 });
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font(FONT).fontSize(10).fillColor('#000000').text(text);
    if (hiddenLine) doc.fillColor('#ffffff').text(hiddenLine);
    doc.end();
  });
