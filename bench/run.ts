/**
 * The browser benchmark: `npm run bench` (options after `--`).
 *
 * Serves the built app from a temporary folder with the bundled catalog, the CNCF landscape imported
 * without and with members (or a synthetic 2,400-project catalog when ../shared/data/cncf-landscape.yml
 * is absent) and a synthetic catalog at the size limit, and measures it in headless Chromium: catalog
 * fetch, parse and layout, time to an interactive map, long tasks and total blocking time, pan/zoom frame
 * times, hover and search latency, heap, bundle size; the app at a phone's size and the embed too; and,
 * on the same graph, vasturiano's force-graph. Each CPU speed asked for (--cpu) runs in turn. Loads are
 * interleaved (ours, force-graph, ours…) so that ratios hold on a busy machine. The report opens with
 * issue #20's targets (bench/targets.ts), met or not. Progress goes to stderr, the markdown report to stdout:
 *
 *   npm run bench > /tmp/bench.md
 *
 * Options:
 *   --runs N          fresh page loads per figure (default 5)
 *   --build           build the app into the temporary folder even when dist/ is up to date
 *   --no-build        use dist/ as it is
 *   --synthetic       a synthetic 2,400-project catalog instead of the CNCF import
 *   --synthetic-projects N  size of the synthetic catalog at the limit (default LIMITS.projects, 5000; 0: none)
 *   --only LABELS     comma-separated: bundled, cncf, cncf+members, cncf+members-compiled, synthetic-5000
 *                     (synthetic: any synthetic-N)
 *   --cpu LIST        CPU slowdowns, e.g. 4 or 1,4 (default 1): Chromium's CPU throttling on every page
 *   --pages LIST      of app, phone, embed, force-graph, probe (default all)
 *   --embed QUERY     the embed page's parameters (default problem=tracing,logging,metrics)
 *   --queries N       type only the first N queries (default all 7); 0 skips search
 *   --viewport WxH    default 1440x900 (the app; the phone is 390x844, the embed 700x500)
 *   --busy N          keep N cores busy for the whole run (default 0): the background load issue #20's search
 *                     targets are held under, the same from run to run (bench/backgroundLoad.ts)
 *   --save FILE       also write every raw timing as JSON
 *   --from FILES      print the report of a saved run again, measuring nothing; several (a.json,b.json)
 *                     make one report, e.g. a 1× run of every page and a 4× run of some
 *   --playback        only the time control's playback on the CNCF import with members (bench/playback.ts)
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from '../scripts/chromium.mjs';
import { cpus } from 'node:os';
import { startBackgroundLoad } from './backgroundLoad.ts';
import { describeSpeed, measureSpeed, type SpeedSample } from './machineSpeed.ts';
import { buildPages } from './buildPages.ts';
import { runPlayback } from './playback.ts';
import { bundleSizes } from './bundleSizes.ts';
import { QUERIES } from './interactions.ts';
import { load, machine, type Machine } from './machine.ts';
import { DEFAULT_LIMIT_PROJECTS } from './catalogs.ts';
import { blockingFigures } from './blocking.ts';
import {
  measureApp,
  measureForceGraph,
  measurePage,
  measureProbe,
  pagePath,
  EMBED,
  PHONE,
  type PageRun,
  type PageSetup,
} from './measurePages.ts';
import {
  parseBusy,
  parseCpuList,
  parsePages,
  parseProjectCount,
  parseViewport,
  PAGES,
  type BenchPage,
} from './options.ts';
import { prepareSite, type BuildChoice } from './prepareSite.ts';
import type { BundleSizes } from './bundleSizes.ts';
import { describeBackground, report } from './report.ts';
import { serve } from './staticServer.ts';
import { median, p95 } from './stats.ts';
import { appFigures, feltFigures, forceGraphFigures, ratios, type CatalogRuns } from './summarize.ts';
import { LIMITS } from '../src/lib/catalog/limits.ts';

interface Options {
  runs: number;
  build: BuildChoice;
  synthetic: boolean;
  only: string[] | null;
  queries: number;
  viewport: { width: number; height: number };
  save: string | null;
  from: string | null;
  cpu: number[];
  pages: BenchPage[];
  embedQuery: string;
  limitProjects: number;
  busy: number;
}

/** Everything one run of the benchmark measured: the report is computed from this alone. */
interface Collected {
  machine: Machine;
  loadStart: string;
  loadEnd: string;
  /** Cores kept busy by the benchmark itself (--busy); absent in runs saved before the option. */
  busy?: number;
  /** Merged runs (--from a.json,b.json): each run's --busy. */
  busyRuns?: Array<number | undefined>;
  /** A fixed script's time in a blank page at 1× and each slowdown (machineSpeed.ts); absent in older runs. */
  speed?: SpeedSample[];
  /** Merged runs: each run's speed. */
  speedRuns?: SpeedSample[][];
  build: string;
  runs: number;
  viewport: { width: number; height: number };
  canvas: { width: number; height: number };
  sizes: BundleSizes;
  queries: string[];
  catalogs: CatalogRuns[];
  phoneViewport?: { width: number; height: number };
  embedViewport?: { width: number; height: number };
  embedQuery?: string;
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
    cpu: [1],
    pages: [...PAGES],
    embedQuery: 'problem=tracing,logging,metrics',
    limitProjects: DEFAULT_LIMIT_PROJECTS,
    busy: 0,
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
    else if (arg === '--viewport') options.viewport = parseViewport(value());
    else if (arg === '--cpu') options.cpu = parseCpuList(value());
    else if (arg === '--busy') options.busy = parseBusy(value(), cpus().length);
    else if (arg === '--pages') options.pages = parsePages(value());
    else if (arg === '--embed') options.embedQuery = value().replace(/^\?/, '');
    else if (arg === '--synthetic-projects')
      options.limitProjects = parseProjectCount(value(), LIMITS.projects);
    else throw new Error(`bench: unknown option ${arg} (see the comment at the top of bench/run.ts)`);
  }
  return options;
}

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const ms1 = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');

