/**
 * Which colour a brand mark is drawn in: its own when it stands out from every background of the theme
 * (3:1, the contrast WCAG 1.4.11 asks of graphics that carry meaning), else the theme's text colour. A
 * brand's colour helps people recognise it; a black mark on a dark panel or a pale one on a white panel
 * would vanish, so those follow the theme instead.
 */

/** Relative luminance of `#rrggbb` (or `rrggbb`), as WCAG defines it. */
export function luminance(hex: string): number {
  const value = hex.replace(/^#/, '');
  const channel = (at: number) => {
    const c = parseInt(value.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

export const MIN_LOGO_CONTRAST = 3;

/** `#RRGGBB` when the brand colour reads on every one of `backgrounds`, else undefined (use the text colour). */
export function brandColour(hex: string, backgrounds: readonly string[]): string | undefined {
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const colour = `#${hex.toUpperCase()}`;
  return backgrounds.every((bg) => contrastRatio(colour, bg) >= MIN_LOGO_CONTRAST) ? colour : undefined;
}
