/**
 * The explorer's view: the shared view model over the URL's state, with the search index built on the
 * first query (most visits never search), and the filters' faceted counts.
 */
import type { Catalog } from '../catalog/types.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import { createSearchIndex, searchCatalog, type SearchIndex } from '../search/index.ts';
import { countFilters, type FilterCounts } from './filters.ts';
import { ViewModel } from './viewModel.svelte.ts';
import type { ViewState } from './viewState.svelte.ts';

export class ExplorerModel extends ViewModel {
  constructor(getCatalog: () => Catalog, getLayout: () => LayoutData | undefined, getState: () => ViewState) {
    let searchIndex: { catalog: Catalog; index: SearchIndex } | undefined;
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
        if (searchIndex?.catalog !== catalog) searchIndex = { catalog, index: createSearchIndex(catalog) };
        return searchCatalog(searchIndex.index, query);
      },
      arrangement: 'map',
    });
    this.counts = $derived(countFilters(this.graph, { ...getState().params, time: this.time }));
  }
  readonly counts: FilterCounts;
}
