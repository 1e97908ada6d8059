/**
 * Everything the explorer derives from the catalog and the view state: the
 * graph and its layout, what passes the filters, what the search matched, and
 * the tour. Pure derivations with runes; the components only render them.
 */
import type { Catalog } from '../catalog/types.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import { toLayout } from '../graph/toLayout.ts';
import type { LayoutData } from '../graph/toLayout.ts';
import { createSearchIndex, searchCatalog, type SearchIndex } from '../search/index.ts';
import { paramToNodeId } from '../url/viewParams.ts';
import { indexCatalog } from './catalogIndex.ts';
import { applyFilters, countFilters } from './filters.ts';
import { buildTour } from './tour.ts';
import type { ViewState } from './viewState.svelte.ts';
import { maskOf, nodesOf, tourNodesOf } from './nodeMasks.ts';

/** Times `work` as a performance measure (`cloud-native-map:<name>`), which the benchmark reads. */
function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(`cloud-native-map:${name}`, { start, end: performance.now() });
  return result;
}

export type ExplorerModel = ReturnType<typeof createExplorerModel>;

export function createExplorerModel(
  getCatalog: () => Catalog,
  getLayout: () => LayoutData | undefined,
  getView: () => ViewState,
) {
  const catalog = $derived(getCatalog());
  const params = $derived(getView().params);
  const graph = $derived(buildGraph(catalog));
  // Laid out already by the build (prebuilt JSON) or the Worker; computed here only as a last resort.
  const layout = $derived.by(() => {
    const ready = getLayout();
    return measured('layout', () => (ready ? toLayout(ready) : computeLayout(graph)));
  });
  const index = $derived(indexCatalog(catalog));
  const visible = $derived(applyFilters(graph, params));
  const counts = $derived(countFilters(graph, params));
  const selected = $derived(graph.indexOf.get(paramToNodeId(params.select) ?? '') ?? -1);

  // The search index is built on the first query, once per catalog: most visits never search.
  let searchIndex: { catalog: Catalog; index: SearchIndex } | undefined;
  const nodeOf = (hit: { kind: string; id: string }) => graph.indexOf.get(`${hit.kind}:${hit.id}`) ?? -1;
  const passes = (i: number) => i >= 0 && (!visible || visible[i] === 1);

  /** Search results limited to what passes the filters. */
  const results = $derived.by(() => {
    const query = params.q.trim();
    if (!query) return null;
    if (searchIndex?.catalog !== catalog) searchIndex = { catalog, index: createSearchIndex(catalog) };
    const found = searchCatalog(searchIndex.index, query);
    return visible ? { ...found, hits: found.hits.filter((hit) => passes(nodeOf(hit))) } : found;
  });
  const matches = $derived(results ? maskOf(graph.nodes.length, nodesOf(graph, results.hits)) : null);

  const tour = $derived(buildTour(catalog));
  const tourStep = $derived(
    params.tour !== null && params.tour <= tour.length ? tour[params.tour - 1] : undefined,
  );
  /** The nodes a tour step is about: its problems, the projects the article names there, and the article. */
  const tourNodes = $derived(tourStep ? tourNodesOf(graph, tourStep) : null);
  /** What the map highlights: the tour step while touring, otherwise the search matches. */
  const emphasis = $derived(tourNodes ? maskOf(graph.nodes.length, tourNodes) : matches);

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
    get counts() {
      return counts;
    },
    get selected() {
      return selected;
    },
    get results() {
      return results;
    },
    get matches() {
      return matches;
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
