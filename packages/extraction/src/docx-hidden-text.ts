/** Smallest run size a reader sees, in half-points (`w:sz`): 4 = 2 pt. */
export const MIN_VISIBLE_HALF_POINTS = 4;
/** A colour whose every channel is at least this (0-255) is white or near it. */
const NEAR_WHITE = 0xf0;

const RUN = /<w:r\b[^>]*>[\s\S]*?<\/w:r>/g;
const RUN_PROPERTIES = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/;
const TEXT = /<w:t\b[^>]*>([^<]*)<\/w:t>/g;
const VANISH = /<w:(?:vanish|specVanish|webHidden)\b([^>]*)\/?>/;
const COLOR = /<w:color\b[^>]*\bw:val="([0-9A-Fa-f]{6})"/;
const SIZE = /<w:sz\b[^>]*\bw:val="(\d+)"/;
const OFF = /\bw:val="(?:false|0|off)"/;

/** Whether a run's properties hide it: vanished, white or near-white, or under 2 pt. */
const hiddenRun = (properties: string): boolean => {
  const vanish = VANISH.exec(properties);
  if (vanish !== null && !OFF.test(vanish[1] ?? '')) return true;
  const color = COLOR.exec(properties)?.[1];
  if (color !== undefined) {
    const channels = [0, 2, 4].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
    if (channels.every((c) => c >= NEAR_WHITE)) return true;
  }
  const size = SIZE.exec(properties)?.[1];
  return size !== undefined && Number(size) < MIN_VISIBLE_HALF_POINTS;
};

/**
 * Removes the runs a reader cannot see from a WordprocessingML part (`word/document.xml`):
 * vanished (`w:vanish`), white or near-white (`w:color`), or under 2 pt (`w:sz` < 4). Only a
 * run's own properties are read (not styles it inherits). Returns the part without those runs
 * and how many characters of text they held.
 */
export const removeHiddenRuns = (xml: string): { xml: string; hiddenChars: number } => {
  let hiddenChars = 0;
  const out = xml.replace(RUN, (run) => {
    const properties = RUN_PROPERTIES.exec(run)?.[1];
    if (properties === undefined || !hiddenRun(properties)) return run;
    for (const t of run.matchAll(TEXT)) hiddenChars += (t[1] ?? '').replace(/\s/g, '').length;
    return '';
  });
  return { xml: hiddenChars === 0 ? xml : out, hiddenChars };
};
