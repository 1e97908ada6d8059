/**
 * The logo sprite: one JSON file the build writes beside the app with the marks of exactly the
 * simple-icons slugs the bundled catalogs use (scripts/vite-logos.ts). The app downloads it once, after
 * the first view is drawn, and draws every logo from it: the details panel, search results, the list
 * and the map's nodes. Nothing is ever fetched from simple-icons or anywhere else at run time.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Theme } from '../graph/palette.ts';
import { brandColour } from './logoColour.ts';
import { THEME_BACKGROUNDS } from './themeBackgrounds.ts';

import { LOGO_SPRITE_FORMAT } from './readLogoSprite.ts';

export { LOGO_SPRITE_FORMAT, readLogoSprite } from './readLogoSprite.ts';

export interface SpriteIcon {
  /** The brand's name, as simple-icons writes it. */
  title: string;
  /** An SVG path in a 24 × 24 box. */
  path: string;
  /** The brand colour where it reads on that theme's backgrounds; absent: draw in the theme's text colour. */
  light?: string;
  dark?: string;
}

export interface LogoSprite {
  format: typeof LOGO_SPRITE_FORMAT;
  /** Where the marks come from and under which licence, for whoever opens the file. */
  source: string;
  icons: Record<string, SpriteIcon>;
}

/** What the build knows of one simple-icons brand. */
export interface BrandMark {
  title: string;
  hex: string;
  path: string;
}

/** Every `logo` the catalogs use, each once, sorted. */
export function usedLogos(catalogs: readonly Catalog[]): string[] {
  const slugs = new Set<string>();
  for (const catalog of catalogs)
    for (const project of catalog.projects) if (project.logo) slugs.add(project.logo);
  return [...slugs].sort();
}

/** The sprite of `slugs`: throws on a slug `mark` does not know (the catalogs are validated before). */
export function buildLogoSprite(
  slugs: readonly string[],
  mark: (slug: string) => BrandMark | undefined,
  source: string,
): LogoSprite {
  const icons: Record<string, SpriteIcon> = {};
  for (const slug of [...slugs].sort()) {
    const brand = mark(slug);
    if (!brand) throw new Error(`simple-icons has no icon "${slug}"`);
    const icon: SpriteIcon = { title: brand.title, path: brand.path };
    for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
      const colour = brandColour(brand.hex, THEME_BACKGROUNDS[theme]);
      if (colour) icon[theme] = colour;
    }
    icons[slug] = icon;
  }
  return { format: LOGO_SPRITE_FORMAT, source, icons };
}
