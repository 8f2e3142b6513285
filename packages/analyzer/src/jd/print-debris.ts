import { asSpaces } from '../text/chars.ts';

/** Lines longer than this are prose, never debris (and are not copied). */
const MAX_DEBRIS_LINE = 200;

/** A line a browser or a site adds around a posting, whatever its neighbours. */
const DEBRIS_LINE = [
  /\bpage \d+ (?:of|de) \d+\b|\bp[aá]gina \d+ de \d+\b/i, // page furniture
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}\b/, // a print stamp: "13/1/24, 15:01"
  /\b(?:we use|(?:site|website) uses|accept(?: all)?|reject(?: all)?|manage|necessary) cookies\b|\bcookies? (?:policy|settings|preferences|consent|notice)\b/i, // a cookie banner
  /^\s*(?:skip to (?:main )?content|back to top|share (?:this )?job|apply now|sign in|log ?in)\s*$/i,
  // The employer's unit as a field of the posting: "Department: Digital and Customer Services".
  /^[\s|>*-]*(?:department|directorate|division|business unit|service area|service\/section|postholder section|agency|organi[sz]ational unit)\s*:/i,
];

/** The links of a site's footer or menu: debris when two or more stand on adjacent lines. */
const MENU_ITEM =
  /^\s*(?:accessibility(?: statement)?|privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?|terms and conditions|cookie (?:policy|settings|preferences)|site ?map|contact(?: us)?|careers?|jobs|home|legal(?: notice)?|imprint|help|faq|about us|press|news|blog|events|search|menu|login|log in|sign in|sign up|copyright\b.*|©.*|all rights reserved\.?|facebook|twitter|linkedin|instagram|youtube|x)\s*$/i;

/** Separators of a navigation bar or breadcrumbs: "Home | Careers | Accessibility". */
const NAV_SEPARATOR = /\s[|›»·]\s/;

/** A bar of three or more items, one of them a site link. */
const isNavigationBar = (line: string): boolean => {
  if (!NAV_SEPARATOR.test(line)) return false;
  const items = line.split(NAV_SEPARATOR);
  return items.length >= 3 && items.some((item) => MENU_ITEM.test(item));
};

/** A hashtag: "#marketing", "#ui/ux" (not "C#", not an entity "&#39;"). */
const HASHTAG = /(?<![\p{L}\p{N}#&])#\p{L}[\p{L}\p{N}/+._-]*/gu;

/**
 * A job board's tags ("hashtags: #management,#finance,#ui/ux", "experience in: #marketing,
 * #css"): made by the board, often wrong, never the employer's words. Blanked where a line has
 * two or more; a single "#include" or "#1" stays.
 */
const blankHashtags = (line: string): string => {
  if (!line.includes('#')) return line;
  const tags = line.match(HASHTAG);
  return tags !== null && tags.length >= 2 ? line.replace(HASHTAG, asSpaces) : line;
};

/**
 * Blanks print debris in a (folded) posting, keeping its length: navigation bars, page furniture,
 * print dates, cookie banners, footer or menu blocks (two or more adjacent lines that are only
 * site links), and a job board's hashtags. One pass over the lines.
 */
export const blankPrintDebris = (text: string): string => {
  const lines = text.split('\n');
  const isMenu = lines.map((l) => l.length <= MAX_DEBRIS_LINE && MENU_ITEM.test(l));
  let changed = false;
  const out = lines.map((line, i) => {
    const untagged = blankHashtags(line);
    if (untagged !== line) changed = true;
    if (line.length > MAX_DEBRIS_LINE) return untagged;
    const inMenuBlock = isMenu[i] === true && (isMenu[i - 1] === true || isMenu[i + 1] === true);
    if (inMenuBlock || isNavigationBar(line) || DEBRIS_LINE.some((re) => re.test(line))) {
      changed = true;
      return asSpaces(line);
    }
    return untagged;
  });
  return changed ? out.join('\n') : text;
};
