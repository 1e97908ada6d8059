/**
 * What a static view shows, decided as the app decides it: the filters give
 * the visible nodes; the tour step, else the search matches, else the
 * selection and its neighbours are highlighted (the rest dimmed). Unknown
 * problem ids, a selection that names nothing and a tour step past the end
 * are dropped, as the URL parameters are.
 */
import type { Catalog, Maturity } from '../catalog/types.ts';
import type { Graph } from '../graph/buildGraph.ts';
import { createSearchIndex, searchCatalog } from '../search/index.ts';
import { applyFilters } from '../view/filters.ts';
import { buildTour, type TourStep } from '../view/tour.ts';

export interface StaticView {
  /** Problem ids: only these problems and their projects. */
  problems?: string[];
  maturities?: Maturity[];
  /** Only the projects the article names. */
  article?: boolean;
  /** Search text: its matches are highlighted. */
  q?: string;
  /** As in the URL: a project id, `problem:<id>` or `article` (`project:<id>` works too). */
  select?: string | null;
  /** Step of the article tour, from 1. */
  tour?: number | null;
  theme: 'light' | 'dark';
}

export interface ResolvedView {
  /** 1 where the node is shown; null when nothing is filtered. */
  visible: Uint8Array | null;
  /** 1 where the node is highlighted; null when nothing is (all drawn at full strength). */
  emphasis: Uint8Array | null;
  /** Node index of the selection, -1 for none. */
  selected: number;
  /** The problem ids that were kept. */
  problems: string[];
  tourStep: TourStep | undefined;
  /** Number of search matches shown, null without a search. */
  matches: number | null;
}

function nodeIdOf(select: string): string {
  if (select === 'article' || select.startsWith('problem:') || select.startsWith('project:')) return select;
  return `project:${select}`;
}

function maskOf(size: number, indices: Iterable<number>): Uint8Array {
  const mask = new Uint8Array(size);
  for (const i of indices) if (i >= 0) mask[i] = 1;
  return mask;
}

export function resolveView(catalog: Catalog, graph: Graph, view: StaticView): ResolvedView {
  const size = graph.nodes.length;
  const problems = (view.problems ?? []).filter((id) => graph.indexOf.has(`problem:${id}`));
  const visible = applyFilters(graph, {
    problems,
    maturities: view.maturities ?? [],
    article: view.article ?? false,
  });
  const shown = (i: number | undefined): i is number => i !== undefined && (!visible || visible[i] === 1);

  const candidate = view.select ? graph.indexOf.get(nodeIdOf(view.select)) : undefined;
  const selected = shown(candidate) ? candidate : -1;

  const tour = view.tour ? buildTour(catalog) : [];
  const tourStep = view.tour ? tour[view.tour - 1] : undefined;
  if (tourStep) {
    const ids = [
      'article',
      ...tourStep.problems.map((id) => `problem:${id}`),
      ...tourStep.projects.map((id) => `project:${id}`),
    ];
    const nodes = ids.map((id) => graph.indexOf.get(id)).filter(shown);
    return { visible, emphasis: maskOf(size, nodes), selected, problems, tourStep, matches: null };
  }

  const query = (view.q ?? '').trim();
  if (query) {
    const hits = searchCatalog(createSearchIndex(catalog), query).hits;
    const nodes = hits.map((hit) => graph.indexOf.get(`${hit.kind}:${hit.id}`)).filter(shown);
    return { visible, emphasis: maskOf(size, nodes), selected, problems, tourStep, matches: nodes.length };
  }

  const emphasis =
    selected >= 0 ? maskOf(size, [selected, ...(graph.neighbours[selected] ?? []).filter(shown)]) : null;
  return { visible, emphasis, selected, problems, tourStep, matches: null };
}
