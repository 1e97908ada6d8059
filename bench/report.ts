/** The benchmark's output: markdown tables, ready to paste into docs/performance.md. */
import type { BundleSizes } from './bundleSizes.ts';
import type { BenchCatalog } from './catalogs.ts';
import type { Machine } from './machine.ts';
import type { Spread } from './stats.ts';
import { QUIET_MS } from './blocking.ts';
import {
  SLOW_FRAME_MS,
  type AppFigures,
  type FeltFigures,
  type ForceGraphFigures,
  type HoverFigures,
  type Ratios,
} from './summarize.ts';
import { evaluateAll, limitText, type Observation, type PageKind } from './targets.ts';

export interface CatalogFigures {
  catalog: BenchCatalog;
  /** CPU slowdown of these loads (1 = none). */
  cpu: number;
  /** What a reader feels, per page; null when the page was not measured. */
  felt: Record<PageKind, FeltFigures | null>;
  app: AppFigures;
  fgWarmup: ForceGraphFigures;
  fgDefault: ForceGraphFigures;
  ratios: Ratios;
}

export interface ReportInput {
  machine: Machine;
  loadStart: string;
  loadEnd: string;
  /** The benchmark's own background load, in words (describeBackground). */
  background: string;
  /** The most cores any of the runs kept busy (--busy), 0 for none. */
  busiest: number;
  /** A fixed script's time at each slowdown, in words (machineSpeed.ts). */
  speed: string;
  build: string;
  runs: number;
  viewport: { width: number; height: number };
  canvas: { width: number; height: number };
  sizes: BundleSizes;
  results: CatalogFigures[];
  queries: string[];
  /** The phone's and the embed's viewports, and the embed's query. */
  phoneViewport?: { width: number; height: number };
  embedViewport?: { width: number; height: number };
  embedQuery?: string;
}

const num = (value: number, digits: number) =>
  Number.isFinite(value)
    ? value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';

/** "median (min–max)", or just the value when the runs agree or there was one. */
export function cell(s: Spread, digits = 1): string {
  if (!Number.isFinite(s.median)) return 'n/a';
  const m = num(s.median, digits);
  const lo = num(s.min, digits);
  const hi = num(s.max, digits);
  return lo === hi ? m : `${m} (${lo}–${hi})`;
}

const ratio = (s: Spread) => (Number.isFinite(s.median) ? `${cell(s, 2)}` : 'n/a');
const pct = (value: number) => (Number.isFinite(value) ? `${num(value, 0)} %` : 'n/a');
const hovers = (h: HoverFigures) =>
  `${pct(h.nextFrame)} of ${h.hovers}${h.misses > 0 ? ` (${h.misses} targets too small to hit)` : ''}`;
const kB = (bytes: number) => `${num(bytes / 1000, 1)} kB`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** gzip bytes of the app's JS files the page requested (Resource Timing names found in the bundle). */
export function loadedJs(sizes: BundleSizes, a: AppFigures): number {
  return sizes.files.filter((f) => a.jsLoaded.includes(f.file)).reduce((sum, f) => sum + f.gzip, 0);
}

const title = (c: Pick<BenchCatalog, 'label' | 'projects'>) =>
  `${c.label} (${c.projects.toLocaleString('en')})`;

