import { PDFParse, VerbosityLevel } from 'pdf-parse';

/** Text of the first pages of a PDF, and how many pages it has. */
export interface PdfText {
  text: string;
  pages: number;
  truncated: boolean;
}

/**
 * Extracts the text of the first `maxPages` pages with pdf-parse (pdf.js). `data` is handed to
 * pdf.js, which detaches it: pass bytes nobody else uses. pdf.js warnings are silenced, eval
 * (font compilation) is off. Throws pdf-parse's typed errors (PasswordException,
 * InvalidPDFException, FormatError...).
 */
export async function extractPdfText(data: Uint8Array, maxPages: number): Promise<PdfText> {
  const parser = new PDFParse({
    data,
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const result = await parser.getText({ first: maxPages, pageJoiner: '' });
    return { text: result.text, pages: result.total, truncated: result.total > maxPages };
  } finally {
    await parser.destroy();
  }
}
