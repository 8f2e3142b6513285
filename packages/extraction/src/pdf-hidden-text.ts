import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text smaller than this (points, after every scale) is no text a reader sees. */
export const MIN_VISIBLE_FONT_SIZE = 2;
/** A fill whose every channel is at least this (0-255) is white or near it: invisible on paper. */
const NEAR_WHITE = 0xf0;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied after m2 (PDF order: `multiply(a, b)` is a then b). */
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];

interface GraphicsState {
  ctm: Matrix;
  fill: string;
  renderMode: number;
  fontSize: number;
  /** Text space per unit of the font's glyph widths: its FontMatrix's first entry. */
  fontScale: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

/** One character a page draws, in content order, and whether a reader can see it. */
export interface DrawnChar {
  char: string;
  hidden: boolean;
}

/**
 * Glyph widths are in thousandths of the text size unless the font's FontMatrix says otherwise:
 * an OpenType font of 2048 units to the em (XeLaTeX's, LuaLaTeX's) and Type 3 fonts give theirs.
 */
const DEFAULT_FONT_SCALE = 0.001;

/** A font's FontMatrix by the name its page's `setFont` operators use, when pdf.js loaded it. */
export type FontMatrixOf = (fontName: string) => ArrayLike<number> | undefined;

/** The operator list of a page, as pdf.js gives it. */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

const nearWhite = (hex: string): boolean => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) return false;
  return [m[1], m[2], m[3]].every((c) => Number.parseInt(c as string, 16) >= NEAR_WHITE);
};

const toMatrix = (value: unknown): Matrix => {
  const v = value as ArrayLike<number>;
  return [v[0] ?? 1, v[1] ?? 0, v[2] ?? 0, v[3] ?? 1, v[4] ?? 0, v[5] ?? 0];
};

/**
 * Walks a page's operators and lists the characters it draws, each marked hidden when a reader
 * cannot see it: invisible render mode (3, 7) or white or near-white fill (unless drawn over a
 * box filled in another colour or an image: a banner, a scan's OCR layer), under 2 pt (a
 * zero-size font included), or starting outside the page box (`view`: x0, y0, x1, y1). Follows q/Q, cm, form XObjects and the text
 * state (Tm, Td, TD, T*, Tf, Tc, Tw, Tz, TL, Ts, Tr) closely enough to place each glyph.
 * `fontMatrixOf` gives each font's FontMatrix: without it, widths are read in thousandths of
 * the text size, and a font of other units would push its line's end off the page.
 */
export const drawnChars = (
  ops: OperatorList,
  view: readonly number[],
  fontMatrixOf?: FontMatrixOf,
): DrawnChar[] => {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const out: DrawnChar[] = [];
  /**
   * Boxes filled in a non-white colour and images, on the page: white text on one of them is
   * seen, and invisible text on an image is the OCR layer of a scan (what the image shows).
   */
  const backdrops: number[][] = [];
  const stack: GraphicsState[] = [];
  let gs: GraphicsState = {
    ctm: IDENTITY,
    fill: '#000000',
    renderMode: 0,
    fontSize: 0,
    fontScale: DEFAULT_FONT_SCALE,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
  };
  let tm: Matrix = IDENTITY;
  let lm: Matrix = IDENTITY;
  const moveLine = (tx: number, ty: number): void => {
    lm = multiply([1, 0, 0, 1, tx, ty], lm);
    tm = lm;
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push({ ...gs });
        if (fn === OPS.paintFormXObjectBegin && args[0])
          gs.ctm = multiply(toMatrix(args[0]), gs.ctm);
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case OPS.transform:
        gs.ctm = multiply(toMatrix(args), gs.ctm);
        break;
      case OPS.setFillRGBColor:
        gs.fill = String(args[0]);
        break;
      case OPS.setTextRenderingMode:
        gs.renderMode = Number(args[0]);
        break;
      case OPS.setFont: {
        gs.fontSize = Number(args[1]);
        const scale = Number(fontMatrixOf?.(String(args[0]))?.[0]);
        gs.fontScale = Number.isFinite(scale) && scale !== 0 ? Math.abs(scale) : DEFAULT_FONT_SCALE;
        break;
      }
      case OPS.setCharSpacing:
        gs.charSpacing = Number(args[0]);
        break;
      case OPS.setWordSpacing:
        gs.wordSpacing = Number(args[0]);
        break;
      case OPS.setHScale:
        gs.hScale = Number(args[0]) / 100;
        break;
      case OPS.setLeading:
        gs.leading = Number(args[0]);
        break;
      case OPS.setTextRise:
        gs.rise = Number(args[0]);
        break;
      case OPS.beginText:
        tm = IDENTITY;
        lm = IDENTITY;
        break;
      case OPS.setTextMatrix:
        lm = toMatrix(args[0] ?? args);
        tm = lm;
        break;
      case OPS.moveText:
        moveLine(Number(args[0]), Number(args[1]));
        break;
      case OPS.setLeadingMoveText:
        gs.leading = -Number(args[1]);
        moveLine(Number(args[0]), Number(args[1]));
        break;
      case OPS.nextLine:
        moveLine(0, -gs.leading);
        break;
      case OPS.constructPath: {
        const minMax = args[2] as ArrayLike<number> | null;
        if (FILLS.has(Number(args[0])) && minMax && !nearWhite(gs.fill)) {
          backdrops.push(deviceBox(minMax, gs.ctm));
        }
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintImageXObjectRepeat:
      case OPS.paintImageMaskXObjectRepeat:
      case OPS.paintSolidColorImageMask:
        backdrops.push(deviceBox([0, 0, 1, 1], gs.ctm));
        break;
      case OPS.showText:
        tm = showText(
          args[0] as readonly (Glyph | number)[],
          gs,
          tm,
          [x0, y0, x1, y1],
          backdrops,
          out,
        );
        break;
      default:
        break;
    }
  }
  return out;
};

