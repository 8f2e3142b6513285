import { startsWithCapital } from './chars.ts';

/** A word of the text: its position in the folded text, its text as written and lowercased. */
export interface Token {
  start: number;
  end: number;
  /** As written (accents folded). */
  raw: string;
  /** Lowercased. */
  norm: string;
  /**
   * Lowercased, without trailing `+`/`#` (`es6+` -> `es6`) or an acronym's plural `s` (`IRBs`
   * -> `irb`); equal to norm otherwise.
   */
  base: string;
  /** {@link base} in the case written (`IRBs` -> `IRB`), for names whose case carries meaning. */
  rawBase: string;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordCache = new Map<number, boolean>();

/** Code units of the letter or digit (`[\p{L}\p{N}]`) at `i`: 0 when there is none, 1, or 2 (astral). */
export const wordCharLength = (text: string, i: number): number => {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      ? 1
      : 0;
  }
  const point = text.codePointAt(i) as number;
  let is = wordCache.get(point);
  if (is === undefined) {
    is = WORD_CHAR.test(String.fromCodePoint(point));
    wordCache.set(point, is);
  }
  return is ? (point > 0xffff ? 2 : 1) : 0;
};

/** The end of the run of letters/digits starting at `i` (`i` when there is none). */
const wordRunEnd = (text: string, i: number): number => {
  let j = i;
  for (let n = wordCharLength(text, j); n > 0; n = wordCharLength(text, j)) j += n;
  return j;
};

/** The plural of an acronym of three letters or more: `IRBs`, `SDKs`, `CRMs`. */
const ACRONYM_PLURAL = /^[A-Z][A-Z0-9]{2,}s$/;
/**
 * Acronyms of a role or a title, whose plural names people, not the skill: "work with SREs",
 * "our CPAs", "DBAs".
 */
const PEOPLE_ACRONYMS = new Set([
  'sre',
  'cpa',
  'dba',
  'pmp',
  'cfa',
  'sde',
  'swe',
  'tpm',
  'csm',
  'cissp',
  'cto',
  'cfo',
  'ceo',
]);
/** A space, then `++` or `#` that no word character follows: the sign of a spaced `C ++`. */
const SPACED_SIGNS = /^ (?:\+\+|#)(?![\p{L}\p{N}+#])/u;
const DOT = 46;
const PLUS = 43;
const HASH = 35;
const MIDDLE_DOT = 0xb7;
/**
 * The endings French inclusive writing adds after a middle dot ("chargé·e", "développeur·euse·s",
 * "fier·ère"): lower case, so a list set with middle dots ("Python·Go") keeps its words.
 */
const INCLUSIVE_ENDINGS = new Set([
  'e',
  'es',
  'ne',
  'nes',
  'se',
  'ses',
  'euse',
  'euses',
  'rice',
  'rices',
  'ere',
  'eres',
  've',
  'ves',
  'le',
  'les',
  'fe',
  's',
]);

/**
 * The end of the inclusive endings written after a word ending at `end` ("·e", "·euse·s"), or
 * `end` when there are none: "chargé·e de projet" reads as "chargé de projet".
 */
const inclusiveEndingsEnd = (text: string, end: number): number => {
  let at = end;
  for (let n = 0; n < 2 && text.charCodeAt(at) === MIDDLE_DOT; n++) {
    const runEnd = wordRunEnd(text, at + 1);
    const ending = text.slice(at + 1, runEnd);
    if (!INCLUSIVE_ENDINGS.has(ending) || (ending === 's' && n === 0)) break;
    at = runEnd;
  }
  return at;
};

/**
 * Splits (already accent-folded) text into tokens. Words are runs of letters/digits, keeping
 * dotted names (`node.js`, `asp.net`), a leading dot (`.net`) and trailing `+`/`#` (`c++`,
 * `c#`), and the endings of French inclusive writing (`chargé·e`: the word `chargé`, its end after
 * the endings). Hyphens, slashes and spaces separate words. One pass, no regular expression per
 * word.
 */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  // A repeated word is lowercased once.
  const seen = new Map<string, { norm: string; base: string; rawBase: string }>();
  let i = 0;
  while (i < text.length) {
    const dotted = text.charCodeAt(i) === DOT && wordCharLength(text, i + 1) > 0;
    if (!dotted && wordCharLength(text, i) === 0) {
      i++;
      continue;
    }
    let start = i;
    let end = wordRunEnd(text, dotted ? i + 1 : i);
    while (text.charCodeAt(end) === DOT && wordCharLength(text, end + 1) > 0) {
      end = wordRunEnd(text, end + 1);
    }
    while (text.charCodeAt(end) === PLUS || text.charCodeAt(end) === HASH) end++;
    // One letter, a space and `++` or `#`, as some PDFs set them: `C ++` is `C++`.
    const spaced = end === start + 1 && SPACED_SIGNS.exec(text.slice(end, end + 4));
    if (spaced) end += spaced[0].length;
    const wordEnd = end;
    end = inclusiveEndingsEnd(text, end);
    i = end;
    // A leading dot belongs to the word only after a non-word character (`.NET`, not `end.Next`).
    if (dotted && start > 0 && isWordCharBefore(text, start)) start += 1;
    const word = text.slice(start, wordEnd);
    const raw = spaced ? word.replace(' ', '') : word;
    let forms = seen.get(raw);
    if (forms === undefined) {
      const norm = raw.toLowerCase();
      const last = norm.charCodeAt(norm.length - 1);
      // Words ending in `+` or `#` have a different base, and the plural of an acronym: `IRBs`.
      const rawBase =
        last === PLUS || last === HASH
          ? raw.replace(/[+#]+$/, '')
          : ACRONYM_PLURAL.test(raw) && !PEOPLE_ACRONYMS.has(norm.slice(0, -1))
            ? raw.slice(0, -1)
            : raw;
      forms = { norm, base: rawBase === raw ? norm : rawBase.toLowerCase(), rawBase };
      seen.set(raw, forms);
    }
    tokens.push({ start, end, raw, norm: forms.norm, base: forms.base, rawBase: forms.rawBase });
  }
  return tokens;
};

/** Whether the character before `at` is a letter or digit (an astral one too). */
const isWordCharBefore = (text: string, at: number): boolean =>
  wordCharLength(text, at - 1) === 1 || (at >= 2 && wordCharLength(text, at - 2) === 2);

/** The text between token `k` and the next one ("" when they touch, "" past the last token). */
export const gapAfter = (text: string, tokens: readonly Token[], k: number): string => {
  const next = tokens[k + 1];
  return next === undefined ? '' : text.slice((tokens[k] as Token).end, next.start);
};

/** Whether a word begins with a capital letter ("Gestión", "IBM"): names, titles, departments. */
export const isCapitalised = (token: Token): boolean => startsWithCapital(token.raw);
