/**
 * A file name safe in a `Content-Disposition` header and on every file system: the parts joined
 * by `-`, accents stripped, anything but letters, digits, `.`, `_` and `-` made `-`, at most
 * 80 characters before the extension; `fallback` when nothing is left.
 */
export const downloadFilename = (
  parts: readonly string[],
  extension: string,
  fallback = 'resume',
): string => {
  const base = parts
    .join('-')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
  return `${base || fallback}.${extension}`;
};
