/**
 * From raw runs to figures: each figure is computed per page load, then summarised over loads as
 * median and spread (min–max); comparisons with force-graph are ratios of interleaved runs.
 */
import { blockingFigures, cpuBlocking } from './blocking.ts';
import type { BenchCatalog } from './catalogs.ts';
import type { InputTiming } from './inpage/types.ts';
import type { PanZoomResult } from './interactions.ts';
import type { AppRun, ForceGraphRun, PageRun } from './measurePages.ts';
import type { ProbeResult } from './pages/probePage.ts';
import { median, p95, pairedRatios, quantile, spread, type Spread } from './stats.ts';

export interface CatalogRuns {
  catalog: BenchCatalog;
  /** The CPU slowdown every page of these runs had (1 = none). */
  cpu: number;
  probe: ProbeResult[];
  app: AppRun[];
  fgWarmup: ForceGraphRun[];
  fgDefault: ForceGraphRun[];
  /** The app at a phone's size, and the embed: load figures and hovers. */
  phone: PageRun[];
  embed: PageRun[];
}

/** A frame later than this missed the display's 60 Hz beat. */
export const SLOW_FRAME_MS = 20;

const share = (values: boolean[]) =>
  values.length ? (100 * values.filter(Boolean).length) / values.length : NaN;
const painted = (timings: InputTiming[]) => timings.filter((t) => t.painted);
const work = (t: InputTiming) => t.handler + t.paint;

export interface PanZoomFigures {
  paintMedian: Spread;
  paintP95: Spread;
  rafMedian: Spread;
  rafP95: Spread;
  workMedian: Spread;
  workP95: Spread;
  slowFrames: Spread;
  paintsPerSecond: Spread;
}

export function panZoomFigures(runs: Array<PanZoomResult | null>): PanZoomFigures {
  const list = runs.filter((r): r is PanZoomResult => r !== null);
  return {
    paintMedian: spread(list.map((r) => median(r.paintTimes))),
    paintP95: spread(list.map((r) => p95(r.paintTimes))),
    rafMedian: spread(list.map((r) => median(r.frameIntervals))),
    rafP95: spread(list.map((r) => p95(r.frameIntervals))),
    workMedian: spread(list.map((r) => median(r.frameWork))),
    workP95: spread(list.map((r) => p95(r.frameWork))),
    slowFrames: spread(list.map((r) => share(r.frameIntervals.map((i) => i > SLOW_FRAME_MS)))),
    paintsPerSecond: spread(list.map((r) => r.paints / r.seconds)),
  };
}

export interface HoverFigures {
  latency: Spread;
  work: Spread;
  /** The slowest hover paint of each load (hubs with many projects light the most). */
  slowestPaint: Spread;
  nextFrame: number;
  hovers: number;
  misses: number;
}

export function hoverFigures(runs: Array<{ hover: AppRun['hover'] | null }>): HoverFigures {
  const list = runs.flatMap((r) => (r.hover ? [r.hover] : []));
  const all = list.flatMap((h) => painted(h.timings));
  return {
    latency: spread(list.map((h) => median(painted(h.timings).map((t) => t.latency)))),
    work: spread(list.map((h) => median(painted(h.timings).map(work)))),
    slowestPaint: spread(list.map((h) => Math.max(...painted(h.timings).map((t) => t.paint)))),
    nextFrame: share(all.map((t) => t.framesLate === 0)),
    hovers: all.length,
    misses: list.reduce((a, h) => a + h.misses + h.timings.filter((t) => !t.painted).length, 0),
  };
}

export interface SearchFigures {
  latencyMedian: Spread;
  latencyP95: Spread;
  workMedian: Spread;
  workP95: Spread;
  handlerP95: Spread;
  paintP95: Spread;
  nextFrame: number;
  first: Spread;
  keystrokes: number;
  unpainted: number;
}

