/** A word of the text: its position in the folded text, its text as written and lowercased. */
export interface Token {
  start: number;
  end: number;
  /** As written (accents folded). */
  raw: string;
  /** Lowercased. */
  norm: string;
  /** Lowercased, without trailing `+`/`#` (`es6+` -> `es6`); equal to norm otherwise. */
  base: string;
}

/**
 * Words are runs of letters/digits, keeping dotted names (`node.js`, `asp.net`), a leading
 * dot (`.net`) and trailing `+`/`#` (`c++`, `c#`). Hyphens, slashes and spaces separate words.
 */
const WORD = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

/** Splits (already accent-folded) text into tokens. */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    let start = m.index;
    // A leading dot belongs to the word only after a non-word character (`.NET`, not `end.Next`).
    if (raw.startsWith('.') && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) {
      raw = raw.slice(1);
      start += 1;
    }
    const norm = raw.toLowerCase();
    tokens.push({ start, end: start + raw.length, raw, norm, base: norm.replace(/[+#]+$/, '') });
  }
  return tokens;
};
