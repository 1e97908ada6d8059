/**
 * The runes side of a view, shared by the explorer and the embed: the graph and its layout for the
 * catalog, the tour, and `deriveView` over the current parameters and search results. Each surface adds
 * only what is its own (the explorer's filter counts, the embed's lazily loaded search).
 */
import { untrack } from 'svelte';
import type { Catalog } from '../catalog/types.ts';
import { buildGraph, type Graph } from '../graph/buildGraph.ts';
import { computeLayout, type Layout } from '../graph/layout.ts';
import { shouldTurn, turnLayout } from '../graph/screenShape.ts';
import { toLayout, type LayoutData } from '../graph/toLayout.ts';
import type { SearchHit, SearchResults } from '../search/types.ts';
import { arrangeView, type Arrangement, type ArrangedView } from './arrangeView.ts';
import { indexCatalog, type CatalogIndex } from './catalogIndex.ts';
import { applyFilters } from './filters.ts';
import { reformInWorker } from './reformInWorker.ts';
import { partToReform, placePart, REFORM_ON_PAGE_MAX } from './reformLayout.ts';
import { screenAspect } from './screenAspect.ts';
import { deriveView, hideArticle, type DerivedView, type ViewQuery } from './deriveView.ts';
import { timeMaskOf, type TimeMask } from './timeMask.ts';
import { buildTour, type TourStep } from './tour.ts';

/** Times `work` as a performance measure (`cloud-native-map:<name>`), which the benchmark reads. */
function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(`cloud-native-map:${name}`, { start, end: performance.now() });
  return result;
}

export interface ViewModelSources {
  catalog: () => Catalog;
  /** The whole catalog's layout when the build or the Worker made it already. */
  layout: () => LayoutData | undefined;
  query: () => ViewQuery;
  /** The search results for the view's query over the whole catalog; null without a query. */
  search: (catalog: Catalog) => SearchResults | null;
  arrangement: Arrangement;
  /** The map's width and height on screen, for layouts that fit its shape; none keeps the wide ring. */
  size?: () => { width: number; height: number };
}

export class ViewModel {
  readonly catalog: Catalog;
  readonly query: ViewQuery;
  readonly arranged: ArrangedView;
  readonly graph: Graph;
  readonly layout: Layout;
  /** The screen's shape the layouts fit (screenAspect), once the map has a size. */
  readonly aspect: number | undefined;
  /** What the map draws: the layout, with a filtered view's part re-formed as a map of its own. */
  readonly shownLayout: Layout;
  /** Catalog lookups: details always tell the whole story of a project, not just the part a view shows. */
  readonly index: CatalogIndex;
  readonly tour: TourStep[];
  /** The landscape on the query's day; null for today. */
  readonly time: TimeMask | null;
  readonly found: SearchResults | null;
  readonly view: DerivedView<SearchHit>;
  /** Search results limited to what is shown. */
  readonly results: SearchResults | null;