function ourTable(input: ReportInput): string {
  const r = input.results;
  const row = (name: string, target: string, f: (a: AppFigures) => string) => [
    name,
    ...r.map((x) => f(x.app)),
    target,
  ];
  const measureNames = [...new Set(r.flatMap((x) => Object.keys(x.app.measures)))].sort();
  return table(
    ['figure (ms unless noted)', ...r.map((x) => title(x.catalog)), 'target'],
    [
      row('catalog fetch (Resource Timing)', '', (a) => cell(a.fetch)),
      ...measureNames.map((name) =>
        row(`app measure \`cloud-native-map:${name}\``, '', (a) =>
          a.measures[name] ? cell(a.measures[name]) : 'n/a',
        ),
      ),
      row('parseCatalog: parse + validate ¹', '', (a) => cell(a.parse)),
      row('buildGraph ¹', '', (a) => cell(a.graph)),
      row('computeLayout ¹', '', (a) => cell(a.layout)),
      row('createSearchIndex (the app builds it on the first keystroke) ¹', '', (a) => cell(a.searchIndex)),
      row('last script arrived (a Worker script too), from navigation', '', (a) => cell(a.scriptsEnd, 0)),
      row('catalog fetched, from navigation', '', (a) => cell(a.catalogFetched, 0)),
      row('catalog fetched → interactive', '', (a) => cell(a.afterFetch, 0)),
      row('app JS the page loaded by then, gzip (kB)', '', (a) => num(loadedJs(input.sizes, a) / 1000, 1)),
      row('**interactive, from navigation**', '≤ 1,500', (a) => `**${cell(a.interactive, 0)}**`),
      row('pan/zoom: paint median', '< 16', (a) => cell(a.panZoom.paintMedian, 2)),
      row('pan/zoom: paint p95', '', (a) => cell(a.panZoom.paintP95, 2)),
      row('pan/zoom: frame work median (vsync → main thread done)', '', (a) => cell(a.panZoom.workMedian)),
      row('pan/zoom: frame work p95', '', (a) => cell(a.panZoom.workP95)),
      row('pan/zoom: rAF interval median', '', (a) => cell(a.panZoom.rafMedian)),
      row('pan/zoom: rAF interval p95', '', (a) => cell(a.panZoom.rafP95)),
      row(`pan/zoom: frames over ${SLOW_FRAME_MS} ms (%)`, '', (a) => cell(a.panZoom.slowFrames, 1)),
      row('pan/zoom: paints per second', '', (a) => cell(a.panZoom.paintsPerSecond, 0)),
      row('hover → highlight painted', '', (a) => cell(a.hover.latency)),
      row('hover: handler + paint', '', (a) => cell(a.hover.work, 2)),
      row('hover: slowest paint of a load', '', (a) => cell(a.hover.slowestPaint)),
      row('hovers painted in the next frame', '≥ 95 %', (a) => hovers(a.hover)),
      row('keystroke → map painted, median', '', (a) => (a.search ? cell(a.search.latencyMedian) : 'n/a')),
      row('keystroke → map painted, p95', '', (a) => (a.search ? cell(a.search.latencyP95) : 'n/a')),
      row('keystroke: handler + paint, median', '', (a) => (a.search ? cell(a.search.workMedian, 2) : 'n/a')),
      row('keystroke: handler + paint, p95', '< 16', (a) => (a.search ? cell(a.search.workP95, 2) : 'n/a')),
      row('keystroke: handler p95 (search, DOM update)', '', (a) =>
        a.search ? cell(a.search.handlerP95, 2) : 'n/a',
      ),
      row('keystroke: map paint p95', '', (a) => (a.search ? cell(a.search.paintP95, 2) : 'n/a')),
      row('keystrokes painted in the next frame', '≥ 95 %', (a) =>
        a.search ? `${pct(a.search.nextFrame)} of ${a.search.keystrokes}` : 'n/a',
      ),
      row('first keystroke → painted (builds the index)', '', (a) =>
        a.search ? cell(a.search.first) : 'n/a',
      ),
      row('JS heap after load, before GC (MB)', '', (a) => cell(a.heapBeforeGcMB)),
      row('JS heap after load, after a full GC (MB)', '', (a) => cell(a.heapMB)),
    ],
  );
}

function sizeTable(sizes: BundleSizes): string {
  return table(
    ['file', 'raw', 'gzip', 'loaded'],
    [
      ...sizes.files.map((f) => [f.file, kB(f.raw), kB(f.gzip), f.initial ? 'at once' : 'later']),
      ['**JS at once / in all**', '', `**${kB(sizes.initialJs)} / ${kB(sizes.allJs)}**`, 'target < 120 kB'],
      ['**CSS at once / in all**', '', `**${kB(sizes.initialCss)} / ${kB(sizes.allCss)}**`, ''],
    ],
  );
}

