const cache = new Map<string, string>();

/**
 * Strips accents (é -> e, ñ -> n) so matching is accent-insensitive; keeps the case and the
 * length, so offsets in the folded text are offsets in `text.normalize('NFC')`.
 */
export const foldAccents = (text: string): string => {
  let out = '';
  for (const c of text) {
    if (c.charCodeAt(0) < 128) {
      out += c;
      continue;
    }
    let folded = cache.get(c);
    if (folded === undefined) {
      const stripped = c.normalize('NFD').replace(/\p{M}+/gu, '');
      folded = stripped.length === c.length ? stripped : c;
      cache.set(c, folded);
    }
    out += folded;
  }
  return out;
};
