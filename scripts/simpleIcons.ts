/**
 * simple-icons (CC0), read from node_modules at build time only: the brand list for checking `logo`
 * fields, and the marks the logo sprite is made of. Nothing from the package ships but the sprite.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Brand } from '../src/lib/logos/brands.ts';
import type { BrandMark } from '../src/lib/logos/logoSprite.ts';

const require = createRequire(import.meta.url);
// The package exports its brand list but not package.json: the folder is the list's grandparent.
const root = dirname(dirname(require.resolve('simple-icons/icons.json')));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** For the sprite's `source` and the messages. */
export const SIMPLE_ICONS = `simple-icons ${version} (CC0-1.0); logos are trademarks of their owners`;

let brands: Brand[] | undefined;
export function loadBrands(): Brand[] {
  brands ??= JSON.parse(readFileSync(join(root, 'data', 'simple-icons.json'), 'utf8')) as Brand[];
  return brands;
}

/** The title, colour and SVG path of the icon `slug`; undefined when the package has none. */
export function brandMark(slug: string): BrandMark | undefined {
  const brand = loadBrands().find((b) => b.slug === slug);
  if (!brand) return undefined;
  const svg = readFileSync(join(root, 'icons', `${slug}.svg`), 'utf8');
  const path = /<path d="([^"]+)"/.exec(svg)?.[1];
  if (!path) throw new Error(`simple-icons/icons/${slug}.svg has no path`);
  return { title: brand.title, hex: brand.hex, path };
}
