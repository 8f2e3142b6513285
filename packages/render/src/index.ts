export { downloadFilename } from './download-filename.ts';
export { escapeHtml } from './html-escape.ts';
export { PAPER_SIZES, type PaperSize, readPaperSize } from './paper.ts';
export { type ExportableReport, renderMarkdown } from './report-markdown.ts';
export { renderReportPdf } from './report-pdf.ts';
export { renderResumeHtml } from './resume-html.ts';
export { renderResumePdf } from './resume-pdf.ts';
