/**
 * The browser benchmark: `npm run bench` (options after `--`).
 *
 * Serves the built app from a temporary folder with the bundled catalog, the CNCF landscape imported
 * without and with members (or a synthetic 2,400-project catalog when ../shared/data/cncf-landscape.yml
 * is absent), and measures it in headless Chromium: catalog fetch, parse and layout, time to an
 * interactive map, pan/zoom frame times, hover and search latency, heap, bundle size; and, on the same
 * graph, vasturiano's force-graph. Loads are interleaved (ours, force-graph, ours…) so that ratios hold
 * on a busy machine. Progress goes to stderr, the markdown report to stdout:
 *
 *   npm run bench > /tmp/bench.md
 *
 * Options:
 *   --runs N          fresh page loads per figure (default 5)
 *   --build           build the app into the temporary folder even when dist/ is up to date
 *   --no-build        use dist/ as it is
 *   --synthetic       a synthetic 2,400-project catalog instead of the CNCF import
 *   --only LABELS     comma-separated: bundled, cncf, cncf+members, synthetic
 *   --queries N       type only the first N queries (default all 7); 0 skips search
 *   --viewport WxH    default 1440x900
 *   --save FILE       also write every raw timing as JSON
 *   --from FILE       print the report of a saved run again, measuring nothing
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../scripts/chromium.mjs';
import { buildPages } from './buildPages.ts';
import { bundleSizes } from './bundleSizes.ts';
import { QUERIES } from './interactions.ts';
import { load, machine, type Machine } from './machine.ts';
import { measureApp, measureForceGraph, measureProbe, type PageSetup } from './measurePages.ts';
import { prepareSite, type BuildChoice } from './prepareSite.ts';
import type { BundleSizes } from './bundleSizes.ts';
import { report } from './report.ts';
import { serve } from './staticServer.ts';
import { median, p95 } from './stats.ts';
import { appFigures, forceGraphFigures, ratios, type CatalogRuns } from './summarize.ts';

interface Options {
  runs: number;
  build: BuildChoice;
  synthetic: boolean;
  only: string[] | null;
  queries: number;
  viewport: { width: number; height: number };
  save: string | null;
  from: string | null;
}

/** Everything one run of the benchmark measured: the report is computed from this alone. */
interface Collected {
  machine: Machine;
  loadStart: string;
  loadEnd: string;
  build: string;
  runs: number;
  viewport: { width: number; height: number };
  canvas: { width: number; height: number };
  sizes: BundleSizes;
  queries: string[];
  catalogs: CatalogRuns[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    build: 'auto',
    synthetic: false,
    only: null,
    queries: QUERIES.length,
    viewport: { width: 1440, height: 900 },
    save: null,
    from: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`bench: ${arg} needs a value`);
      return next;
    };
    if (arg === '--runs') options.runs = Math.max(1, Number(value()) || 5);
    else if (arg === '--build') options.build = 'always';
    else if (arg === '--no-build') options.build = 'never';
    else if (arg === '--synthetic') options.synthetic = true;
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--save') options.save = value();
    else if (arg === '--from') options.from = value();
    else if (arg === '--queries') options.queries = Math.max(0, Number(value()));
    else if (arg === '--viewport') {
      const [w, h] = value().split('x').map(Number);
      if (!w || !h) throw new Error('bench: --viewport takes WIDTHxHEIGHT, e.g. 1440x900');
      options.viewport = { width: w, height: h };
    } else throw new Error(`bench: unknown option ${arg} (see the comment at the top of bench/run.ts)`);
  }
  return options;
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const ms1 = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');

function render(data: Collected): string {
  return report({
    ...data,
    results: data.catalogs.map((runs) => ({
      catalog: runs.catalog,
      app: appFigures(runs),
      fgWarmup: forceGraphFigures(runs.fgWarmup),
      fgDefault: forceGraphFigures(runs.fgDefault),
      ratios: ratios(runs),
    })),
  });
}

function progress(r: number, of: number, runs: CatalogRuns) {
  const probe = runs.probe.at(-1)!;
  const app = runs.app.at(-1)!;
  const warm = runs.fgWarmup.at(-1)!;
  const def = runs.fgDefault.at(-1)!;
  const keys = app.search?.timings.filter((t) => t.painted) ?? [];
  console.error(
    `  run ${r}/${of}: parse ${ms1(probe.parse)} layout ${ms1(probe.layout)} · ` +
      `interactive ${ms(app.interactive)} · pan/zoom paint ${ms1(median(app.panZoom.paintTimes))} ` +
      `work ${ms1(median(app.panZoom.frameWork))} · hover ${ms1(median(app.hover.timings.map((t) => t.latency)))} · ` +
      `keystroke p95 ${ms1(p95(keys.map((t) => t.handler + t.paint)))} · ` +
      `force-graph interactive ${ms(warm.interactive)} (warm-up) ${ms(def.interactive)} (default), ` +
      `work ${ms1(median(warm.panZoom?.frameWork ?? []))} · load ${load()}`,
  );
}

async function measure(options: Options, executablePath: string): Promise<Collected> {
  const loadStart = load();
  console.error(`bench: load average ${loadStart}`);
  const site = await prepareSite(options.build, options.synthetic);
  const server = await serve(site.dir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const instrument = await buildPages(site.dir);
    const sizes = bundleSizes(site.dir);
    const setup: PageSetup = { browser, baseUrl: server.url, instrument, viewport: options.viewport };
    const queries = QUERIES.slice(0, options.queries);
    const catalogs: CatalogRuns[] = [];
    let canvas = { width: 0, height: 0 };
    for (const catalog of site.catalogs.filter((c) => !options.only || options.only.includes(c.label))) {
      console.error(
        `\nbench: ${catalog.label}: ${catalog.file}, ${catalog.projects} projects, ${catalog.nodes} nodes, ${catalog.links} links`,
      );
      const runs: CatalogRuns = { catalog, probe: [], app: [], fgWarmup: [], fgDefault: [] };
      for (let r = 1; r <= options.runs; r++) {
        // Interleaved, so that each pair of loads shares the machine's load of the moment.
        runs.probe.push(await measureProbe(setup, catalog));
        const app = await measureApp(setup, catalog, queries);
        runs.app.push(app);
        canvas = app.canvas;
        runs.fgWarmup.push(await measureForceGraph(setup, catalog, 'warmup', app.canvas, true));
        runs.fgDefault.push(await measureForceGraph(setup, catalog, 'default', app.canvas, false));
        progress(r, options.runs, runs);
      }
      catalogs.push(runs);
    }
    return {
      machine: machine(executablePath, browser.version()),
      loadStart,
      loadEnd: load(),
      build: site.build,
      runs: options.runs,
      viewport: options.viewport,
      canvas,
      sizes,
      queries,
      catalogs,
    };
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.from) {
    process.stdout.write(
      render(JSON.parse(readFileSync(options.from, 'utf8'), (_, v) => (v === 'NaN' ? NaN : v)) as Collected),
    );
    return;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_CHROMIUM);
    process.exit(1);
  }
  const data = await measure(options, executablePath);
  if (options.save)
    writeFileSync(
      options.save,
      JSON.stringify(data, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? 'NaN' : v)),
    );
  process.stdout.write(render(data));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
