import { asSpaces } from '../text/chars.ts';

/**
 * A resume tool's rendering settings written into a YAML or JSON resume: `engine: latex`,
 * `template: moderncv-banking`, `typography:`, `fontSize: 11pt`, `theme: calm`. They say how
 * the file is printed, not what the person can do (`Engine: Unreal` in a skills list stays).
 */
const SETTING_LINE =
  /^[ \t]*-?[ \t]*["']?(?:(?:engine|format|output)["']?[ \t]*:[ \t]*["']?(?:latex|tex|typst|markdown|html|pdf|docx)\b|(?:template|theme|typography|font|font_?size|font_?family|paper_?size|show_?page_?numbers|layouts?|margins|line_?spacing)["']?[ \t]*:).*$/gim;

/** Blanks the rendering settings of a resume file (same length; linear). */
export const blankRenderSettings = (folded: string): string =>
  folded.replace(SETTING_LINE, asSpaces);
