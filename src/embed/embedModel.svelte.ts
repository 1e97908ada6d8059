/**
 * What the embed derives from its catalog and parameters. Like the explorer's
 * model but lean: search code is loaded only when a query is typed or given,
 * so an embed without search never downloads it.
 */
import type { Catalog } from '../lib/catalog/types.ts';
import { buildGraph } from '../lib/graph/buildGraph.ts';
import { computeLayout } from '../lib/graph/layout.ts';
import { toLayout } from '../lib/graph/toLayout.ts';
import type { LayoutData } from '../lib/graph/toLayout.ts';
import type { SearchIndex, SearchResults } from '../lib/search/index.ts';
import { paramToNodeId, type ViewParams } from '../lib/url/viewParams.ts';
import { indexCatalog } from '../lib/view/catalogIndex.ts';
import { applyFilters } from '../lib/view/filters.ts';
import { buildTour } from '../lib/view/tour.ts';
import { focusCatalog } from '../lib/render/focusCatalog.ts';
import { maskOf, nodesOf, tourNodesOf } from '../lib/view/nodeMasks.ts';

type SearchModule = typeof import('../lib/search/index.ts');
let searchModule: Promise<SearchModule> | undefined;

export function createEmbedModel(
  getCatalog: () => Catalog,
  getLayout: () => LayoutData | undefined,
  getView: () => ViewParams,
) {
  const catalog = $derived(getCatalog());
  const view = $derived(getView());
  // `problem=` makes a small map of its own: those problems and their projects, laid out alone.
  const shown = $derived(view.problems.length > 0 ? focusCatalog(catalog, view.problems) : catalog);
  const graph = $derived(buildGraph(shown));
  // The whole map can reuse the build's layout; a focused one is small and laid out here.
  const layout = $derived.by(() => {
    const prebuilt = getLayout();
    return prebuilt && shown === catalog ? toLayout(prebuilt) : computeLayout(graph);
  });
  // Details always tell the whole story of a project, not just the part this embed shows.
  const index = $derived(indexCatalog(catalog));
  const visible = $derived(applyFilters(graph, { ...view, problems: [] }));
  const selected = $derived(graph.indexOf.get(paramToNodeId(view.select) ?? '') ?? -1);
  const tour = $derived(buildTour(catalog));
  const tourStep = $derived(view.tour !== null && view.tour <= tour.length ? tour[view.tour - 1] : undefined);

  let search = $state.raw<{ module: SearchModule; index: SearchIndex; catalog: Catalog } | null>(null);
  $effect(() => {
    if (!view.q.trim() || search?.catalog === catalog) return;
    const current = catalog;
    searchModule ??= import('../lib/search/index.ts');
    void searchModule.then((module) => {
      if (current === catalog)
        search = { module, index: module.createSearchIndex(current), catalog: current };
    });
  });
  const results = $derived.by((): SearchResults | null => {
    const query = view.q.trim();
    if (!query || !search || search.catalog !== catalog) return null;
    const found = search.module.searchCatalog(search.index, query);
    const passes = (hit: { kind: string; id: string }) => {
      const i = graph.indexOf.get(`${hit.kind}:${hit.id}`) ?? -1;
      return i >= 0 && (!visible || visible[i] === 1);
    };
    return { ...found, hits: found.hits.filter(passes) };
  });

  const tourNodes = $derived(tourStep ? tourNodesOf(graph, tourStep) : null);
  const emphasis = $derived(
    tourNodes
      ? maskOf(graph.nodes.length, tourNodes)
      : results
        ? maskOf(graph.nodes.length, nodesOf(graph, results.hits))
        : null,
  );

  return {
    get graph() {
      return graph;
    },
    get layout() {
      return layout;
    },
    get index() {
      return index;
    },
    get visible() {
      return visible;
    },
    get selected() {
      return selected;
    },
    get results() {
      return results;
    },
    get tour() {
      return tour;
    },
    get tourStep() {
      return tourStep;
    },
    get tourNodes() {
      return tourNodes;
    },
    get emphasis() {
      return emphasis;
    },
  };
}
