/** `\s` of a regular expression, by code unit (no regex call per character). */
export const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** The text's characters as spaces, line breaks kept: a blanked span of the same length. */
export const asSpaces = (text: string): string => text.replace(/[^\n]/g, ' ');

const CAPITAL = /^\p{Lu}/u;

/** Whether a text begins with a capital letter; ASCII answers without the pattern. */
export const startsWithCapital = (text: string): boolean => {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITAL.test(text);
};
