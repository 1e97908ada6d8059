/**
 * The explorer's view: the shared view model over the URL's state, with the search index built in idle
 * time after load, and the filters' faceted counts.
 */
import { untrack } from 'svelte';
import type { Catalog } from '../catalog/types.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import { buildSearchIndexWhenIdle, searchCatalog, type IdleSearchIndex } from '../search/index.ts';
import { countFilters, type FilterCounts } from './filters.ts';
import { ViewModel } from './viewModel.svelte.ts';
import type { ViewState } from './viewState.svelte.ts';

export class ExplorerModel extends ViewModel {
  constructor(
    getCatalog: () => Catalog,
    getLayout: () => LayoutData | undefined,
    getState: () => ViewState,
    getSize?: () => { width: number; height: number },
  ) {
    let searchIndex: IdleSearchIndex | undefined;
    const indexFor = (catalog: Catalog) =>
      searchIndex?.catalog === catalog ? searchIndex : (searchIndex = buildSearchIndexWhenIdle(catalog));
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
        if (!query) return null;
        return searchCatalog(indexFor(catalog).get(), query);
      },
      arrangement: 'map',
      size: getSize,
      live: () => getState().liveAt !== null,
    });
    // The index is built in idle time after load, so the first keystroke only queries.
    $effect(() => {
      const building = indexFor(this.catalog);
      return () => building.cancel();
    });
    // Keyed by the filters alone: a keystroke in the search box (or a hover) must not count them again.
    const filterKey = $derived.by(() => {
      const { problems, maturities, article } = getState().params;
      return [problems.join(','), maturities.join(','), article].join('|');
    });
    this.counts = $derived.by(() => {
      void filterKey;
      const { problems, maturities, article } = untrack(() => getState().params);
      return countFilters(this.graph, { problems, maturities, article, time: this.time });
    });
  }
  readonly counts: FilterCounts;
}
