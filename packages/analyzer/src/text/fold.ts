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

/**
 * Strips accents (é -> e, ñ -> n) so matching is accent-insensitive; keeps the case and the
 * length, so offsets in the folded text are offsets in `text.normalize('NFC')`. ASCII text is
 * returned as it is; only non-ASCII characters are looked at.
 */
export const foldAccents = (text: string): string => text.replace(/[^ -~\t\n\r]/gu, foldChar);
