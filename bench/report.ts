/** The benchmark's output: markdown tables, ready to paste into docs/performance.md. */
import type { BundleSizes } from './bundleSizes.ts';
import type { BenchCatalog } from './catalogs.ts';
import type { Machine } from './machine.ts';
import type { Spread } from './stats.ts';
import {
  SLOW_FRAME_MS,
  type AppFigures,
  type ForceGraphFigures,
  type HoverFigures,
  type Ratios,
} from './summarize.ts';

export interface CatalogFigures {
  catalog: BenchCatalog;
  app: AppFigures;
  fgWarmup: ForceGraphFigures;
  fgDefault: ForceGraphFigures;
  ratios: Ratios;
}

export interface ReportInput {
  machine: Machine;
  loadStart: string;
  loadEnd: string;
  build: string;
  runs: number;
  viewport: { width: number; height: number };
  canvas: { width: number; height: number };
  sizes: BundleSizes;
  results: CatalogFigures[];
  queries: string[];
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

const title = (c: BenchCatalog) => `${c.label} (${c.projects.toLocaleString('en')})`;

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

export function report(input: ReportInput): string {
  const m = input.machine;
  const v = verdicts(input);
  return [
    `## Results, ${m.date}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; ${m.chromium} (headless); Node ${m.node}.`,
    `Load average (1/5/15 min) at start ${input.loadStart}, at end ${input.loadEnd}.`,
    `App: ${input.build}. ${input.runs} fresh page loads per figure, each figure as median (min–max over loads).`,
    `Viewport ${input.viewport.width}×${input.viewport.height} at device pixel ratio 1; map canvas ${input.canvas.width}×${input.canvas.height} (force-graph gets the same).`,
    '',
    '### Targets',
    '',
    table(
      ['target', 'measured', 'met'],
      v.map((x) => [x.target, x.measured, x.met ? 'yes' : '**no**']),
    ),
    '',
    '### Our map',
    '',
    ourTable(input),
    '',
    '¹ on the bench probe page: the same src/lib function on the same file in the same browser, on the main thread, timed alone. ' +
      'App measures are what the app reports with performance.measure, spanning whatever it puts inside them.',
    `Queries typed: ${input.queries.map((q) => `"${q}"`).join(', ')}.`,
    '',
    '### Bundle (dist/assets, gzip level 9)',
    '',
    sizeTable(input.sizes),
    '',
    '### Against force-graph on the same graph',
    '',
    comparisonTable(input),
    '',
    'Ratios are ours / force-graph per pair of interleaved loads, then median (min–max); below 1 means ours is faster or smaller. ' +
      `force-graph's warm-up ticks (our layout's): ${input.results.map((x) => `${x.catalog.label} ${x.catalog.warmupTicks ?? '?'}`).join(', ')}.`,
    '',
  ].join('\n');
}
