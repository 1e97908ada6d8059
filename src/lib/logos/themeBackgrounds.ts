/**
 * The backgrounds a logo may sit on in each theme: the map's (palette.ts) and the panels' surfaces
 * (src/styles/tokens.css: --bg, --surface, --surface-2). tests/unit/logoSprite.test.ts checks they still
 * agree with both files.
 */
import type { Theme } from '../graph/palette.ts';

export const THEME_BACKGROUNDS: Record<Theme, readonly string[]> = {
  light: ['#f8fafc', '#ffffff', '#f1f5f9'],
  dark: ['#0b1120', '#111827', '#1e293b'],
};