export function searchFigures(runs: AppRun[]): SearchFigures | null {
  const list = runs.flatMap((r) => (r.search ? [r.search] : []));
  if (list.length === 0) return null;
  const all = list.flatMap((s) => painted(s.timings));
  return {
    latencyMedian: spread(list.map((s) => median(painted(s.timings).map((t) => t.latency)))),
    latencyP95: spread(list.map((s) => p95(painted(s.timings).map((t) => t.latency)))),
    workMedian: spread(list.map((s) => median(painted(s.timings).map(work)))),
    workP95: spread(list.map((s) => p95(painted(s.timings).map(work)))),
    handlerP95: spread(list.map((s) => p95(painted(s.timings).map((t) => t.handler)))),
    paintP95: spread(list.map((s) => p95(painted(s.timings).map((t) => t.paint)))),
    nextFrame: share(all.map((t) => t.framesLate === 0)),
    first: spread(list.map((s) => s.first?.latency ?? NaN)),
    keystrokes: all.length,
    unpainted: list.reduce((a, s) => a + s.timings.filter((t) => !t.painted).length, 0),
  };
}

/** What a reader feels of one page (app, phone, embed) over its loads. */
export interface FeltFigures {
  loads: number;
  interactive: Spread;
  /** Interactive with the settled layout: the later of the interactive mark and the Worker's settled layout. */
  interactiveSettled: Spread;
  /** The longest main-thread task of a load (navigation to settled). */
  longestTask: Spread;
  /** Total blocking time, first contentful paint to settled. */
  tbt: Spread;
  /** Total blocking time, first contentful paint to interactive. */
  tbtToInteractive: Spread;
  settled: Spread;
  longTasks: Spread;
  /** Longest task and TBT counted in main-thread CPU time (from a trace): a busy machine's waits left out. */
  longestTaskCpu: Spread;
  tbtCpu: Spread;
  /** The same with every task's CPU time multiplied by 4: a 1× load's estimate of 4× on a quiet machine. */
  longestTaskCpu4: Spread;
  tbtCpu4: Spread;
  /** Hover: event to the paint of the highlight, p95 of a load. */
  hoverP95: Spread;
  hoverNextFrame: number;
  /** Keystroke: event to the map paint, p95 of a load; handler + paint p95; INP-like from Event Timing. */
  keyLatencyP95: Spread | null;
  keyWorkP95: Spread | null;
  keyInp: Spread | null;
  /** The search index built in idle time: ms after the interactive mark (the app only). */
  searchIndexReady: Spread | null;
}

/**
 * INP-like for keystrokes, from Event Timing: each interaction's longest entry, then the 98th percentile
 * over the keystrokes typed (those the browser did not report took under 16 ms, counted as 0).
 */
export function keystrokeInp(run: Pick<AppRun, 'slowKeys' | 'search'>): number {
  if (!run.search || !run.slowKeys) return NaN;
  const byInteraction = new Map<number, number>();
  for (const e of run.slowKeys)
    byInteraction.set(e.interactionId, Math.max(byInteraction.get(e.interactionId) ?? 0, e.duration));
  const typed = Math.max(run.search.timings.length, byInteraction.size);
  const all = [...byInteraction.values(), ...Array<number>(typed - byInteraction.size).fill(0)];
  return quantile(all, 0.98);
}

/** When the search index was ready after the map, over the app's loads that measured it. */
function indexReady(runs: Array<PageRun | AppRun>): Spread | null {
  const ready = runs.flatMap((r) =>
    'searchIndexReady' in r && r.searchIndexReady !== undefined ? [r.searchIndexReady] : [],
  );
  return ready.length > 0 ? spread(ready) : null;
}

/** The later of the interactive mark and the settled layout's arrival (the mark alone when none came). */
export const interactiveSettled = (r: Pick<PageRun, 'interactive' | 'layoutSettled'>) =>
  Math.max(r.interactive, Number.isFinite(r.layoutSettled) ? r.layoutSettled! : -Infinity);

