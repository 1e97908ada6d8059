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
import { reformInWorker } from './reformInWorker.ts';
import { measured } from './measured.ts';
import { PartLayout } from './partLayout.svelte.ts';
import { REFORM_ON_PAGE_MAX } from './reformLayout.ts';
import { screenAspect } from './screenAspect.ts';
import { deriveView, visibleFor, type DerivedView, type ViewQuery } from './deriveView.ts';
import { timeMaskOf, type TimeMask } from './timeMask.ts';
import { buildTour, type TourStep } from './tour.ts';

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
  /** True while the time control's day is live (playing, or its slider dragged): see `shownLayout`. */
  live?: () => boolean;
  /**
   * Lay a focused map out in the Worker however small, once the map has a size (the embed: on a phone's
   * CPU a 60-node layout took 157 ms of its host page's main thread, and the embed has a picture to show
   * meanwhile). See `settling`.
   */
  offPage?: boolean;
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
  /** The layout is start positions that a Worker's layout is still to replace. */
  readonly settling: boolean;
  /** Catalog lookups: details always tell the whole story of a project, not just the part a view shows. */
  readonly index: CatalogIndex;
  readonly tour: TourStep[];
  /** The landscape on the query's day; null for today. */
  readonly time: TimeMask | null;
  readonly found: SearchResults | null;
  readonly view: DerivedView<SearchHit>;
  /** The filters as a key: changes exactly when they do (a keystroke or another day leaves it). */
  readonly filtersKey: string;
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
    // out to the screen's shape: here at once when small; when big or `offPage`, its start positions (no
    // forces, a few milliseconds) and the settled layout from a Worker. Start positions are placed only
    // when something reads them: an embed covers its map with a picture until the Worker's layout comes.
    const laidOut = $derived.by(() => {
      const ready = focused ? undefined : sources.layout();
      if (ready) {
        const layout = measured('layout', () => toLayout(ready));
        return { layout: () => layout, settle: false, aspect: undefined };
      }
      const aspect = focused ? this.aspect : undefined;
      const graph = this.graph;
      const settle = graph.nodes.length > REFORM_ON_PAGE_MAX || (focused && !!sources.offPage);
      // Measured apart: tests tell a page that laid a map out from one that only placed start positions.
      if (!settle) {
        const layout = measured('layout', () => computeLayout(graph, undefined, aspect));
        return { layout: () => layout, settle, aspect };
      }
      let start: Layout | undefined;
      const layout = () => (start ??= measured('start positions', () => computeLayout(graph, 0, aspect)));
      return { layout, settle, aspect };
    });
    let settledWhole = $state.raw<{ from: object; graph: Graph; layout: Layout } | null>(null);
    // A layout that fits the screen waits for the map's size: the shape it fits decides it.
    const sized = (from: { aspect: number | undefined }) =>
      from.aspect !== undefined || !focused || !sources.size;
    $effect(() => {
      const from = laidOut;
      if (!from.settle || !sized(from)) return;
      const graph = this.graph;
      const job = reformInWorker(graph, from.aspect, this);
      void job.done.then((layout) => (settledWhole = { from, graph, layout }));
      return job.cancel;
    });
    const settled = $derived.by(() => {
      if (settledWhole?.from === laidOut) return settledWhole.layout;
      // Off the page, a resized map keeps its last settled layout until the Worker has the new shape's.
      if (sources.offPage && settledWhole?.graph === this.graph) return settledWhole.layout;
      return null;
    });
    const whole = $derived(settled ?? laidOut.layout());
    this.settling = $derived(laidOut.settle && settled === null);
    // The whole map keeps its ring and only turns to stand up on a tall screen: a yes or no, so a
    // window resized within one orientation lays nothing out again.
    const turned = $derived.by(() => {
      const { x0, y0, x1, y1 } = whole.bounds;
      return !focused && this.aspect !== undefined && shouldTurn((x1 - x0) / (y1 - y0), this.aspect);
    });
    this.layout = $derived(turned ? turnLayout(whole) : whole);
    // The filtered part re-forms when the filters or the day change which nodes are shown. While the day
    // is live (a play, a drag) the map holds the layout of the part the filters leave today, where every
    // project the play brings in already has its place: re-forming on every day of a play kept the whole
    // map gliding and being re-framed (17–33 frames a second on the 2,407-project import against 50–59
    // holding still, on this machine). Pausing or letting go re-forms the day's part.
    // What is shown, keyed by the filters (and the day): a keystroke leaves the same masks, so the list
    // view and the part's layout (whatever reads only what is shown) do nothing on it.
    this.filtersKey = $derived(
      [this.arranged.problems.join(','), this.query.maturities.join(','), this.query.article].join('|'),
    );
    const shownOn = (time: TimeMask | null) => {
      void this.filtersKey;
      const { maturities, article } = untrack(() => this.query);
      const query = { problems: this.arranged.problems, maturities, article, select: null, tour: null };
      const { graph, arranged } = this;
      return visibleFor({ graph, query, time, singleProblemFocus: arranged.singleProblemFocus });
    };
    const untimed = $derived(shownOn(null));
    const part = new PartLayout({
      graph: () => this.graph,
      whole: () => this.layout,
      visible: () => (sources.live?.() ? untimed : this.view.visible),
      filters: () => this.filtersKey,
      aspect: () => this.aspect,
    });
    this.shownLayout = $derived(part.layout);
    this.index = $derived(indexCatalog(this.catalog));
    this.tour = $derived(buildTour(this.catalog));
    // Through the day alone: a keystroke (a new query, the same day) keeps the same mask, and so the same
    // shown nodes.
    const at = $derived(this.query.at ?? null);
    this.time = $derived(timeMaskOf(shown, this.graph, at));
    const visible = $derived(shownOn(this.time));
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
        visible,
      }),
    );
    this.results = $derived(this.found && this.view.hits ? { ...this.found, hits: this.view.hits } : null);
  }
}
