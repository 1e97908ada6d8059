/**
 * `npm run snapshot`: one view of the map as an SVG and a PNG, the static fallback for RSS readers and
 * no-JavaScript pages. The view takes the embed's parameters.
 *
 *   npm run snapshot -- --problem tracing,logging,metrics --theme dark --out snapshots/observability
 *
 * Options:
 *   --problem ID[,ID]   only these problems and their projects
 *   --maturity M[,M]    only projects of these maturities (graduated, incubating, sandbox, archived, none)
 *   --article           only the projects the article names
 *   --q TEXT            highlight what a search for TEXT finds
 *   --select ID         a project id, problem:ID or article: ringed, with its neighbours highlighted
 *   --tour N            highlight step N of the article tour
 *   --theme light|dark  (default light)
 *   --width PX --height PX   size in CSS pixels (default 1200 × 800; the PNG has twice as many pixels)
 *   --catalog FILE      (default data/catalog.yaml)
 *   --out PATH          written as PATH.svg and PATH.png (default snapshots/map)
 *   --svg-only          no PNG, so no browser needed
 *
 * The PNG comes from the system Chromium (scripts/chromium.mjs); a browser is never downloaded. Any bad
 * option or value is one line on stderr and exit code 1, before anything is written.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderMapSvg } from '../src/lib/render/index.ts';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium.mjs';
import { checkView, CliError, loadCatalog, parseSnapshotArgs } from './snapshot/options.ts';

const size = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} kB`;

async function writePng(svg: string, file: string, width: number, height: number, executablePath: string) {
  // Loaded only for a PNG: --svg-only and errors stay quick.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
    // The picture needs nothing from anywhere: any request would be a bug, so none is let out.
    await page.route('**/*', (route) => route.abort());
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><style>html,body{margin:0}img{display:block}</style><img src="${src}" width="${width}" height="${height}" alt="">`,
      { waitUntil: 'load' },
    );
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height } });
  } finally {
    await browser.close();
  }
}

function prepare() {
  try {
    const args = parseSnapshotArgs(process.argv.slice(2));
    const executablePath = args.svgOnly ? undefined : findChromium();
    if (!args.svgOnly && !executablePath) throw new CliError([NO_CHROMIUM]);
    const catalog = loadCatalog(args.catalog);
    checkView(catalog, args.view);
    return { args, executablePath, catalog };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    for (const line of error.lines) console.error(line);
    process.exit(error.code);
  }
}

const { args, executablePath, catalog } = prepare();

const started = performance.now();
const svg = renderMapSvg({ catalog, view: args.view, width: args.width, height: args.height });
mkdirSync(dirname(args.out) || '.', { recursive: true });
const svgFile = `${args.out}.svg`;
writeFileSync(svgFile, svg);
console.log(
  `wrote ${svgFile} (${size(svgFile)}, ${args.width}×${args.height}, ${Math.round(performance.now() - started)} ms)`,
);
if (executablePath) {
  const pngFile = `${args.out}.png`;
  await writePng(svg, pngFile, args.width, args.height, executablePath);
  console.log(`wrote ${pngFile} (${size(pngFile)}, ${args.width * 2}×${args.height * 2})`);
}
