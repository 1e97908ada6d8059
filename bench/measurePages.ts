/**
 * One fresh page load each (a new browser context, so a cold cache): our app, the force-graph page and
 * the probe page, with what each figure needs. Heap is read through CDP after a forced garbage
 * collection, so it is what the page keeps, not what it has not collected yet.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { QUIET_MS, type LongTask } from './blocking.ts';
import type { BenchCatalog } from './catalogs.ts';
import { mainThreadTasks, type TraceEvent, type TracedTask } from './traceTasks.ts';
import {
  hoverNodes,
  panAndZoom,
  sleep,
  typeQueries,
  type HoverResult,
  type PanZoomResult,
  type SearchResult,
} from './interactions.ts';
import type { LoadFigures, SlowEvent } from './inpage/types.ts';
import type { ProbeResult } from './pages/probePage.ts';
import { MAP_READY, waitInPage } from './waitInPage.ts';
import { SEARCH_INDEX_MARK } from '../src/lib/search/idleSearchIndex.ts';

export interface PageSetup {
  browser: Browser;
  baseUrl: string;
  instrument: string;
  viewport: { width: number; height: number };
  /** CPU slowdown (1 = none): Chromium's CPU throttling on every page, set before it navigates. */
  cpu: number;
}

type Viewport = { width: number; height: number };

export async function open(
  setup: PageSetup,
  viewport: Viewport = setup.viewport,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await setup.browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  await context.addInitScript({ content: setup.instrument });
  const page = await context.newPage();
  if (setup.cpu !== 1) {
    // The session stays open with the page: closing it would drop the throttling.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: setup.cpu });
  }
  return { context, page };
}

/** A load's long tasks and first contentful paint, read once the page has been quiet for QUIET_MS. */
export interface LoadBlocking {
  fcp: number;
  tasks: LongTask[];
  /** The same load's main-thread tasks from a trace, with their CPU time (null: no trace). */
  cpuTasks?: TracedTask[] | null;
}

const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/**
 * Traces the page while `run` loads it, then adds the traced tasks to the load's blocking figures. Every
 * page compared (ours, force-graph's) is traced alike: tracing costs the page some main-thread time.
 */
async function withTrace(
  setup: PageSetup,
  page: Page,
  run: () => Promise<{ blocking: LoadBlocking; interactive: number }>,
  mark = 'cloud-native-map:interactive',
): Promise<LoadBlocking> {
  await setup.browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let stopped = false;
  try {
    const { blocking, interactive } = await run();
    const buffer = await setup.browser.stopTracing();
    stopped = true;
    const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
    return { ...blocking, cpuTasks: mainThreadTasks(events, mark, interactive) };
  } finally {
    if (!stopped) await setup.browser.stopTracing().catch(() => undefined);
  }
}

const QUIET_TIMEOUT_MS = 20_000;

/** Waits until no long task has run for QUIET_MS (or the timeout), then reads the load's long tasks. */
export async function blockingOf(page: Page): Promise<LoadBlocking> {
  const until = Date.now() + QUIET_TIMEOUT_MS;
  for (;;) {
    const b = await page.evaluate(() => window.__bench.blocking());
    const lastEnd = b.tasks.reduce((a, t) => Math.max(a, t.start + t.duration), 0);
    if (b.now - lastEnd >= QUIET_MS || Date.now() > until) return { fcp: b.fcp, tasks: b.tasks };
    await sleep(Math.min(500, QUIET_MS - (b.now - lastEnd) + 20));
  }
}

/** JS heap in use as the load left it, and what stays after a full garbage collection (bytes). */
async function heapUsed(page: Page): Promise<{ heap: number; heapBeforeGc: number }> {
  const cdp = await page.context().newCDPSession(page);
  const before = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { heap: after.usedSize, heapBeforeGc: before.usedSize };
}

/** The phone (a 390×844 CSS-pixel screen, as in issue #20) and the embed's iframe. */
export const PHONE = { width: 390, height: 844 };
export const EMBED = { width: 700, height: 500 };

/** Where a page of ours lives for a catalog, relative to the site: the app, or the embed with its query. */
export function pagePath(page: 'app' | 'phone' | 'embed', catalog: BenchCatalog, embedQuery: string): string {
  const withCatalog = catalog.role === 'bundled' ? '' : `catalog=${catalog.file}`;
  if (page !== 'embed') return withCatalog ? `?${withCatalog}` : '';
  return `embed.html?${[embedQuery, withCatalog].filter(Boolean).join('&')}`;
}

