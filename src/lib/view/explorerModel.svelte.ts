/**
 * The explorer's view: the shared view model over the URL's state, with the search index built in idle
 * time after load, and the filters' faceted counts. The search engine's code comes apart from the map's
 * (`getSearch` is null until it is here): the first view does not need it, unless the link carries a
 * query, and then the app waits for it before mounting (App.svelte).
 */
import { untrack } from 'svelte';
import type { Catalog } from '../catalog/types.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import type { IdleSearchIndex, SearchResults } from '../search/index.ts';
import { deriveView, type ViewQuery } from './deriveView.ts';
import { countFilters, type FilterCounts } from './filters.ts';
import { ViewModel } from './viewModel.svelte.ts';
import type { ViewState } from './viewState.svelte.ts';

/** What the explorer uses of the search engine (src/lib/search/index.ts), loaded on its own. */
export type SearchEngine = Pick<
  typeof import('../search/index.ts'),
  'buildSearchIndexWhenIdle' | 'searchCatalog'
>;

const UNFILTERED: ViewQuery = { problems: [], maturities: [], article: false, select: null, tour: null };

export class ExplorerModel extends ViewModel {
  constructor(
    getCatalog: () => Catalog,
    getLayout: () => LayoutData | undefined,
    getState: () => ViewState,
    getSize: () => { width: number; height: number },
    getSearch: () => SearchEngine | null,
  ) {
    let searchIndex: IdleSearchIndex | undefined;
    // The warm-up queries' results go through the view as a keystroke's do: its first search then finds
    // `deriveView` compiled and the graph's lookup of hits made (2,438 nodes, 5 ms at 4× CPU).
    const viewResults = (found: SearchResults) =>
      deriveView({ graph: this.graph, tour: [], query: UNFILTERED, hits: found.hits, visible: null });
    const indexFor = (engine: SearchEngine, catalog: Catalog) =>
      searchIndex?.catalog === catalog
        ? searchIndex
        : (searchIndex = engine.buildSearchIndexWhenIdle(catalog, undefined, viewResults));
    super({
      catalog: getCatalog,
      layout: getLayout,
      // While the time control plays, its day is shown without writing the URL on every frame.
      query: () => {
        const state = getState();
        return state.liveAt ? { ...state.params, at: state.liveAt } : state.params;
      },
      search: (catalog) => {
        const query = getState().params.q.trim();
        const engine = getSearch();
        // A query typed before the engine's code is here filters the map as soon as it is.
        if (!query || !engine) return null;
        return engine.searchCatalog(indexFor(engine, catalog).get(), query);
      },
      arrangement: 'map',
      size: getSize,
      live: () => getState().liveAt !== null,
    });
    // The index is built in idle time after load, so the first keystroke only queries.
    $effect(() => {
      const engine = getSearch();
      if (!engine) return;
      const building = indexFor(engine, this.catalog);
      return () => building.cancel();
    });
    // Keyed by the filters alone: a keystroke in the search box (or a hover) must not count them again.
    this.counts = $derived.by(() => {
      void this.filtersKey;
      const { problems, maturities, article } = untrack(() => getState().params);
      return countFilters(this.graph, { problems, maturities, article, time: this.time });
    });
  }
  readonly counts: FilterCounts;
}
