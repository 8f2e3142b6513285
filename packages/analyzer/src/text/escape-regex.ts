/** A text as a regular expression that matches it literally: "Node.js" -> "Node\.js". */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
