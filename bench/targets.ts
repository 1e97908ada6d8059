/**
 * The performance targets of issue #20 (fast on a phone, light in a host page), in one place so that the
 * benchmark's report and docs/performance.md state them alike, and how each is judged on the figures of
 * a run. Every figure is the median over loads (the report shows the spread beside it).
 */
import type { CatalogRole } from './catalogs.ts';
import type { Spread } from './stats.ts';
import type { FeltFigures } from './summarize.ts';

/** Which page a figure comes from: the app at the bench's viewport, the app at a phone's size, the embed. */
export type PageKind = 'app' | 'phone' | 'embed';

/** One page, one catalog, one CPU speed: what a run measured there. */
export interface Observation {
  page: PageKind;
  catalog: { label: string; role: CatalogRole; projects: number; compiled?: boolean };
  cpu: number;
  felt: FeltFigures;
  /** Ours (layout settled) over force-graph with our warm-up, time to interactive, per pair of loads (the app only). */
  interactiveVsWarmup?: Spread;
}

/**
 * Which catalogs a target is about: the bundled one; every catalog up to the documented size limit; or the
 * largest imported landscape (the 2,407-project CNCF import with members, or its synthetic stand-in).
 */
type Scope = 'bundled' | 'all' | 'largest-import';

export interface Target {
  id: string;
  /** The target as the issue states it. */
  text: string;
  pages: PageKind[];
  cpu: number;
  scope: Scope;
  /** The figure judged, from an observation (null when the run did not measure it). */
  figure(o: Observation): Spread | null;
  /**
   * The same figure counted in main-thread CPU time, from the 1× loads: on a busy machine, what a quiet one
   * would show (at 4×, each task's CPU time times 4). Only for the long-task and blocking-time targets.
   */
  estimate?(o: Observation): Spread | null;
  /** Met when the figure's median is below this (or at it, when `inclusive`). */
  limit: number;
  inclusive: boolean;
  unit: 'ms' | '×';
}

const longest = (o: Observation) => o.felt.longestTask;
const longestCpu1 = (o: Observation) => o.felt.longestTaskCpu;
const longestCpu4 = (o: Observation) => o.felt.longestTaskCpu4;

export const TARGETS: Target[] = [
  {
    id: 'long-task-4x',
    text: 'No main-thread task over 200 ms while loading, at 4× CPU: bundled catalog, app (desktop and phone) and embed',
    pages: ['app', 'phone', 'embed'],
    cpu: 4,
    scope: 'bundled',
    figure: longest,
    estimate: longestCpu4,
    limit: 200,
    inclusive: true,
    unit: 'ms',
  },
  {
    id: 'long-task-1x',
    text: 'No main-thread task over 200 ms while loading, at 1×: every catalog up to the size limit, app and embed',
    pages: ['app', 'phone', 'embed'],
    cpu: 1,
    scope: 'all',
    figure: longest,
    estimate: longestCpu1,
    limit: 200,
    inclusive: true,
    unit: 'ms',
  },
  {
    id: 'embed-tbt-4x',
    text: 'Embed at 4× CPU: total blocking time under 200 ms',
    pages: ['embed'],
    cpu: 4,
    scope: 'bundled',
    figure: (o) => o.felt.tbt,
    estimate: (o) => o.felt.tbtCpu4,
    limit: 200,
    inclusive: false,
    unit: 'ms',
  },
  {
    id: 'embed-interactive-4x',
    text: 'Embed at 4× CPU: interactive under 1.5 s',
    pages: ['embed'],
    cpu: 4,
    scope: 'bundled',
    figure: (o) => o.felt.interactive,
    limit: 1500,
    inclusive: false,
    unit: 'ms',
  },
  {
    id: 'import-interactive',
    text: 'The 2,407-project import at 1×: interactive, layout settled, within 1.0 s',
    pages: ['app'],
    cpu: 1,
    scope: 'largest-import',
    figure: (o) => o.felt.interactiveSettled,
    limit: 1000,
    inclusive: true,
    unit: 'ms',
  },
  {
    id: 'import-vs-force-graph',
    text: "The 2,407-project import at 1×: time to interactive, layout settled, at most half force-graph's (warm-up = ours)",
    pages: ['app'],
    cpu: 1,
    scope: 'largest-import',
    figure: (o) => o.interactiveVsWarmup ?? null,
    limit: 0.5,
    inclusive: true,
    unit: '×',
  },
  {
    id: 'keystroke-1x',
    text: 'The 2,407-project import at 1×: keystroke handler + paint under 16 ms at p95',
    pages: ['app'],
    cpu: 1,
    scope: 'largest-import',
    figure: (o) => o.felt.keyWorkP95,
    limit: 16,
    inclusive: false,
    unit: 'ms',
  },
  {
    // The issue asks for the index before the first keystroke, in idle time after load. The bench types
    // seconds later, so the figure is when the index was ready; 2 s after the map is this project's line
    // for a reader who looks, then types.
    id: 'search-index-4x',
    text: 'The 2,407-project import at 4× CPU: search index built in idle time, ready within 2 s of the map, before a first keystroke',
    pages: ['app'],
    cpu: 4,
    scope: 'largest-import',
    figure: (o) => o.felt.searchIndexReady,
    limit: 2000,
    inclusive: true,
    unit: 'ms',
  },
  {
    id: 'keystroke-4x',
    text: 'The 2,407-project import at 4× CPU: keystroke handler + paint under 50 ms at p95',
    pages: ['app'],
    cpu: 4,
    scope: 'largest-import',
    figure: (o) => o.felt.keyWorkP95,
    limit: 50,
    inclusive: false,
    unit: 'ms',
  },
];

