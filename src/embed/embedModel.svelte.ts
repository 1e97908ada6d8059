/**
 * The embed's view: the shared view model, with `problem=` laid out as a small map of its own, and the
 * search code loaded only when a query is typed or given, so an embed without search never downloads it.
 */
import type { Catalog } from '../lib/catalog/types.ts';
import type { LayoutData } from '../lib/graph/toLayout.ts';
import type { SearchIndex } from '../lib/search/index.ts';
import type { ViewParams } from '../lib/url/viewParams.ts';
import { ViewModel } from '../lib/view/viewModel.svelte.ts';

type SearchModule = typeof import('../lib/search/index.ts');
let searchModule: Promise<SearchModule> | undefined;

export function createEmbedModel(
  getCatalog: () => Catalog,
  getLayout: () => LayoutData | undefined,
  getView: () => ViewParams,
  getSize?: () => { width: number; height: number },
  /** True while the date control plays or is dragged. */
  getLive?: () => boolean,
): ViewModel {
  let search = $state.raw<{ module: SearchModule; index: SearchIndex; catalog: Catalog } | null>(null);
  const model = new ViewModel({
    catalog: getCatalog,
    layout: getLayout,
    query: getView,
    search: (catalog) => {
      const query = getView().q.trim();
      if (!query || !search || search.catalog !== catalog) return null;
      return search.module.searchCatalog(search.index, query);
    },
    arrangement: 'focus',
    size: getSize,
    live: getLive,
    // The embed's picture shows meanwhile (EmbedView): none of a host page's main thread goes to layout.
    offPage: true,
  });
  $effect(() => {
    const catalog = model.catalog;
    if (!getView().q.trim() || search?.catalog === catalog) return;
    searchModule ??= import('../lib/search/index.ts');
    void searchModule.then((module) => {
      if (catalog === model.catalog) search = { module, index: module.createSearchIndex(catalog), catalog };
    });
  });
  return model;
}
