import { isSpace } from './chars.ts';

/** Top-level domains that mark a word chain as a domain name, in the order they are tried. */
const TLDS = ['com', 'org', 'me', 'edu', 'dev', 'co'] as const;

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isWordAt = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
/** `[\w-]` */
const isLabelAt = (text: string, i: number): boolean =>
  isWordAt(text, i) || (i >= 0 && i < text.length && text[i] === '-');

/**
 * Whether the text at `at` starts with `prefix` (lowercase ASCII: a scheme, `www.`, a top-level
 * domain), in any case, read in place without a copy: no other character lowercases to the
 * letters of these prefixes.
 */
const startsWithAt = (text: string, at: number, prefix: string): boolean => {
  if (at < 0 || at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(at + k);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower !== prefix.charCodeAt(k)) return false;
  }
  return true;
};

/**
 * `\b(?:https?:\/\/|file:\/\/|www\.)\S+` at `at`, inside a run of non-spaces ending at `end`.
 * A `file://` address is the footer a browser prints on a page saved from disk.
 */
const urlAt = (text: string, at: number, end: number): boolean => {
  // 'h', 'H', 'w', 'W', 'f', 'F' first: the cheap test that rules out almost every position.
  const c = text.charCodeAt(at);
  if (c !== 104 && c !== 72 && c !== 119 && c !== 87 && c !== 102 && c !== 70) return false;
  if (isWordAt(text, at) === isWordAt(text, at - 1)) return false;
  const prefix = ['http://', 'https://', 'file://', 'www.'].find((p) => startsWithAt(text, at, p));
  return prefix !== undefined && at + prefix.length < end;
};

/**
 * A chain of `[\w-]+` labels joined by single dots, from `at`: its end, and where a domain name
 * that starts there ends (the last label beginning with a top-level domain; -1 when none).
 */
const scanChain = (text: string, at: number, limit: number): { end: number; domainEnd: number } => {
  let i = at;
  let label = 0;
  let domainEnd = -1;
  for (;;) {
    const labelStart = i;
    while (i < limit && isLabelAt(text, i)) i++;
    if (label > 0) {
      const tld = TLDS.find((t) => startsWithAt(text, labelStart, t));
      if (tld !== undefined) domainEnd = labelStart + tld.length;
    }
    if (i + 1 < limit && text[i] === '.' && isLabelAt(text, i + 1)) {
      i++;
      label++;
      continue;
    }
    return { end: i, domainEnd };
  }
};

/** Adds the links of the run `start..end` (no spaces inside) to `cuts`, in text order. */
const blankRun = (text: string, start: number, end: number, cuts: [number, number][]): void => {
  for (let i = start + 1; i < end - 1; i++) {
    if (text.charCodeAt(i) === 64) {
      cuts.push([start, end]);
      return;
    }
  }
  let chainEnd = start;
  let p = start;
  while (p < end) {
    if (urlAt(text, p, end)) {
      cuts.push([p, end]);
      return;
    }
    if (p >= chainEnd && isWordAt(text, p) && !isWordAt(text, p - 1)) {
      const chain = scanChain(text, p, end);
      chainEnd = chain.end;
      if (chain.domainEnd > 0) {
        const to = text[chain.domainEnd] === '/' ? end : chain.domainEnd;
        cuts.push([p, to]);
        chainEnd = Math.max(chainEnd, to);
        p = to;
        continue;
      }
    }
    p++;
  }
};

/**
 * URLs, e-mail addresses and domains name no skill (`github.com/jane`): blanked, length kept.
 * Reads each whitespace-separated run once: a run with an `@` inside is an address; a URL
 * (`http://`, `https://`, `www.`) runs to the end of its run; a domain is a dotted chain whose
 * last label starts with a known top-level domain, with its path. Linear in the text.
 */
export const blankLinks = (text: string): string => {
  const cuts: [number, number][] = [];
  const marks = /[.@:]/g;
  let done = 0;
  // Only a run holding `.`, `@` or `:` can be a link: each such run is read once.
  for (let mark = marks.exec(text); mark !== null; mark = marks.exec(text)) {
    let start = mark.index;
    while (start > done && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = mark.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    done = end;
    marks.lastIndex = end;
    blankRun(text, start, end, cuts);
  }
  if (cuts.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [from, to] of cuts) {
    out += text.slice(last, from) + ' '.repeat(to - from);
    last = to;
  }
  return out + text.slice(last);
};
