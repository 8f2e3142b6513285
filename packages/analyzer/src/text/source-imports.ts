import { asSpaces } from './chars.ts';

/**
 * A module import of a page or resume kept as source code (JSX, MDX, Vue, TSX): `import Link
 * from "gatsby-link";`, `import * as React from "react"`. It names the site's own build, not a
 * tool the job asks for or the person used. One line each; bounded, so linear.
 */
const SOURCE_IMPORT =
  /^[ \t]*import[ \t]+(?:[\w$*{}, \t]{1,200}[ \t]from[ \t]+)?["'][^"'\n]{1,300}["'][ \t]*;?[ \t]*$/gm;

/** Blanks the module imports of a source file (same length, line breaks kept). */
export const blankSourceImports = (text: string): string => text.replace(SOURCE_IMPORT, asSpaces);
