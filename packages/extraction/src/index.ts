export { detectResumeType, type ResumeTypeHints } from './detect-resume-type.ts';
export {
  ExtractionError,
  type ExtractionErrorCode,
  type ExtractionErrorOptions,
  type ExtractionFailureReason,
  isExtractionError,
} from './extraction-error.ts';
export { normalizeText } from './normalize-text.ts';
export type { ResumeKind } from './resume-kind.ts';
export {
  createTextExtractor,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  DEFAULT_TIMEOUT_MS,
  type ExtractorOptions,
  type ExtractResult,
  MAX_TEXT_CHARS,
  type TextExtractor,
} from './text-extractor.ts';
export { hasUsableText } from './usable-text.ts';
