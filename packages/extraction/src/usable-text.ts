/** Letters needed for a text to be worth analysing. */
export const MIN_USABLE_LETTERS = 20;
/** Words (whitespace-separated tokens holding a letter) needed, unless the letters are many. */
export const MIN_USABLE_WORDS = 3;

const LETTER = /\p{L}/gu;

/**
 * True when the text has enough to work with: at least 20 letters spread over at least 3 words
 * (or at least 60 letters, for scripts written without spaces such as Chinese).
 */
export function hasUsableText(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters < MIN_USABLE_LETTERS) return false;
  if (letters >= MIN_USABLE_LETTERS * 3) return true;
  const words = text.split(/\s+/u).filter((token) => /\p{L}/u.test(token)).length;
  return words >= MIN_USABLE_WORDS;
}