  constructor(sources: ViewModelSources) {
    this.catalog = $derived(sources.catalog());
    this.query = $derived(sources.query());
    // Keyed by the problems alone: another day, filter or query must not rebuild the graph and its layout
    // (the time control changes the day on every animation frame).
    const problemsKey = $derived(this.query.problems.join(','));
    this.arranged = $derived(
      arrangeView(this.catalog, problemsKey ? problemsKey.split(',') : [], sources.arrangement),
    );
    // Through its own derived, which a filter that keeps the same catalog leaves equal: a problem filter
    // on the whole map must not build the graph again (465 ms on a 2,407-project landscape).
    const shown = $derived(this.arranged.shown);
    const focused = $derived(this.arranged.focused);
    this.graph = $derived(buildGraph(shown));
    this.aspect = $derived.by(() => {
      const size = sources.size?.();
      return size ? screenAspect(size.width, size.height) : undefined;
    });
    // The whole map is laid out already by the build (prebuilt JSON) or the Worker. A focused part is laid
    // out here to the screen's shape: at once when small; when big, its start positions at once (no forces,
    // a few milliseconds) and the settled layout from a Worker.
    const laidOut = $derived.by(() => {
      const ready = focused ? undefined : sources.layout();
      if (ready)
        return { layout: measured('layout', () => toLayout(ready)), settle: false, aspect: undefined };
      const aspect = focused ? this.aspect : undefined;
      const settle = this.graph.nodes.length > REFORM_ON_PAGE_MAX;
      const layout = measured('layout', () => computeLayout(this.graph, settle ? 0 : undefined, aspect));
      return { layout, settle, aspect };
    });
    let settledWhole = $state.raw<{ from: object; layout: Layout } | null>(null);
    $effect(() => {
      const from = laidOut;
      if (!from.settle) return;
      const job = reformInWorker(this.graph, from.aspect);
      void job.done.then((layout) => (settledWhole = { from, layout }));
      return job.cancel;
    });
    const whole = $derived(settledWhole?.from === laidOut ? settledWhole.layout : laidOut.layout);
    // The whole map keeps its ring and only turns to stand up on a tall screen: a yes or no, so a
    // window resized within one orientation lays nothing out again.
    const turned = $derived.by(() => {
      const { x0, y0, x1, y1 } = whole.bounds;
      return !focused && this.aspect !== undefined && shouldTurn((x1 - x0) / (y1 - y0), this.aspect);
    });
    this.layout = $derived(turned ? turnLayout(whole) : whole);
    // Keyed by the filters alone, so another day of the time control never lays the map out again.
    const filterKey = $derived(
      [
        this.arranged.problems.join(','),
        this.query.maturities.join(','),
        this.query.article,
        this.aspect,
      ].join('|'),
    );
    // The filtered part: laid out here when small; when big, its start positions here and the settled
    // layout from a Worker.
    const reform = $derived.by(() => {
      void filterKey;
      const { maturities, article } = untrack(() => this.query);
      const filtered = applyFilters(this.graph, { problems: this.arranged.problems, maturities, article });
      const { singleProblemFocus } = this.arranged;
      const visible = singleProblemFocus
        ? hideArticle(filtered, this.graph.nodes.length, this.graph)
        : filtered;
      const part = partToReform(this.graph, visible);
      const aspect = untrack(() => this.aspect);
      if (!part) return { part, aspect, layout: this.layout };
      const big = part.graph.nodes.length > REFORM_ON_PAGE_MAX;
      const laid = measured('reform', () => computeLayout(part.graph, big ? 0 : undefined, aspect));
      const layout = placePart(this.layout, part.original, laid);
      return big ? { part, aspect, layout: null, start: layout } : { part, aspect, layout };
    });
    let fromWorker = $state.raw<{ part: object; layout: Layout } | null>(null);
    $effect(() => {
      const { part, aspect, layout } = reform;
      if (!part || layout) return;
      const base = this.layout;
      const job = reformInWorker(part.graph, aspect);
      void job.done.then((laid) => (fromWorker = { part, layout: placePart(base, part.original, laid) }));
      return job.cancel;
    });
    this.shownLayout = $derived(
      reform.layout ?? (fromWorker?.part === reform.part ? fromWorker.layout : reform.start!),
    );
    this.index = $derived(indexCatalog(this.catalog));
    this.tour = $derived(buildTour(this.catalog));
    this.time = $derived(timeMaskOf(shown, this.graph, this.query.at));
    this.found = $derived(sources.search(this.catalog));
    this.view = $derived(
      deriveView({
        graph: this.graph,
        // Built only once the tour is opened: a page at load has no use for it.
        tour: this.query.tour !== null ? this.tour : [],
        query: { ...this.query, problems: this.arranged.problems },
        hits: this.found?.hits ?? null,
        singleProblemFocus: this.arranged.singleProblemFocus,
        time: this.time,
      }),
    );
    this.results = $derived(this.found && this.view.hits ? { ...this.found, hits: this.view.hits } : null);
  }
}