function comparisonTable(input: ReportInput): string {
  const rows: string[][] = [];
  for (const x of input.results) {
    const { app: a, fgWarmup: w, fgDefault: d, ratios: q } = x;
    const add = (name: string, ours: string, warm: string, def: string, rw: string, rd = '') =>
      rows.push([title(x.catalog), name, ours, warm, def, rw, rd]);
    add(
      'interactive (ms)',
      cell(a.interactive, 0),
      cell(w.interactive, 0),
      cell(d.interactive, 0),
      ratio(q.interactiveVsWarmup),
      ratio(q.interactiveVsDefault),
    );
    add('first frame (ms)', cell(a.interactive, 0), cell(w.firstFrame, 0), cell(d.firstFrame, 0), '');
    add(
      'pan/zoom paint median (ms)',
      cell(a.panZoom.paintMedian, 2),
      cell(w.panZoom.paintMedian, 2),
      '',
      ratio(q.paintMedian),
    );
    add(
      'pan/zoom paint p95 (ms)',
      cell(a.panZoom.paintP95, 2),
      cell(w.panZoom.paintP95, 2),
      '',
      ratio(q.paintP95),
    );
    add(
      'pan/zoom frame work median (ms)',
      cell(a.panZoom.workMedian),
      cell(w.panZoom.workMedian),
      '',
      ratio(q.workMedian),
    );
    add(
      'pan/zoom frame work p95 (ms)',
      cell(a.panZoom.workP95),
      cell(w.panZoom.workP95),
      '',
      ratio(q.workP95),
    );
    add(
      'pan/zoom rAF interval median (ms)',
      cell(a.panZoom.rafMedian),
      cell(w.panZoom.rafMedian),
      '',
      ratio(q.rafMedian),
    );
    add(
      'pan/zoom rAF interval p95 (ms)',
      cell(a.panZoom.rafP95),
      cell(w.panZoom.rafP95),
      '',
      ratio(q.rafP95),
    );
    add('hover → highlight painted (ms)', cell(a.hover.latency), cell(w.hover.latency), '', ratio(q.hover));
    add('hovers painted in the next frame', hovers(a.hover), hovers(w.hover), '', '');
    add('JS heap before GC (MB)', cell(a.heapBeforeGcMB), cell(w.heapBeforeGcMB), cell(d.heapBeforeGcMB), '');
    add('JS heap after a full GC (MB)', cell(a.heapMB), cell(w.heapMB), cell(d.heapMB), ratio(q.heap));
  }
  return table(
    [
      'catalog',
      'figure',
      'ours',
      'force-graph, warm-up = ours',
      'force-graph, default',
      'ours / fg warm-up',
      'ours / fg default',
    ],
    rows,
  );
}

interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

function verdicts(input: ReportInput): Verdict[] {
  const large = input.results.filter((x) => x.catalog.label !== 'bundled');
  const on = large.length > 0 ? large : input.results;
  const each = (f: (x: CatalogFigures) => string) => on.map((x) => `${x.catalog.label}: ${f(x)}`).join('; ');
  const all = (f: (x: CatalogFigures) => boolean) => on.every(f);
  const searched = on.filter((x) => x.app.search);
  return [
    {
      target: 'interactive within 1.5 s of navigation (median)',
      measured: each((x) => `${cell(x.app.interactive, 0)} ms`),
      met: all((x) => x.app.interactive.median <= 1500),
    },
    {
      target: 'pan/zoom frame median under 16 ms (paint; rAF interval shows the 60 Hz beat)',
      measured: each(
        (x) => `paint ${cell(x.app.panZoom.paintMedian, 2)} ms, rAF ${cell(x.app.panZoom.rafMedian)} ms`,
      ),
      met: all((x) => x.app.panZoom.paintMedian.median < 16),
    },
    {
      target: 'search update under 16 ms at p95 (handler + paint; painted in the next frame)',
      measured: searched.length
        ? searched
            .map(
              (x) =>
                `${x.catalog.label}: p95 ${cell(x.app.search!.workP95, 2)} ms, ${pct(x.app.search!.nextFrame)} in the next frame, event → paint p95 ${cell(x.app.search!.latencyP95)} ms`,
            )
            .join('; ')
        : 'not measured (--no-search)',
      met:
        searched.length > 0 &&
        searched.every((x) => x.app.search!.workP95.median < 16 && x.app.search!.nextFrame >= 95),
    },
    {
      target: 'hover highlights within one frame (≥ 95 % of hovers painted in the next frame)',
      measured: each(
        (x) => `${pct(x.app.hover.nextFrame)} in the next frame, ${cell(x.app.hover.latency)} ms`,
      ),
      met: all((x) => x.app.hover.nextFrame >= 95),
    },
    {
      target:
        'app JS under 120 kB gzip (what a visit loads: at once, plus a Worker when it opens an imported catalog)',
      measured:
        input.results.map((x) => `${x.catalog.label}: ${kB(loadedJs(input.sizes, x.app))}`).join('; ') +
        `; all chunks ${kB(input.sizes.allJs)}, at once ${kB(input.sizes.initialJs)}`,
      met: input.results.every((x) => loadedJs(input.sizes, x.app) < 120_000),
    },
    {
      target: 'time to interactive no worse than force-graph (ratio ≤ 1)',
      measured: each(
        (x) =>
          `${ratio(x.ratios.interactiveVsWarmup)} vs warm-up, ${ratio(x.ratios.interactiveVsDefault)} vs default`,
      ),
      met: all((x) => x.ratios.interactiveVsWarmup.median <= 1 && x.ratios.interactiveVsDefault.median <= 1),
    },
    {
      target: 'frame time no worse than force-graph (paint ratio ≤ 1, rAF p95 ratio ≤ 1.05)',
      measured: each((x) => `paint ${ratio(x.ratios.paintMedian)}, rAF p95 ${ratio(x.ratios.rafP95)}`),
      met: all((x) => x.ratios.paintMedian.median <= 1 && x.ratios.rafP95.median <= 1.05),
    },
  ];
}