function render(data: Collected): string {
  return report({
    ...data,
    background: describeBackground(
      data.busyRuns ?? [data.busy],
      data.catalogs.map((c) => c.cpu ?? 1),
      data.machine.cores,
    ),
    busiest: Math.max(0, ...(data.busyRuns ?? [data.busy]).map((n) => n ?? 0)),
    speed: (data.speedRuns ?? [data.speed ?? []]).map(describeSpeed).join('; in the next saved run, '),
    results: data.catalogs.map((runs) => ({
      catalog: runs.catalog,
      cpu: runs.cpu ?? 1,
      felt: {
        app: feltFigures(runs.app),
        phone: feltFigures(runs.phone ?? []),
        embed: feltFigures(runs.embed ?? []),
      },
      app: appFigures(runs),
      fgWarmup: forceGraphFigures(runs.fgWarmup),
      fgDefault: forceGraphFigures(runs.fgDefault),
      ratios: ratios(runs),
    })),
  });
}

function progress(r: number, of: number, runs: CatalogRuns) {
  const parts: string[] = [];
  const probe = runs.probe[r - 1];
  if (probe) parts.push(`parse ${ms1(probe.parse)} layout ${ms1(probe.layout)}`);
  const felt = (name: string, run: PageRun | undefined) => {
    if (!run) return;
    const b = blockingFigures(run.blocking.tasks, run.blocking.fcp, run.interactive);
    parts.push(`${name} interactive ${ms(run.interactive)} longest task ${ms(b.longest)} TBT ${ms(b.tbt)}`);
  };
  const app = runs.app[r - 1];
  felt('app', app);
  if (app) {
    const keys = app.search?.timings.filter((t) => t.painted) ?? [];
    parts.push(
      `pan/zoom work ${ms1(median(app.panZoom.frameWork))} · hover ${ms1(median(app.hover?.timings.map((t) => t.latency) ?? []))} · ` +
        `keystroke p95 ${ms1(p95(keys.map((t) => t.handler + t.paint)))}`,
    );
  }
  felt('phone', runs.phone[r - 1]);
  felt('embed', runs.embed[r - 1]);
  const warm = runs.fgWarmup[r - 1];
  const def = runs.fgDefault[r - 1];
  if (warm && def)
    parts.push(`force-graph interactive ${ms(warm.interactive)} (warm-up) ${ms(def.interactive)} (default)`);
  console.error(`  run ${r}/${of} at ${runs.cpu}×: ${parts.join(' · ')} · load ${load()}`);
}

