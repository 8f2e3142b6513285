import { asSpaces } from '../text/chars.ts';
import { blankSourceImports } from '../text/source-imports.ts';

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

/**
 * A site template's section heading over nothing but a loop that fills it at build time:
 * "Teaching\n======\n<ul>{% for post in site.teaching %}". The file shows the heading, not a
 * course taught or a talk given (academicpages CVs keep these even when the collection is
 * empty). Up to three blank lines between; the heading itself is one short line.
 */
const LOOP_HEADING =
  /^[ \t]*(?:#{1,4}[ \t]*)?[^\n{}<]{1,40}(?=\n(?:[ \t]*=+[ \t]*\n)?(?:[ \t]*\n){0,3}[ \t]*(?:<ul>)?[ \t]*\{%-?[ \t]*for\b)/gm;

/** A Liquid tag of a site template: "{% for post in site.teaching %}", "{% include x.html %}". */
const LIQUID_TAG = /\{%[^%\n]{0,200}%\}/g;

/**
 * Blanks the rendering settings, the headings of template loops, Liquid tags and a source
 * file's module imports (same length; linear).
 */
export const blankTemplateParts = (folded: string): string =>
  blankSourceImports(
    blankRenderSettings(folded).replace(LOOP_HEADING, asSpaces).replace(LIQUID_TAG, asSpaces),
  );