const catalogUrl = (setup: PageSetup, catalog: BenchCatalog) =>
  catalog.file === 'catalog.yaml' ? setup.baseUrl : `${setup.baseUrl}?catalog=${catalog.file}`;

/** One load of a page that shows our map (the app at any size, or the embed). */
export interface PageRun {
  /** The `cloud-native-map:interactive` mark: ms from navigation start. */
  interactive: number;
  /** When a Worker's settled layout reached the page (NaN when none came: prebuilt or parsed on the page). */
  layoutSettled?: number;
  blocking: LoadBlocking;
  hover: HoverResult | null;
}

export interface AppRun extends PageRun {
  figures: LoadFigures;
  /** The `cloud-native-map:interactive` mark: ms from navigation start. */
  interactive: number;
  catalogFetch: { start: number; end: number };
  /** When the last script of the first load arrived (ms from navigation start). */
  scriptsEnd: number;
  /** JS heap after load and a full GC, and before that GC (bytes). */
  heap: number;
  heapBeforeGc: number;
  canvas: { width: number; height: number };
  hover: HoverResult;
  panZoom: PanZoomResult;
  search: SearchResult | null;
  /** Event Timing entries of the keystrokes that took 16 ms or more to their next paint. */
  slowKeys: SlowEvent[];
  /**
   * When idle time had built the search index, in ms after the interactive mark; when it had not by the
   * time typing would start, that time (it came no sooner). Absent from runs saved before it was measured.
   */
  searchIndexReady?: number;
}

export async function measureApp(setup: PageSetup, catalog: BenchCatalog, search: string[]): Promise<AppRun> {
  const { context, page } = await open(setup);
  try {
    let figures: LoadFigures | undefined;
    const blocking = await withTrace(setup, page, async () => {
      await page.goto(catalogUrl(setup, catalog), { waitUntil: 'load' });
      await waitInPage(page, MAP_READY);
      const loaded = await blockingOf(page);
      figures = await page.evaluate(() => window.__bench.loadFigures());
      return { blocking: loaded, interactive: figures.marks['cloud-native-map:interactive'] ?? NaN };
    });
    if (!figures) throw new Error('bench: the app page gave no load figures');
    const interactive = figures.marks['cloud-native-map:interactive'] ?? NaN;
    // The file the first map was drawn from: the prebuilt JSON for the bundled catalog and a compiled
    // import (their YAML is downloaded only after the first frame, to be checked), else the YAML.
    const { resources } = figures;
    const served = (file: string) => resources.find((r) => new URL(r.name).pathname.endsWith(`/${file}`));
    const prebuilt = catalog.role === 'bundled' || catalog.compiled;
    const used = (prebuilt && served(catalog.file.replace(/\.ya?ml$/, '.json'))) || served(catalog.file);
    const scripts = figures.resources.filter((r) => r.name.endsWith('.js') && r.start < interactive);
    if (!(await page.evaluate(() => window.__bench.useMapApi())))
      throw new Error('bench: the map has no mapApi handle');
    await sleep(500);
    const heap = await heapUsed(page);
    const box = await page.evaluate(() => window.__bench.canvasBox());
    const hover = await hoverNodes(
      page,
      catalog.hoverTargets.map((t) => t.id),
    );
    const panZoom = await panAndZoom(page);
    await page.evaluate(() => window.__bench.slowEvents());
    // Read before the first keystroke, which would finish a build still under way (issue #20 item 5).
    const searchIndexReady = await page.evaluate(
      ({ mark, interactive }) =>
        (performance.getEntriesByName(mark)[0]?.startTime ?? performance.now()) - interactive,
      { mark: SEARCH_INDEX_MARK, interactive },
    );
    const typed = search.length > 0 ? await typeQueries(page, search) : null;
    const slowKeys = (await page.evaluate(() => window.__bench.slowEvents())).filter((e) =>
      /^key|input$/.test(e.name),
    );
    return {
      figures,
      interactive,
      layoutSettled: figures.marks['bench:layout-settled'] ?? NaN,
      blocking,
      slowKeys,
      catalogFetch: { start: used?.start ?? NaN, end: used?.end ?? NaN },
      scriptsEnd: Math.max(...scripts.map((s) => s.end)),
      ...heap,
      canvas: { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) },
      hover,
      panZoom,
      search: typed,
      searchIndexReady,
    };
  } finally {
    await context.close();
  }
}

