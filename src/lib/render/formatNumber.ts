/** Numbers for SVG output: at most `digits` decimals, no trailing zeros, never `-0`, so output is byte-stable. */
export function formatNumber(value: number, digits = 1): string {
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}
