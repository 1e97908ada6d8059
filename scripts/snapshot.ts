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
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import {
  formatError,
  MATURITIES,
  parseCatalog,
  type Catalog,
  type Maturity,
} from '../src/lib/catalog/index.ts';
import { renderMapSvg, type StaticView } from '../src/lib/render/index.ts';
import { buildTour } from '../src/lib/view/tour.ts';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium.mjs';

const USAGE =
  'usage: npm run snapshot -- [--problem ID,ID] [--maturity M,M] [--article] [--q TEXT] [--select ID] [--tour N]' +
  ' [--theme light|dark] [--width PX] [--height PX] [--catalog FILE] [--out PATH] [--svg-only]';

function fail(...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

const csv = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function pixels(flag: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 120 || value > 10000)
    fail(`${flag} takes whole pixels from 120 to 10000, got "${text}"`);
  return value;
}

function parseArgs(argv: string[]) {
  const options = {
    catalog: 'data/catalog.yaml',
    out: 'snapshots/map',
    width: 1200,
    height: 800,
    svgOnly: false,
  };
  const view: StaticView & { problems: string[] } = { theme: 'light', problems: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`, USAGE);
    if (flag === '--help' || flag === '-h') {
      console.error(USAGE);
      process.exit(0);
    } else if (flag === '--problem') view.problems.push(...csv(value()));
    else if (flag === '--maturity') {
      const maturities = csv(value());
      const bad = maturities.find((m) => !(MATURITIES as readonly string[]).includes(m));
      if (bad !== undefined) fail(`--maturity takes ${MATURITIES.join(', ')}; got "${bad}"`);
      view.maturities = maturities as Maturity[];
    } else if (flag === '--article') view.article = true;
    else if (flag === '--q') view.q = value();
    else if (flag === '--select') view.select = value();
    else if (flag === '--tour') {
      const step = value();
      if (!/^[1-9]\d{0,2}$/.test(step)) fail(`--tour takes a step number from 1, got "${step}"`);
      view.tour = Number(step);
    } else if (flag === '--theme') {
      const theme = value();
      if (theme !== 'light' && theme !== 'dark') fail(`--theme takes light or dark, got "${theme}"`);
      view.theme = theme;
    } else if (flag === '--width') options.width = pixels(flag, value());
    else if (flag === '--height') options.height = pixels(flag, value());
    else if (flag === '--catalog') options.catalog = value();
    else if (flag === '--out') options.out = value().replace(/\.(svg|png)$/, '');
    else if (flag === '--svg-only') options.svgOnly = true;
    else fail(`unknown option ${arg}`, USAGE);
  }
  return { ...options, view };
}

function loadCatalog(file: string): Catalog {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const result = parseCatalog(bytes, relative(process.cwd(), file) || file);
  if (!result.ok) fail(...result.errors.map(formatError));
  return result.catalog;
}

/** Values that need the catalog: a typo is an error here, where the embed would quietly drop it. */
function checkView(catalog: Catalog, view: StaticView & { problems: string[] }): void {
  const problems = new Set(catalog.problems.map((p) => p.id));
  const unknown = view.problems.find((id) => !problems.has(id));
  if (unknown !== undefined)
    fail(`--problem: no problem "${unknown}" in the catalog; its problems are ${[...problems].join(', ')}`);
  const select = view.select;
  if (select) {
    const known =
      select === 'article' ||
      (select.startsWith('problem:') && problems.has(select.slice(8))) ||
      catalog.projects.some((p) => p.id === select || `project:${p.id}` === select);
    if (!known) fail(`--select: "${select}" names no project, problem:ID or article in the catalog`);
  }
  const steps = buildTour(catalog).length;
  if (view.tour && view.tour > steps)
    fail(`--tour ${view.tour} is past the end: the tour has ${steps} steps`);
}

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

const args = parseArgs(process.argv.slice(2));
const executablePath = args.svgOnly ? undefined : findChromium();
if (!args.svgOnly && !executablePath) fail(NO_CHROMIUM);
const catalog = loadCatalog(args.catalog);
checkView(catalog, args.view);

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