export function feltFigures(runs: Array<PageRun | AppRun>): FeltFigures | null {
  if (runs.length === 0) return null;
  const blocking = runs.map((r) =>
    r.blocking ? blockingFigures(r.blocking.tasks, r.blocking.fcp, r.interactive) : null,
  );
  const b = (f: (x: NonNullable<(typeof blocking)[number]>) => number) =>
    spread(blocking.map((x) => (x ? f(x) : NaN)));
  const cpu = (factor: number, f: (x: { longest: number; tbt: number }) => number) =>
    spread(
      runs.map((r, i) => {
        const tasks = r.blocking?.cpuTasks;
        const settled = blocking[i]?.settled;
        return tasks && settled !== undefined ? f(cpuBlocking(tasks, r.blocking.fcp, settled, factor)) : NaN;
      }),
    );
  const hovers = hoverFigures(runs);
  const searched = runs.filter((r): r is AppRun => 'search' in r && r.search !== null);
  const keys = searched.length > 0 ? searchFigures(searched) : null;
  return {
    loads: runs.length,
    interactive: spread(runs.map((r) => r.interactive)),
    interactiveSettled: spread(runs.map(interactiveSettled)),
    longestTask: b((x) => x.longest),
    tbt: b((x) => x.tbt),
    tbtToInteractive: b((x) => x.tbtToInteractive),
    settled: b((x) => x.settled),
    longTasks: b((x) => x.count),
    longestTaskCpu: cpu(1, (x) => x.longest),
    tbtCpu: cpu(1, (x) => x.tbt),
    longestTaskCpu4: cpu(4, (x) => x.longest),
    tbtCpu4: cpu(4, (x) => x.tbt),
    hoverP95: spread(runs.map((r) => (r.hover ? p95(painted(r.hover.timings).map((t) => t.latency)) : NaN))),
    hoverNextFrame: hovers.nextFrame,
    keyLatencyP95: keys?.latencyP95 ?? null,
    keyWorkP95: keys?.workP95 ?? null,
    keyInp: searched.length > 0 ? spread(searched.map(keystrokeInp)) : null,
    searchIndexReady: indexReady(runs),
  };
}

export interface AppFigures {
  fetch: Spread;
  /** parseCatalog and computeLayout on the probe page. */
  parse: Spread;
  layout: Spread;
  graph: Spread;
  searchIndex: Spread;
  scriptsEnd: Spread;
  catalogFetched: Spread;
  afterFetch: Spread;
  interactive: Spread;
  /** The app's own JS files the page requested by the time the map was interactive (file names). */
  jsLoaded: string[];
  /** Every `cloud-native-map:` measure the app reported, by name without the prefix. */
  measures: Record<string, Spread>;
  heapMB: Spread;
  heapBeforeGcMB: Spread;
  panZoom: PanZoomFigures;
  hover: HoverFigures;
  search: SearchFigures | null;
}

function appMeasures(runs: AppRun[]): Record<string, Spread> {
  const names = new Set(runs.flatMap((r) => Object.keys(r.figures.measures)));
  const out: Record<string, Spread> = {};
  for (const name of [...names].sort()) {
    if (!name.startsWith('cloud-native-map:')) continue;
    out[name.slice('cloud-native-map:'.length)] = spread(runs.map((r) => r.figures.measures[name] ?? NaN));
  }
  return out;
}

export function appFigures(runs: CatalogRuns): AppFigures {
  return {
    fetch: spread(runs.app.map((r) => r.catalogFetch.end - r.catalogFetch.start)),
    parse: spread(runs.probe.map((p) => p.parse)),
    layout: spread(runs.probe.map((p) => p.layout)),
    graph: spread(runs.probe.map((p) => p.graph)),
    searchIndex: spread(runs.probe.map((p) => p.searchIndex)),
    scriptsEnd: spread(runs.app.map((r) => r.scriptsEnd)),
    catalogFetched: spread(runs.app.map((r) => r.catalogFetch.end)),
    afterFetch: spread(runs.app.map((r) => r.interactive - r.catalogFetch.end)),
    interactive: spread(runs.app.map((r) => r.interactive)),
    measures: appMeasures(runs.app),
    jsLoaded: [
      ...new Set(
        runs.app.flatMap((r) =>
          r.figures.resources.map((x) => new URL(x.name).pathname).filter((path) => path.endsWith('.js')),
        ),
      ),
    ]
      .map((path) => path.slice(path.lastIndexOf('/') + 1))
      .sort(),
    heapMB: spread(runs.app.map((r) => r.heap / 2 ** 20)),
    heapBeforeGcMB: spread(runs.app.map((r) => r.heapBeforeGc / 2 ** 20)),
    panZoom: panZoomFigures(runs.app.map((r) => r.panZoom)),
    hover: hoverFigures(runs.app),
    search: searchFigures(runs.app),
  };
}

