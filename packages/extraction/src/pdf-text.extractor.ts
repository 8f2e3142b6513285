import { PDFParse, VerbosityLevel } from 'pdf-parse';
import { repairPdfGlyphs } from './pdf-glyph-repair.ts';
import { drawnChars, type OperatorList, removeHiddenChars } from './pdf-hidden-text.ts';
import { joinLineHyphens } from './pdf-line-hyphens.ts';

/** Text of the first pages of a PDF, and how many pages it has. */
export interface PdfText {
  text: string;
  pages: number;
  truncated: boolean;
  /** Characters drawn where a reader cannot see them (see {@link drawnChars}), left out of `text`. */
  hiddenChars: number;
}

/** The parts of a pdf.js page read here. */
interface PdfPage {
  view: number[];
  /** Fonts (by the name `setFont` gives) once the operator list has loaded them. */
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  getOperatorList(): Promise<OperatorList>;
  getTextContent(params?: unknown): Promise<{ items: object[] }>;
}
type PageTextFn = (page: PdfPage, params: unknown, total: number) => Promise<string>;

/**
 * Extracts the text of the first `maxPages` pages with pdf-parse (pdf.js), without the text a
 * reader cannot see (invisible render mode, white, under 2 pt, off the page): each page's
 * text items are filtered against its drawing operators before pdf-parse lays them out.
 * `data` is handed to pdf.js, which detaches it: pass bytes nobody else uses. pdf.js warnings
 * are silenced, eval (font compilation) is off. LaTeX's spacing accents and Word's ligature
 * glyphs are read as the letters they print ({@link repairPdfGlyphs}). Throws pdf-parse's typed errors
 * (PasswordException, InvalidPDFException, FormatError...).
 */
export async function extractPdfText(data: Uint8Array, maxPages: number): Promise<PdfText> {
  const parser = new PDFParse({
    data,
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let hiddenChars = 0;
  // pdf-parse lays out one page's items in a private method: wrap it to filter the items first.
  const target = parser as unknown as { getPageText: PageTextFn };
  const layout = target.getPageText.bind(parser);
  target.getPageText = async (page, params, total) => {
    const p = (params ?? {}) as { includeMarkedContent?: boolean; disableNormalization?: boolean };
    const [content, ops] = await Promise.all([
      page.getTextContent({
        includeMarkedContent: !!p.includeMarkedContent,
        disableNormalization: !!p.disableNormalization,
      }),
      page.getOperatorList(),
    ]);
    const fontMatrixOf = (name: string): ArrayLike<number> | undefined =>
      page.commonObjs.has(name)
        ? (page.commonObjs.get(name) as { fontMatrix?: ArrayLike<number> } | null)?.fontMatrix
        : undefined;
    hiddenChars += removeHiddenChars(content.items, drawnChars(ops, page.view, fontMatrixOf));
    // The page's own object (pdf.js keeps private state on it), with the filtered items.
    page.getTextContent = async () => content;
    return layout(page, params, total);
  };
  try {
    const result = await parser.getText({ first: maxPages, pageJoiner: '' });
    return {
      text: joinLineHyphens(repairPdfGlyphs(result.text)),
      pages: result.total,
      truncated: result.total > maxPages,
      hiddenChars,
    };
  } finally {
    await parser.destroy();
  }
}