/**
 * A page that shows our map, loaded with its own viewport: load figures and hovers only (the app at a
 * phone's size, the embed). Hover targets that the page does not show count as misses.
 */
export async function measurePage(
  setup: PageSetup,
  path: string,
  viewport: Viewport,
  hoverTargets: string[],
): Promise<PageRun> {
  const { context, page } = await open(setup, viewport);
  try {
    let marks: Record<string, number> = {};
    const blocking = await withTrace(setup, page, async () => {
      await page.goto(`${setup.baseUrl}${path}`, { waitUntil: 'load' });
      await waitInPage(page, MAP_READY);
      const loaded = await blockingOf(page);
      marks = (await page.evaluate(() => window.__bench.loadFigures())).marks;
      return { blocking: loaded, interactive: marks['cloud-native-map:interactive'] ?? NaN };
    });
    if (!(await page.evaluate(() => window.__bench.useMapApi())))
      throw new Error(`bench: ${path} has no mapApi handle`);
    const hover = await hoverNodes(page, hoverTargets);
    return {
      interactive: marks['cloud-native-map:interactive'] ?? NaN,
      layoutSettled: marks['bench:layout-settled'] ?? NaN,
      blocking,
      hover,
    };
  } finally {
    await context.close();
  }
}

export type ForceGraphMode = 'default' | 'warmup';

export interface ForceGraphRun {
  mode: ForceGraphMode;
  /** First frame after the simulation stopped and the view was fitted (ms from navigation start). */
  interactive: number;
  /** First frame of any kind (in default mode the layout is still moving then). */
  firstFrame: number;
  engineStop: number;
  blocking: LoadBlocking;
  heap: number;
  heapBeforeGc: number;
  hover: HoverResult | null;
  panZoom: PanZoomResult | null;
}

export async function measureForceGraph(
  setup: PageSetup,
  catalog: BenchCatalog,
  mode: ForceGraphMode,
  canvas: { width: number; height: number },
  interact: boolean,
): Promise<ForceGraphRun> {
  const { context, page } = await open(setup);
  try {
    const query = `catalog=${catalog.file}&mode=${mode}&w=${canvas.width}&h=${canvas.height}`;
    let marks: Record<string, number> = {};
    const blocking = await withTrace(
      setup,
      page,
      async () => {
        await page.goto(`${setup.baseUrl}bench/force-graph.html?${query}`, { waitUntil: 'load' });
        await waitInPage(page, 'window.__forceGraph?.ready === true || !!window.__forceGraph?.error');
        const error = await page.evaluate(() => window.__forceGraph?.error ?? '');
        if (error) throw new Error(`bench: force-graph page: ${error}`);
        const loaded = await blockingOf(page);
        marks = (await page.evaluate(() => window.__bench.loadFigures())).marks;
        return { blocking: loaded, interactive: marks['force-graph:interactive'] ?? NaN };
      },
      'force-graph:interactive',
    );
    await sleep(500);
    const heap = await heapUsed(page);
    const hover = interact
      ? await hoverNodes(
          page,
          catalog.hoverTargets.map((t) => t.index),
        )
      : null;
    const panZoom = interact ? await panAndZoom(page) : null;
    return {
      mode,
      interactive: marks['force-graph:interactive'] ?? NaN,
      firstFrame: marks['force-graph:first-frame'] ?? NaN,
      engineStop: marks['force-graph:engine-stop'] ?? NaN,
      blocking,
      ...heap,
      hover,
      panZoom,
    };
  } finally {
    await context.close();
  }
}

export async function measureProbe(setup: PageSetup, catalog: BenchCatalog): Promise<ProbeResult> {
  const { context, page } = await open(setup);
  try {
    await page.goto(`${setup.baseUrl}bench/probe.html?catalog=${catalog.file}`, { waitUntil: 'load' });
    await waitInPage(page, 'window.__probe !== undefined');
    const result = (await page.evaluate(() => window.__probe))!;
    if (result.error) throw new Error(`bench: probe page: ${result.error}`);
    return result;
  } finally {
    await context.close();
  }
}
