/**
 * Label widths without a browser: the sum of per-character advance widths of
 * a typical sans-serif (Helvetica/Arial metrics for printable ASCII, in
 * thousandths of an em), times the font size, widened by 11% because
 * `system-ui` often resolves to a wider face. Bold text is 7% wider. Other
 * characters count as 0.6 em, wide East Asian ones as 1 em. Against DejaVu Sans
 * (Linux's system-ui, the widest common one) the catalog's names measure
 * 0.89-1.17 of their real width, 0.96-1.05 for four in five; Segoe UI and San
 * Francisco are narrower still. Overestimating only drops a label;
 * underestimating would let two overlap, so the estimate leans wide.
 */
export type MeasureText = (text: string, font: string) => number;

// Advance widths of U+0020 (space) to U+007E (~).
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const WIDEN = 1.11;
const BOLD = 1.07;
const WIDE_CHAR =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Font size in pixels and whether it is bold, from a CSS font shorthand such as `600 13px system-ui`. */
function parseFont(font: string): { size: number; bold: boolean } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font);
  const weight = /^(?:italic\s+)?(bold|[5-9]00)\b/.exec(font.trim());
  return { size: size ? Number(size[1]) : 12, bold: weight !== null };
}

export const estimateTextWidth: MeasureText = (text, font) => {
  const { size, bold } = parseFont(font);
  let thousandths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const ascii = code >= 32 && code <= 126 ? ASCII[code - 32] : undefined;
    thousandths += ascii ?? (WIDE_CHAR.test(char) || code > 0xffff ? 1000 : 600);
  }
  return (thousandths / 1000) * size * WIDEN * (bold ? BOLD : 1);
};
