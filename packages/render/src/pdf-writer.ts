import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { PaperSize } from './paper.ts';

const require = createRequire(import.meta.url);
/** DejaVu Sans, shipped in the `dejavu-fonts-ttf` npm package: no system font is needed (Docker too). */
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

const MARGIN = 48;
const BULLET_INDENT = 12;

/** The few blocks prepkit's documents are made of. */
export interface PdfWriter {
  title(text: string): void;
  subtitle(text: string): void;
  /** A section heading with a rule under it. */
  heading(text: string): void;
  /** A bold line (a role, a project, a question). */
  strong(text: string): void;
  /** A smaller grey line (dates, places). */
  meta(text: string): void;
  paragraph(text: string): void;
  bullet(text: string): void;
  gap(lines?: number): void;
}

export interface PdfOptions {
  paper?: PaperSize;
  /** The document's metadata title. */
  title: string;
  author?: string;
}

/**
 * Writes a PDF with pdfkit: embedded (subset) DejaVu Sans fonts, so the text is real text that
 * can be selected, searched and read by applicant-tracking systems, in any language DejaVu
 * covers. Offline and in-process.
 */
export const writePdf = (
  options: PdfOptions,
  build: (writer: PdfWriter) => void,
): Promise<Buffer> => {
  const doc = new PDFDocument({
    size: options.paper === 'letter' ? 'LETTER' : 'A4',
    margin: MARGIN,
    compress: true,
    info: {
      Title: options.title,
      ...(options.author ? { Author: options.author } : {}),
      Creator: 'prepkit',
      Producer: 'prepkit (pdfkit)',
    },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = () => doc.page.width - MARGIN * 2;
  const text = (font: 'regular' | 'bold', size: number, value: string, color = '#1a1a1a') => {
    doc.x = MARGIN;
    doc.font(font).fontSize(size).fillColor(color).text(value, { width: width() });
  };
  const writer: PdfWriter = {
    title: (v) => text('bold', 20, v),
    subtitle: (v) => text('regular', 11.5, v, '#333333'),
    heading(v) {
      doc.moveDown(0.6);
      text('bold', 11, v.toUpperCase());
      const y = doc.y + 1;
      doc
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + width(), y)
        .lineWidth(0.6)
        .strokeColor('#999999')
        .stroke();
      doc.y = y + 4;
    },
    strong: (v) => text('bold', 10.5, v),
    meta: (v) => text('regular', 9, v, '#555555'),
    paragraph: (v) => text('regular', 10, v),
    bullet(v) {
      doc.font('regular').fontSize(10).fillColor('#1a1a1a');
      const y = doc.y;
      doc.text('•', MARGIN, y, { lineBreak: false });
      doc.text(v, MARGIN + BULLET_INDENT, y, { width: width() - BULLET_INDENT });
      doc.x = MARGIN;
    },
    gap: (lines = 0.4) => void doc.moveDown(lines),
  };
  build(writer);
  doc.end();
  return done;
};
