const cache = new Map<string, string>();

const foldChar = (c: string): string => {
  let folded = cache.get(c);
  if (folded === undefined) {
    const stripped = c.normalize('NFD').replace(/\p{M}+/gu, '');
    folded = stripped.length === c.length ? stripped : c;
    cache.set(c, folded);
  }
  return folded;
};

/** Per code unit of the Basic Multilingual Plane: 1 once it is known to fold to itself ("•"). */
const UNCHANGED = new Uint8Array(0x10000);

/** The first character that is not ASCII. */
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Strips accents (é -> e, ñ -> n) so matching is accent-insensitive; keeps the case and the
 * length, so offsets in the folded text are offsets in `text.normalize('NFC')`. ASCII text is
 * returned as it is; only non-ASCII characters are looked at, and a text none of whose
 * characters changes ("•", CJK, Arabic) is returned as it is too, without building a copy.
 */
export const foldAccents = (text: string): string => {
  const first = text.search(NON_ASCII);
  if (first < 0) return text;
  const pieces: string[] = [];
  let from = 0;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || UNCHANGED[code] === 1) continue;
    // A character outside the Basic Multilingual Plane is two code units, folded as one.
    const width = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
    const c = width === 1 ? (text[i] as string) : text.slice(i, i + 2);
    const folded = foldChar(c);
    if (folded !== c) {
      pieces.push(text.slice(from, i), folded);
      from = i + width;
    } else if (code < 0xd800 || code > 0xdfff) {
      // Only outside the surrogates: a lone one may start, elsewhere, a pair that folds.
      UNCHANGED[code] = 1;
    }
    i += width - 1;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(from));
  return pieces.join('');
};
