/**
 * Repairs two ways a PDF's text layer spells letters that print correctly on the page.
 *
 * - **Spacing accents.** LaTeX (pdfTeX with Type 1 fonts) draws "é" as an acute accent glyph
 *   followed by "e", so the text reads "m´edecine", "Universit´e", "`a", "Maˆıtresse",
 *   "Espa˜na", sometimes with a space or two in between ("St´ ephanie"). Each spacing accent before a
 *   letter it can sit on becomes that letter's combining mark, then NFC composes the pair
 *   ("médecine", "à", "Maîtresse", "España"). The dotless ı LaTeX uses under an accent becomes i.
 * - **Word's "ti" and "ft" ligatures.** Calibri's ligature glyphs often come out of Word's PDF
 *   export as "Ɵ" and "Ō" ("EvaluaƟon", "draŌed"). Between two lower-case letters, where neither
 *   letter belongs, they are read as "ti" and "ft".
 *
 * Only pairs that compose into one accented letter are joined, so an apostrophe typed as "´"
 * ("it´s", "don´t") stays. A grave accent is joined inside a word ("premi`ere") or as a word of
 * one letter ("`a la"), never before a longer word or a closing backtick (Markdown code:
 * "`apply`", "`a`").
 */

/** Spacing accent -> its combining mark and the base letters it composes with. */
const ACCENTS: Readonly<Record<string, { mark: string; letters: string }>> = {
  '\u00b4': { mark: '\u0301', letters: 'aeiouyAEIOUYı' }, // ´ acute
  '\u02ca': { mark: '\u0301', letters: 'aeiouyAEIOUYı' }, // ˊ modifier acute
  '`': { mark: '\u0300', letters: 'aeiouAEIOUı' }, // ` grave
  '\u02cb': { mark: '\u0300', letters: 'aeiouAEIOUı' }, // ˋ modifier grave
  '\u02c6': { mark: '\u0302', letters: 'aeiouAEIOUı' }, // ˆ circumflex
  '\u00a8': { mark: '\u0308', letters: 'aeiouyAEIOUı' }, // ¨ diaeresis
  '\u02dc': { mark: '\u0303', letters: 'anoANO' }, // ˜ tilde
  '\u02c7': { mark: '\u030c', letters: 'cszenrCSZENR' }, // ˇ caron
  '\u02da': { mark: '\u030a', letters: 'auAU' }, // ˚ ring
};

/**
 * An accent, at most two spaces or tabs (pdf.js puts a tab between two text items), a letter;
 * with the characters around them for the grave test.
 */
const SPACING_ACCENT =
  /(\p{L}?)([\u00b4\u02ca`\u02cb\u02c6\u00a8\u02dc\u02c7\u02da])([\p{Zs}\t]{0,2})(\p{L})(\p{L}?)(?!`)/gu;

/** "c¸" (cedilla after its letter, as LaTeX draws it) and "¸c". */
const CEDILLA = /([cC])\u00b8|\u00b8 ?([cC])/g;

/** Word's ligature glyphs between lower-case letters. */
const LIGATURE = /(?<=\p{Ll})([\u019f\u014c])(?=\p{Ll})/gu;
const LIGATURE_TEXT: Readonly<Record<string, string>> = { '\u019f': 'ti', '\u014c': 'ft' };

export const repairPdfGlyphs = (text: string): string =>
  text
    .replace(
      SPACING_ACCENT,
      (whole, before: string, accent: string, space: string, letter: string, after: string) => {
        const spec = ACCENTS[accent];
        if (spec === undefined || !spec.letters.includes(letter)) return whole;
        // A grave is joined only to the letter right after it, and not before a longer word with
        // nothing before it: there it is a backtick ("`apply`"), not an accent.
        const grave = accent === '`' || accent === '\u02cb';
        if (grave && (space !== '' || (before === '' && after !== ''))) return whole;
        const base = letter === 'ı' ? 'i' : letter;
        return `${before}${`${base}${spec.mark}`.normalize('NFC')}${after}`;
      },
    )
    .replace(CEDILLA, (_whole, c1?: string, c2?: string) =>
      (c1 ?? c2) === 'C' ? '\u00c7' : '\u00e7',
    )
    .replace(LIGATURE, (g: string) => LIGATURE_TEXT[g] ?? g);