export interface ForceGraphFigures {
  interactive: Spread;
  firstFrame: Spread;
  heapMB: Spread;
  heapBeforeGcMB: Spread;
  panZoom: PanZoomFigures;
  hover: HoverFigures;
}

export function forceGraphFigures(runs: ForceGraphRun[]): ForceGraphFigures {
  return {
    interactive: spread(runs.map((r) => r.interactive)),
    firstFrame: spread(runs.map((r) => r.firstFrame)),
    heapMB: spread(runs.map((r) => r.heap / 2 ** 20)),
    heapBeforeGcMB: spread(runs.map((r) => r.heapBeforeGc / 2 ** 20)),
    panZoom: panZoomFigures(runs.map((r) => r.panZoom)),
    hover: hoverFigures(runs),
  };
}

/** Ours over force-graph, run by run. */
export interface Ratios {
  interactiveVsWarmup: Spread;
  /** Ours with the settled layout over force-graph with warm-up = ours. */
  settledVsWarmup?: Spread;
  interactiveVsDefault: Spread;
  paintMedian: Spread;
  paintP95: Spread;
  rafMedian: Spread;
  rafP95: Spread;
  workMedian: Spread;
  workP95: Spread;
  hover: Spread;
  heap: Spread;
}

export function ratios(runs: CatalogRuns): Ratios {
  const ours = runs.app;
  const fg = runs.fgWarmup;
  const perRun = <T>(list: T[], f: (x: T) => number) => list.map(f);
  const pz = (f: (p: PanZoomResult) => number) => (r: { panZoom: PanZoomResult | null }) =>
    r.panZoom ? f(r.panZoom) : NaN;
  const hoverMedian = (r: { hover: AppRun['hover'] | null }) =>
    r.hover ? median(painted(r.hover.timings).map((t) => t.latency)) : NaN;
  return {
    interactiveVsWarmup: pairedRatios(
      perRun(ours, (r) => r.interactive),
      perRun(fg, (r) => r.interactive),
    ),
    settledVsWarmup: pairedRatios(
      perRun(ours, interactiveSettled),
      perRun(fg, (r) => r.interactive),
    ),
    interactiveVsDefault: pairedRatios(
      perRun(ours, (r) => r.interactive),
      perRun(runs.fgDefault, (r) => r.interactive),
    ),
    paintMedian: pairedRatios(
      ours.map(pz((p) => median(p.paintTimes))),
      fg.map(pz((p) => median(p.paintTimes))),
    ),
    paintP95: pairedRatios(ours.map(pz((p) => p95(p.paintTimes))), fg.map(pz((p) => p95(p.paintTimes)))),
    rafMedian: pairedRatios(
      ours.map(pz((p) => median(p.frameIntervals))),
      fg.map(pz((p) => median(p.frameIntervals))),
    ),
    rafP95: pairedRatios(
      ours.map(pz((p) => p95(p.frameIntervals))),
      fg.map(pz((p) => p95(p.frameIntervals))),
    ),
    workMedian: pairedRatios(
      ours.map(pz((p) => median(p.frameWork))),
      fg.map(pz((p) => median(p.frameWork))),
    ),
    workP95: pairedRatios(ours.map(pz((p) => p95(p.frameWork))), fg.map(pz((p) => p95(p.frameWork)))),
    hover: pairedRatios(ours.map(hoverMedian), fg.map(hoverMedian)),
    heap: pairedRatios(
      ours.map((r) => r.heap),
      fg.map((r) => r.heap),
    ),
  };
}
