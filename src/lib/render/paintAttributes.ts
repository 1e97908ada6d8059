/**
 * Palette colours as SVG presentation attributes. `rgba(…)` becomes a hex
 * colour plus an opacity attribute, which every SVG renderer understands
 * (RSS readers and image converters included), not only browsers.
 */
import { formatNumber } from './formatNumber.ts';

const RGBA = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/;
const HEX = /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i;

const hex = (value: string) => Math.min(255, Number(value)).toString(16).padStart(2, '0');

/** `#rrggbb` and an alpha in 0..1 for a `#hex` or `rgb[a](…)` colour. */
export function splitColour(colour: string): { hex: string; alpha: number } {
  const rgba = RGBA.exec(colour.trim());
  if (rgba) {
    return { hex: `#${hex(rgba[1]!)}${hex(rgba[2]!)}${hex(rgba[3]!)}`, alpha: Number(rgba[4] ?? 1) };
  }
  if (HEX.test(colour.trim())) return { hex: colour.trim().toLowerCase(), alpha: 1 };
  throw new Error(`unsupported colour ${JSON.stringify(colour)}: expected #hex or rgba(…)`);
}

/** `fill="#…"` (or `stroke`), with `fill-opacity` when the colour or `alpha` is translucent. */
export function paint(property: 'fill' | 'stroke', colour: string, alpha = 1): string {
  const { hex: value, alpha: own } = splitColour(colour);
  const opacity = own * alpha;
  return opacity >= 1
    ? `${property}="${value}"`
    : `${property}="${value}" ${property}-opacity="${formatNumber(opacity, 2)}"`;
}
