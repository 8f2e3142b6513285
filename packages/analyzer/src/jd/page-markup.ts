import { asSpaces } from '../text/chars.ts';
import { blankSourceImports } from '../text/source-imports.ts';

/**
 * A posting saved as a web page or its source (HTML, Markdown with front matter, Liquid, WML)
 * carries markup that is never the job: template comments, scripts and styles, tag names and
 * attributes. These functions blank it with spaces, keeping the text's length and line breaks
 * (offsets stay valid), in one pass each.
 */

/** The front matter of a page (`---` ... `---`, or TOML's `+++` ... `+++`, at its very start). */
const FRONT_MATTER =
  /^\uFEFF?(?:---[ \t]*\n[\s\S]{0,20000}?\n---|\+\+\+[ \t]*\n[\s\S]{0,20000}?\n\+\+\+)[ \t]*(?:\n|$)/;

/** The front matter a page starts with, delimiters included; `''` when it has none. */
export const frontMatterOf = (text: string): string => FRONT_MATTER.exec(text)?.[0] ?? '';

/** The text with its front matter (if any) replaced by what `change` makes of it. */
const mapFrontMatter = (text: string, change: (matter: string) => string): string => {
  const front = frontMatterOf(text);
  return front === '' ? text : change(front) + text.slice(front.length);
};

/**
 * The text with its front matter's keys moved to the line start when every key is indented
 * alike (`    title: iOS Developer`): they are still the page's own keys.
 */
export const dedentFrontMatter = (text: string): string =>
  mapFrontMatter(text, (front) => {
    const lines = front.split('\n');
    const inner = lines.slice(1, -2).filter((l) => l.trim().length > 0);
    const indent = Math.min(...inner.map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0));
    if (inner.length === 0 || indent === 0) return front;
    return lines
      .map((l, k) => (k === 0 || l.trim() === '---' || l.trim() === '+++' ? l : l.slice(indent)))
      .join('\n');
  });

/**
 * The employer a front matter names: `organization: Moodle`, `company: Acme`, or `company:`
 * with a nested `name: 'Postman'`; `undefined` when it names none.
 */
const EMPLOYER_FIELD =
  /^(?:company|company_name|organi[sz]ation|employer|org)[ \t]*[:=][ \t]*(?:\n[ \t]+name[ \t]*:[ \t]*)?["']?([^"'\n]{2,60}?)["']?[ \t]*$/im;

/** The employer's name in a page's front matter (see {@link EMPLOYER_FIELD}). */
export const employerOf = (text: string): string | undefined =>
  EMPLOYER_FIELD.exec(frontMatterOf(text))?.[1]?.trim() || undefined;

/** The text after its front matter (metadata lines, never the job's text). */
export const withoutFrontMatter = (text: string): string => text.replace(FRONT_MATTER, '');

interface Span {
  open: RegExp;
  close: RegExp;
}

/** `<!-- ... -->`, `{% comment %} ... {% endcomment %}`, `<script>`, `<style>`. */
const COMMENT_SPANS: readonly Span[] = [
  { open: /<!--/g, close: /-->/g },
  { open: /\{%-?\s*comment\s*-?%\}/g, close: /\{%-?\s*endcomment\s*-?%\}/g },
  { open: /<script\b/gi, close: /<\/script\s*>/gi },
  { open: /<style\b/gi, close: /<\/style\s*>/gi },
];

/** A tag with its attributes (`<div class="x" markdown="1">`, `</a>`, a long `<meta>`); bounded, so linear. */
const TAG = /<\/?[a-zA-Z][^<>]{0,1000}>/g;
/** A page's declaration: `<!DOCTYPE html>` names the page's format, not a skill. */
const DECLARATION = /<![a-zA-Z][^<>]{0,200}>/g;