async function measure(options: Options, executablePath: string): Promise<Collected> {
  const loadStart = load();
  console.error(`bench: load average ${loadStart}`);
  const site = await prepareSite(options.build, {
    synthetic: options.synthetic,
    limitProjects: options.limitProjects,
    embedQuery: options.embedQuery,
    only: options.only,
  });
  const server = await serve(site.dir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const on = (page: BenchPage) => options.pages.includes(page);
  // Started once the app is built, so that only the measuring shares the machine with it.
  const background = startBackgroundLoad(options.busy);
  if (options.busy > 0)
    console.error(`bench: ${describeBackground([options.busy], options.cpu, cpus().length)}`);
  try {
    const speed: SpeedSample[] = [];
    for (const cpu of new Set([1, ...options.cpu])) speed.push(await measureSpeed(browser, cpu));
    console.error(`bench: machine speed, a fixed script in a blank page: ${describeSpeed(speed)}`);
    const instrument = await buildPages(site.dir);
    const sizes = bundleSizes(site.dir);
    const queries = QUERIES.slice(0, options.queries);
    const catalogs: CatalogRuns[] = [];
    let canvas = { width: 0, height: 0 };
    for (const cpu of options.cpu) {
      const setup: PageSetup = { browser, baseUrl: server.url, instrument, viewport: options.viewport, cpu };
      for (const catalog of site.catalogs) {
        console.error(
          `\nbench: ${catalog.label} at ${cpu}× CPU: ${catalog.file}, ${catalog.projects} projects, ${catalog.nodes} nodes, ${catalog.links} links`,
        );
        const runs: CatalogRuns = {
          catalog,
          cpu,
          probe: [],
          app: [],
          fgWarmup: [],
          fgDefault: [],
          phone: [],
          embed: [],
        };
        for (let r = 1; r <= options.runs; r++) {
          // Interleaved, so that each pair of loads shares the machine's load of the moment.
          if (on('probe')) runs.probe.push(await measureProbe(setup, catalog));
          if (on('app')) {
            const app = await measureApp(setup, catalog, queries);
            runs.app.push(app);
            canvas = app.canvas;
          }
          if (on('force-graph')) {
            const size = canvas.width > 0 ? canvas : options.viewport;
            runs.fgWarmup.push(await measureForceGraph(setup, catalog, 'warmup', size, true));
            runs.fgDefault.push(await measureForceGraph(setup, catalog, 'default', size, false));
          }
          const targets = catalog.hoverTargets.map((t) => t.id);
          if (on('phone'))
            runs.phone.push(await measurePage(setup, pagePath('phone', catalog, ''), PHONE, targets));
          if (on('embed')) {
            const path = pagePath('embed', catalog, options.embedQuery);
            runs.embed.push(await measurePage(setup, path, EMBED, catalog.embedHoverTargets));
          }
          progress(r, options.runs, runs);
        }
        catalogs.push(runs);
      }
    }
    return {
      machine: machine(executablePath, browser.version()),
      loadStart,
      loadEnd: load(),
      busy: options.busy,
      speed,
      build: site.build,
      runs: options.runs,
      viewport: options.viewport,
      canvas,
      sizes,
      queries,
      catalogs,
      phoneViewport: on('phone') ? PHONE : undefined,
      embedViewport: on('embed') ? EMBED : undefined,
      embedQuery: options.embedQuery,
    };
  } finally {
    background.stop();
    await browser.close();
    await server.close();
    site.remove();
  }
}

/** Saved runs as one: their catalogs side by side, the machine's load from the first start to the last end. */
function merged(runs: Collected[]): Collected {
  const [first, ...rest] = runs;
  if (!first) throw new Error('bench: --from needs a file');
  if (rest.length === 0) return first;
  return {
    ...first,
    loadEnd: runs.at(-1)!.loadEnd,
    runs: Math.max(...runs.map((r) => r.runs)),
    build: [...new Set(runs.map((r) => r.build))].join('; '),
    busyRuns: runs.map((r) => r.busy),
    speedRuns: runs.map((r) => r.speed ?? []),
    catalogs: runs.flatMap((r) => r.catalogs),
    phoneViewport: runs.find((r) => r.phoneViewport)?.phoneViewport,
    embedViewport: runs.find((r) => r.embedViewport)?.embedViewport,
  };
}

async function main() {
  if (process.argv.includes('--playback')) return runPlayback(process.argv.slice(2));
  const options = parseOptions(process.argv.slice(2));
  if (options.from) {
    const saved = options.from
      .split(',')
      .map((file) => JSON.parse(readFileSync(file, 'utf8'), (_, v) => (v === 'NaN' ? NaN : v)) as Collected);
    process.stdout.write(render(merged(saved)));
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