export interface Verdict {
  target: Target;
  /** The figures judged, one per page and catalog, as text. */
  measured: string;
  /** null: the run measured nothing this target is about. */
  met: boolean | null;
  /** The CPU-time estimate, as text, and whether it meets the target (null: none). */
  estimate: string;
  estimateMet: boolean | null;
}

function inScope(target: Target, all: Observation[], cpu = target.cpu): Observation[] {
  const on = all.filter((o) => o.cpu === cpu && target.pages.includes(o.page));
  if (target.scope === 'bundled') return on.filter((o) => o.catalog.role === 'bundled');
  if (target.scope === 'all') return on;
  const imports = on.filter((o) => o.catalog.role === 'import');
  const largest = Math.max(...imports.map((o) => o.catalog.projects));
  const candidates = imports.filter((o) => o.catalog.projects === largest);
  // Issue #20 item 4: an import is served with its compiled form, as fast as the bundled catalog; the
  // YAML alone is reported beside it. Without a compiled run, the YAML's figures are judged.
  const compiled = candidates.filter((o) => o.catalog.compiled);
  return compiled.length > 0 ? compiled : candidates;
}

const format = (value: number, unit: Target['unit']) =>
  unit === '×' ? `${value.toFixed(2)}×` : `${Math.round(value).toLocaleString('en')} ms`;

function describe(s: Spread, unit: Target['unit']): string {
  if (!Number.isFinite(s.median)) return 'n/a';
  const range = s.min === s.max ? '' : ` (${format(s.min, unit)}–${format(s.max, unit)})`;
  return `${format(s.median, unit)}${range}`;
}

export const within = (target: Pick<Target, 'limit' | 'inclusive'>, value: number) =>
  Number.isFinite(value) && (target.inclusive ? value <= target.limit : value < target.limit);

function judge(
  target: Target,
  observations: Observation[],
  figure: (o: Observation) => Spread | null,
): { text: string; met: boolean | null } {
  const judged = observations.flatMap((o) => {
    const value = figure(o);
    return value && Number.isFinite(value.median) ? [{ o, value }] : [];
  });
  if (judged.length === 0) return { text: 'not measured in this run', met: null };
  return {
    text: judged
      .map(({ o, value }) => `${o.page}, ${o.catalog.label}: ${describe(value, target.unit)}`)
      .join('; '),
    met: judged.every(({ value }) => within(target, value.median)),
  };
}

export function evaluate(target: Target, observations: Observation[]): Verdict {
  const measured = judge(target, inScope(target, observations), target.figure);
  const estimate = target.estimate
    ? judge(target, inScope(target, observations, 1), target.estimate)
    : { text: '', met: null };
  return {
    target,
    measured: measured.text,
    met: measured.met,
    estimate: estimate.text,
    estimateMet: estimate.met,
  };
}

export const evaluateAll = (observations: Observation[]): Verdict[] =>
  TARGETS.map((t) => evaluate(t, observations));

/** The limit as the report shows it: `≤ 200 ms`, `< 1,500 ms`, `≤ 0.50×`. */
export const limitText = (t: Target) => `${t.inclusive ? '≤' : '<'} ${format(t.limit, t.unit)}`;