const PAGE_NAMES: Record<PageKind, string> = { app: 'app', phone: 'app, phone size', embed: 'embed' };

/** Every page, catalog and CPU speed the run measured, as the targets read them. */
export function observations(results: CatalogFigures[]): Observation[] {
  return results.flatMap((x) =>
    (['app', 'phone', 'embed'] as const).flatMap((page) => {
      const felt = x.felt[page];
      if (!felt) return [];
      const o: Observation = { page, catalog: x.catalog, cpu: x.cpu, felt };
      if (page === 'app') o.interactiveVsWarmup = x.ratios.settledVsWarmup ?? x.ratios.interactiveVsWarmup;
      return [o];
    }),
  );
}

const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'yes' : '**no**');

function issue20Targets(input: ReportInput): string {
  return table(
    [
      'target (issue #20)',
      'limit',
      'figure: median (min–max) of loads',
      'met',
      'estimate from the 1× loads’ CPU time',
      'met by the estimate',
    ],
    evaluateAll(observations(input.results)).map((v) => [
      v.target.text,
      limitText(v.target),
      v.measured,
      verdict(v.met),
      v.estimate,
      v.target.estimate ? verdict(v.estimateMet) : '',
    ]),
  );
}

function feltTable(input: ReportInput): string {
  const opt = (s: Spread | null | undefined, digits = 0) => (s ? cell(s, digits) : 'n/a');
  const rows = observations(input.results).map(({ page, catalog, cpu, felt: f }) => [
    PAGE_NAMES[page],
    title(catalog),
    `${cpu}×`,
    cell(f.interactive, 0),
    cell(f.interactiveSettled, 0),
    cell(f.longestTask, 0),
    cell(f.tbt, 0),
    cell(f.tbtToInteractive, 0),
    cell(f.longestTaskCpu, 0),
    cell(f.tbtCpu, 0),
    cell(f.longTasks, 0),
    cell(f.hoverP95, 1),
    opt(f.keyLatencyP95, 1),
    opt(f.keyWorkP95, 1),
    opt(f.keyInp, 0),
  ]);
  return table(
    [
      'page',
      'catalog',
      'CPU',
      'interactive',
      'interactive, layout settled',
      'longest task',
      'TBT, FCP → settled',
      'TBT, FCP → interactive',
      'longest task, CPU time',
      'TBT, CPU time',
      'long tasks',
      'hover → paint p95',
      'keystroke → paint p95',
      'keystroke handler + paint p95',
      'keystroke INP-like (Event Timing p98)',
    ],
    rows,
  );
}

/**
 * Each run's --busy, in words: runs saved before the option had none of their own. With throttled runs
 * (`cpus` above 1) on a machine left with less than two free cores, says what such figures measure.
 */
export function describeBackground(
  busy: Array<number | undefined>,
  cpus: number[] = [],
  cores = Infinity,
): string {
  const counts = [...new Set(busy.map((n) => n ?? 0))].sort((a, b) => a - b);
  const one = (n: number) =>
    n === 0 ? 'none of its own' : `${n} ${n === 1 ? 'core' : 'cores'} kept busy (--busy ${n})`;
  const text =
    counts.length <= 1
      ? one(counts[0] ?? 0)
      : `differs between the saved runs (${counts.map((n) => `--busy ${n}`).join(', ')})`;
  const busiest = counts.at(-1) ?? 0;
  if (busiest === 0 || !cpus.some((c) => c > 1) || cores - busiest >= 2) return text;
  return (
    `${text}. Chromium's CPU throttling holds the page's main thread back by making it spin (on Linux, in a ` +
    `signal handler, most of a core even on an idle page), so the throttled figures of this run count the ` +
    `background load twice: a throttled page and a busy core leave the page's other threads one core between them`
  );
}

