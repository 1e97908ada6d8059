/**
 * SVG to PNG without a browser, for the 1200×630 link-preview images. resvg (@resvg/resvg-js) is a
 * Rust rasteriser shipped as a prebuilt Node addon in the npm package itself: nothing is downloaded at
 * install or run time, no Chromium is started, and `renderAsync` runs on libuv's thread pool so images
 * render on every core. It cannot fetch fonts, so it is given system font files; without any, the
 * previews are drawn without text and the build says so.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/** Bumped with the resvg version or these options, so a cached PNG is always the one resvg would draw. */
const RASTER_VERSION = 'resvg-js 2.6.2, original size';

/** Regular and bold faces of a sans-serif found on common systems, first match wins. */
const FONT_CANDIDATES: Array<{ family: string; files: string[] }> = [
  {
    family: 'DejaVu Sans',
    files: [
      '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    ],
  },
  {
    family: 'DejaVu Sans',
    files: [
      '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
      '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
    ],
  },
  {
    family: 'DejaVu Sans',
    files: ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
  },
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
      '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    ],
  },
  {
    family: 'Arial',
    files: [
      '/System/Library/Fonts/Supplemental/Arial.ttf',
      '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
    ],
  },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
];

export interface FontChoice {
  family: string;
  files: string[];
}

/** `OG_FONT_FILES=/a.ttf:/b.ttf OG_FONT_FAMILY="Name"` overrides the search. */
export function findFonts(env: NodeJS.ProcessEnv = process.env): FontChoice | null {
  const custom = env.OG_FONT_FILES?.split(':').filter((file) => file && existsSync(file));
  if (custom && custom.length > 0) return { family: env.OG_FONT_FAMILY ?? 'sans-serif', files: custom };
  for (const candidate of FONT_CANDIDATES) {
    const files = candidate.files.filter((file) => existsSync(file));
    if (files.length > 0) return { family: candidate.family, files };
  }
  return null;
}

export const NO_FONTS =
  'pages: no font file found for the preview images, so they have no text. Install one ' +
  '(Debian: apt-get install fonts-dejavu-core) or set OG_FONT_FILES=/path/Regular.ttf:/path/Bold.ttf.';

export function rasterOptions(fonts: FontChoice | null): ResvgRenderOptions {
  return {
    fitTo: { mode: 'original' },
    logLevel: 'off',
    font: fonts
      ? {
          loadSystemFonts: false,
          fontFiles: fonts.files,
          defaultFontFamily: fonts.family,
          sansSerifFamily: fonts.family,
        }
      : { loadSystemFonts: false },
  };
}

/** What decides a PNG's pixels: the SVG, the options and the fonts (by path, size and date). */
function cacheKey(svg: string, fonts: FontChoice | null): string {
  const hash = createHash('sha256').update(RASTER_VERSION).update(svg);
  for (const file of fonts?.files ?? []) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}:${size}:${mtimeMs}`);
  }
  return hash.digest('hex');
}

/**
 * Each SVG as a PNG of the size the SVG states, all at once on the thread pool. With `cacheDir`, a
 * PNG already drawn for the same SVG and fonts is read back instead (a rebuild redraws only what changed).
 */
export async function rasterize(
  svgs: Map<string, string>,
  fonts: FontChoice | null,
  cacheDir?: string,
): Promise<{ images: Map<string, Buffer>; drawn: number }> {
  const options = rasterOptions(fonts);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  let drawn = 0;
  const entries = await Promise.all(
    [...svgs].map(async ([path, svg]) => {
      const cached = cacheDir ? join(cacheDir, `${cacheKey(svg, fonts)}.png`) : undefined;
      if (cached && existsSync(cached)) return [path, readFileSync(cached)] as const;
      const png = (await renderAsync(svg, options)).asPng();
      drawn++;
      if (cached) writeFileSync(cached, png);
      return [path, png] as const;
    }),
  );
  return { images: new Map(entries), drawn };
}
