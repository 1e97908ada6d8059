/**
 * Label widths as the sum of their characters' widths, each measured once per font. Placement needs
 * widths for hundreds of labels the first time a big hub is highlighted; measuring whole strings took
 * most of that frame. (Kerning is ignored: a pixel or two on a label.) A module of its own, so the app
 * can measure the common characters while its catalog downloads (`measureLabelFontsSoon`).
 */
import { FONT_ARTICLE, FONT_PROBLEM, FONT_PROJECT } from '../../lib/render/labelRules.ts';

const charWidths = new Map<string, Map<string, number>>();

export function measure(ctx: CanvasRenderingContext2D, text: string, font: string): number {
  let table = charWidths.get(font);
  if (!table) charWidths.set(font, (table = new Map()));
  let width = 0;
  let fontSet = false;
  for (const char of text) {
    let w = table.get(char);
    if (w === undefined) {
      // Once per call, not per character: setting a font parses it.
      if (!fontSet) ctx.font = font;
      fontSet = true;
      w = ctx.measureText(char).width;
      table.set(char, w);
    }
    width += w;
  }
  return width;
}

/** A canvas of its own to measure on ahead of a frame, so the map's canvas state is never touched. */
export function measuringContext(): CanvasRenderingContext2D | null {
  return typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
}

/** Measures every character of `text` in each label font. */
function measureChars(text: string, ctx = measuringContext()): void {
  if (!ctx) return;
  for (const font of [FONT_PROBLEM, FONT_PROJECT, FONT_ARTICLE]) measure(ctx, text, font);
}

/** The printable ASCII characters: nearly every character of the names a catalog gives its labels. */
const COMMON = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const NOT_COMMON = /[^\x20-\x7e]/gu;
const HAS_UNCOMMON = /[^\x20-\x7e]/u;

/** Set once `measureLabelFontsSoon` has measured the common characters in every label font. */
let commonMeasured = false;

/**
 * Measures every character of `labels` in each label font. Once the common characters are measured
 * ahead (the app and the embed do, while their catalog is on its way), only the labels' other characters
 * are looked for, with regular expressions: walking every label's characters in script was 13-15 ms of
 * the 2,407-project import's first labels task at 1× (profiled); under 3 now. A first frame that comes
 * before they are measures exactly the characters its labels use: the common ones it does not use
 * would be measured for nothing.
 */
export function measureLabelChars(labels: Iterable<string>, ctx = measuringContext()): void {
  const chars = new Set<string>();
  for (const label of labels) {
    if (!commonMeasured) for (const char of label) chars.add(char);
    else if (HAS_UNCOMMON.test(label)) for (const [char] of label.matchAll(NOT_COMMON)) chars.add(char);
  }
  if (chars.size > 0) measureChars([...chars].join(''), ctx);
}

/**
 * The label fonts' first use and the common characters' widths, paid while the page waits for its
 * catalog, not by the first map's labels: in profiles of the 2,407-project import's load at 1×, the task
 * that prepares them, before the map counts as interactive, went from 40-52 ms to 24-27. A font per
 * task, so none is long on a slow phone; started at once, as the page is idle only between its first
 * frames and the catalog's arrival.
 */
export function measureLabelFontsSoon(): void {
  if (typeof document === 'undefined') return;
  const fonts = [FONT_PROBLEM, FONT_PROJECT, FONT_ARTICLE];
  // The canvas too is made in the first of these tasks, not in the caller's (6 ms at 1× in the app's).
  let ctx: CanvasRenderingContext2D | null | undefined;
  const next = () => {
    const font = fonts.shift();
    ctx ??= measuringContext();
    if (!ctx) return;
    if (font === undefined) return void (commonMeasured = true);
    measure(ctx, COMMON, font);
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