/** Blanks every `open` ... `close` span (an unclosed one is kept), scanning forward once. */
const blankSpans = (text: string, span: Span): string => {
  let out = '';
  let at = 0;
  for (;;) {
    span.open.lastIndex = at;
    const open = span.open.exec(text);
    if (open === null) break;
    span.close.lastIndex = open.index + open[0].length;
    const close = span.close.exec(text);
    if (close === null) break;
    const end = close.index + close[0].length;
    out += text.slice(at, open.index) + asSpaces(text.slice(open.index, end));
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
};

/**
 * Front-matter keys that file a page on its site, never the job's words: `tags = ["Jobs",
 * "Curation"]`, `archives = ["2023"]`, `categories:` and its list, `style`, `banner`; and the
 * employer's card (`organization: Moodle`, `company:` with its `name: 'Postman'` and `logoUrl`),
 * whose name is no tool the job asks for.
 */
const METADATA_KEY =
  /^[ \t]*(?:tags|categories|archives|hashtags|style|banner|layout|draft|slug|weight|image|images|thumbnail|icon|permalink|menu|series|type|section|aliases|label|labels|id|controls|category|department|departments|team|teams|company|company_name|company_url|organi[sz]ation|org|org_url|employer|logo|logo_?url)[ \t]*[:=]/i;
/** A YAML list item under a key: `  - july-2026`. */
const LIST_ITEM = /^[ \t]*-[ \t]/;
/** How far a line is indented. */
const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * Blanks metadata keys of a front matter (see {@link METADATA_KEY}), with their list items and
 * the keys nested under them (`company:` then `  name: 'Postman'`).
 */
const blankMetadataKeys = (matter: string): string => {
  let keyIndent = -1;
  return matter
    .split('\n')
    .map((line) => {
      if (METADATA_KEY.test(line)) {
        keyIndent = indentOf(line);
        return asSpaces(line);
      }
      if (keyIndent >= 0 && (LIST_ITEM.test(line) || indentOf(line) > keyIndent))
        return asSpaces(line);
      keyIndent = -1;
      return line;
    })
    .join('\n');
};

/** A front matter without its YAML comment lines and metadata keys. */
const blankMatter = (matter: string): string =>
  blankMetadataKeys(matter.replace(/^[ \t]*#.*$/gm, asSpaces));

/** Template comments blanked, and the front matter made what `matter` makes of it (one pass). */
const blankCommentsWith = (text: string, matter: (front: string) => string): string =>
  COMMENT_SPANS.reduce(blankSpans, mapFrontMatter(text, matter));

/**
 * Blanks template comments: YAML comment lines of a page's front matter, HTML and Liquid
 * comments, scripts and styles. Tags themselves are kept (a title may be read from `<h1>`).
 */
export const blankComments = (text: string): string => blankCommentsWith(text, blankMatter);

/** A key's name at the start of a front-matter line: `seo:`, `  templateKey:`. */
const KEY_NAME = /^([ \t]*)([\p{L}_][\p{L}\p{N}_-]*)(?=[ \t]*:(?:[ \t]|$))/gmu;

/**
 * A front matter with the names of its keys blanked, their values kept: a key is the site's
 * word, not the job's ("seo:", "templateKey:"). Not for reading a title, which looks for
 * `title:`.
 */
const blankKeyNames = (matter: string): string =>
  matter.replace(KEY_NAME, (_, indent: string, key: string) => indent + asSpaces(key));

/** An HTML heading's opening tag: `<h2 id="role-summary">`. */
const HEADING_TAG = /<h([1-6])\b[^<>]{0,300}>/gi;

/** `<h2 ...>` as `## ` padded with spaces (a Markdown heading of the same length). */
const asMarkdownHeading = (tag: string, level: string): string => {
  const mark = `${'#'.repeat(Number(level))} `;
  return mark.length <= tag.length && !tag.slice(0, mark.length).includes('\n')
    ? mark + asSpaces(tag.slice(mark.length))
    : asSpaces(tag);
};

/**
 * A tag that starts or ends a block of its own (a list item, a paragraph, a table cell, a line
 * break): what is on either side of it is not one sentence, even without a full stop.
 */
const BLOCK_TAG = /<\/?(?:li|p|br|tr|td|th|dd|dt|div)\b[^<>]{0,1000}>/gi;

/** A block tag as a bullet padded with spaces: a sentence break of the same length. */
const asBreak = (tag: string): string => `•${asSpaces(tag.slice(1))}`;

/**
 * Blanks template comments, every tag's name and attributes, a page's declaration
 * (`<!DOCTYPE html>`) and a page source's module imports; the text between tags stays.
 * An HTML heading's tag becomes a Markdown heading mark, so sections still start there; a
 * block tag becomes a bullet, so "<li>Statistics</li><li>...</li><p>An Equal Opportunity
 * Employer</p>" is three sentences, not one (a boilerplate sentence drops all it holds).
 */
export const blankPageMarkup = (text: string): string =>
  blankSourceImports(blankCommentsWith(text, (front) => blankKeyNames(blankMatter(front))))
    .replace(HEADING_TAG, asMarkdownHeading)
    .replace(BLOCK_TAG, asBreak)
    .replace(TAG, asSpaces)
    .replace(DECLARATION, asSpaces);
