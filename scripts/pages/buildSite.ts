/**
 * The static pages of a catalog as files, ready to write or to emit into a Vite build: the pure plan
 * from src/lib/pages, the preview PNGs rasterised, and the pages' stylesheet and script named by their
 * content's hash (so they can be cached for a year like the rest of assets/).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../src/lib/catalog/index.ts';
import { planSite } from '../../src/lib/pages/index.ts';
import { findFonts, NO_FONTS, rasterize } from './rasterize.ts';

/** Preview PNGs already drawn, by content: where Vite keeps its own cache. */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/cloud-native-map/og', import.meta.url));
const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');
const hashed = (name: string, ext: string, text: string) =>
  `assets/${name}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${ext}`;

export interface BuiltSite {
  files: Map<string, string | Buffer>;
  pages: string[];
  /** What the build prints: counts, sizes, times, and any note about missing settings. */
  notes: string[];
}

export async function buildSite(catalog: Catalog, siteUrl: string | null): Promise<BuiltSite> {
  const started = performance.now();
  const css = `${read('../../src/styles/tokens.css')}\n${read('./pages.css')}`;
  const js = read('./pages.js');
  const assets = { css: hashed('pages', 'css', css), js: hashed('pages', 'js', js) };
  const plan = planSite(catalog, { siteUrl, assets });
  const planned = performance.now();
  const fonts = findFonts();
  const { images, drawn } = await rasterize(plan.images, fonts, CACHE_DIR);
  const rastered = performance.now();
  const files = new Map<string, string | Buffer>([...plan.files, ...images]);
  files.set(assets.css, css);
  files.set(assets.js, js);
  const bytes = (filter: (path: string) => boolean) =>
    [...files]
      .filter(([path]) => filter(path))
      .reduce((sum, [, content]) => sum + Buffer.byteLength(content), 0);
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const notes = [
    `pages: ${plan.pages.length - 1} pages (${kB(bytes((p) => p.endsWith('.html')))}), ${images.size} preview PNGs ` +
      `(${kB(bytes((p) => p.endsWith('.png')))}; ${drawn} drawn in ${Math.round(rastered - planned)} ms, the rest cached), ` +
      `${kB(bytes((p) => !p.endsWith('.html') && !p.endsWith('.png')))} of maps, badges and data, in ${Math.round(rastered - started)} ms`,
  ];
  if (!fonts) notes.push(NO_FONTS);
  if (!siteUrl) {
    notes.push(
      'pages: SITE_URL is not set, so canonical URLs, preview images and the sitemap use relative URLs; ' +
        'set SITE_URL=https://your.site/path/ for link previews and search engines (docs/deployment.md).',
    );
  }
  return { files, pages: plan.pages, notes };
}