export function report(input: ReportInput): string {
  const m = input.machine;
  const cpus = [...new Set(input.results.map((x) => x.cpu))].sort((a, b) => a - b);
  const phone = input.phoneViewport;
  const embed = input.embedViewport;
  return [
    `## Results, ${m.date}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; ${m.chromium} (headless); Node ${m.node}.`,
    `Load average (1/5/15 min) at start ${input.loadStart}, at end ${input.loadEnd}. Background load: ${input.background}.`,
    `Machine speed, a fixed script in a blank page: ${input.speed}.`,
    `App: ${input.build}. ${input.runs} fresh page loads per figure, each figure as median (min–max over loads).`,
    `CPU: ${cpus.map((c) => `${c}×`).join(', ')} (Chromium's CPU throttling, set on every page before it loads).`,
    `Viewport ${input.viewport.width}×${input.viewport.height} at device pixel ratio 1; map canvas ${input.canvas.width}×${input.canvas.height} (force-graph gets the same).` +
      (phone ? ` Phone: the app at ${phone.width}×${phone.height}.` : '') +
      (embed ? ` Embed: \`embed.html?${input.embedQuery ?? ''}\` at ${embed.width}×${embed.height}.` : ''),
    '',
    '### Targets of issue #20',
    '',
    issue20Targets(input),
    '',
    ...(input.busiest === 0
      ? [
          'The issue holds the keystroke targets with the benchmark’s background load, which this run did not add: `--busy 1` adds it.',
          '',
        ]
      : []),
    '### What a reader feels',
    '',
    feltTable(input),
    '',
    `All in ms from navigation start or as durations. Longest task and long tasks: \`longtask\` entries from navigation until the page settled ` +
      `(the end of the last long task before ${QUIET_MS / 1000} s without one). TBT: Lighthouse's total blocking time, each long task's part ` +
      'beyond 50 ms inside the window, from first contentful paint to settled (and to the interactive mark). Hover and keystroke → paint: the ' +
      'event to the end of the paint that shows it; INP-like: Event Timing durations of the keystrokes (event to the next frame presented), 98th percentile. ' +
      'CPU time: the same tasks in a trace of the load, counted by the main thread’s CPU time, which leaves out the waits for a core on a busy machine; ' +
      'the targets’ estimate takes it from the 1× loads, times 4 for the 4× targets.',
    '',
    '### Bundle (dist/assets, gzip level 9)',
    '',
    sizeTable(input.sizes),
    '',
    ...cpus.flatMap((cpu) =>
      body({ ...input, results: input.results.filter((x) => x.cpu === cpu) }, cpu, cpus.length > 1),
    ),
  ].join('\n');
}

function body(input: ReportInput, cpu: number, several: boolean): string[] {
  const at = several || cpu !== 1 ? ` at ${cpu}× CPU` : '';
  const v = verdicts(input);
  return [
    `### Targets of issues 4, 5 and 8${at}`,
    '',
    table(
      ['target', 'measured', 'met'],
      v.map((x) => [x.target, x.measured, x.met ? 'yes' : '**no**']),
    ),
    '',
    `### Our map${at}`,
    '',
    ourTable(input),
    '',
    '¹ on the bench probe page: the same src/lib function on the same file in the same browser, on the main thread, timed alone. ' +
      'App measures are what the app reports with performance.measure, spanning whatever it puts inside them.',
    `Queries typed: ${input.queries.map((q) => `"${q}"`).join(', ')}.`,
    '',
    `### Against force-graph on the same graph${at}`,
    '',
    comparisonTable(input),
    '',
    'Ratios are ours / force-graph per pair of interleaved loads, then median (min–max); below 1 means ours is faster or smaller. ' +
      `force-graph's warm-up ticks (our layout's): ${input.results.map((x) => `${x.catalog.label} ${x.catalog.warmupTicks ?? '?'}`).join(', ')}.`,
    '',
  ];
}
