import { DocxArchiveRefusal } from './docx-archive.guard.ts';
import { extractDocxText } from './docx-text.extractor.ts';
import type { ExtractionTask, ExtractionTaskResult } from './extraction-task.ts';
import { normalizeText } from './normalize-text.ts';
import { extractPdfText } from './pdf-text.extractor.ts';

/**
 * A one-page PDF parsed once as the thread starts: pdf.js sets up its in-thread worker on its
 * first document, which on a loaded machine can take longer than a task's whole time cap. Done
 * here, it counts as thread start-up (before the task's timeout starts), not against a resume.
 */
const WARM_UP_PDF = new TextEncoder().encode(
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
await extractPdfText(WARM_UP_PDF, 1).catch(() => undefined);

/**
 * Worker-thread entry (piscina calls this export by name). Never throws for a bad document: it
 * answers `{ ok: false, reason }` so that only infrastructure failures reject the task.
 */
export async function runExtractionTask(task: ExtractionTask): Promise<ExtractionTaskResult> {
  task.started?.postMessage('started');
  task.started?.close();
  try {
    const { text, pages, truncated, hiddenChars } =
      task.kind === 'pdf'
        ? await extractPdfText(task.bytes, task.maxPages)
        : { ...(await extractDocxText(task.bytes, task)), pages: null, truncated: false };
    const normalised = normalizeText(text);
    const overLong = normalised.length > task.maxTextChars;
    return {
      ok: true,
      text: overLong ? normalised.slice(0, task.maxTextChars).trimEnd() : normalised,
      pages,
      truncated: truncated || overLong,
      hiddenChars,
    };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): ExtractionTaskResult {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof DocxArchiveRefusal) return { ok: false, reason: error.reason, detail };
  if (error instanceof Error && error.name === 'PasswordException') {
    return { ok: false, reason: 'encrypted', detail };
  }
  if (error instanceof Error && /main document part/i.test(error.message)) {
    return { ok: false, reason: 'not-a-docx', detail };
  }
  return { ok: false, reason: 'corrupt', detail };
}