const FILLS: ReadonlySet<number> = new Set([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/** A path's bounding box (x0, y0, x1, y1 in its own space) in page space. */
const deviceBox = (minMax: ArrayLike<number>, ctm: Matrix): number[] => {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [minMax[0], minMax[1]],
    [minMax[2], minMax[3]],
    [minMax[0], minMax[3]],
    [minMax[2], minMax[1]],
  ] as [number, number][]) {
    xs.push(x * ctm[0] + y * ctm[2] + ctm[4]);
    ys.push(x * ctm[1] + y * ctm[3] + ctm[5]);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

const onBackdrop = (x: number, y: number, boxes: readonly number[][]): boolean =>
  boxes.some(
    (b) =>
      x >= (b[0] as number) &&
      x <= (b[2] as number) &&
      y >= (b[1] as number) &&
      y <= (b[3] as number),
  );

/** Emits the glyphs of one text-showing operator; returns the text matrix after them. */
const showText = (
  glyphs: readonly (Glyph | number)[],
  gs: GraphicsState,
  tm: Matrix,
  box: readonly [number, number, number, number],
  backdrops: readonly number[][],
  out: DrawnChar[],
): Matrix => {
  let matrix = tm;
  // White or invisible text is hidden unless something is drawn under it (see `backdrops`).
  const unseen = nearWhite(gs.fill) || gs.renderMode === 3 || gs.renderMode === 7;
  for (const glyph of glyphs ?? []) {
    if (typeof glyph === 'number') {
      matrix = multiply([1, 0, 0, 1, (-glyph / 1000) * gs.fontSize * gs.hScale, 0], matrix);
      continue;
    }
    const trm = multiply(
      multiply([gs.fontSize * gs.hScale, 0, 0, gs.fontSize, 0, gs.rise], matrix),
      gs.ctm,
    );
    const size = Math.hypot(trm[2], trm[3]);
    const [x, y] = [trm[4], trm[5]];
    const outside = x < box[0] - 1 || x > box[2] + 1 || y < box[1] - 1 || y > box[3] + 1;
    const hidden =
      size < MIN_VISIBLE_FONT_SIZE || outside || (unseen && !onBackdrop(x, y, backdrops));
    for (const char of (glyph.unicode ?? '').normalize('NFKC')) out.push({ char, hidden });
    const advance =
      (glyph.width ?? 0) * gs.fontScale * gs.fontSize +
      gs.charSpacing +
      (glyph.isSpace ? gs.wordSpacing : 0);
    matrix = multiply([1, 0, 0, 1, advance * gs.hScale, 0], matrix);
  }
  return matrix;
};

/** A text-content item of pdf.js: only the fields read here. */
export interface TextItemLike {
  str: string;
}

const isBlank = (c: string): boolean => /\s/.test(c);
/** Drawn characters looked ahead to find the next character of an item (re-synchronising). */
const LOOKAHEAD = 16;

/**
 * Removes the hidden characters from pdf.js text-content items, by walking the items' and the
 * drawn characters side by side (both in content order; blanks skipped). A character the walk
 * cannot place is kept. Items are changed in place; returns how many characters the page hides
 * (blanks not counted), including those pdf.js already left out of the items.
 */
export const removeHiddenChars = (
  items: readonly (TextItemLike | object)[],
  drawn: readonly DrawnChar[],
): number => {
  if (!drawn.some((d) => d.hidden)) return 0;
  let at = 0;
  for (const item of items) {
    if (!('str' in item) || typeof item.str !== 'string') continue;
    let kept = '';
    let removed = 0;
    for (const char of item.str.normalize('NFKC')) {
      if (isBlank(char)) {
        kept += char;
        continue;
      }
      let found = -1;
      // Hidden characters pdf.js left out of the items (off the page) are skipped freely.
      for (let j = at, visible = 0; j < drawn.length && visible <= LOOKAHEAD; j++) {
        const d = drawn[j] as DrawnChar;
        if (d.char === char) {
          found = j;
          break;
        }
        // Blanks are skipped on the items' side too: a run of them (table padding) is no
        // reason to give up the search.
        if (!d.hidden && !isBlank(d.char)) visible++;
      }
      if (found === -1) {
        kept += char;
        continue;
      }
      at = found + 1;
      if ((drawn[found] as DrawnChar).hidden) removed++;
      else kept += char;
    }
    if (removed > 0) {
      (item as TextItemLike).str = kept.replace(/\s{2,}/g, ' ').trim();
    }
  }
  return drawn.filter((d) => d.hidden && !isBlank(d.char)).length;
};
