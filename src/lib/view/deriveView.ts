/**
 * What a view shows, worked out once for every surface (the explorer, the embed, the static pictures):
 * which nodes pass the filters, which one is selected, which tour step is on, what the search matched,
 * what the map lights up and which nodes the camera should frame. Pure: same input, same view.
 *
 * The highlight rule, in order: a tour step lights its nodes; else search matches light up; else the
 * selection lights itself and its neighbours. (Hover and keyboard focus light a neighbourhood on top of
 * all three: `withPointer`.)
 */
import type { Maturity } from '../catalog/types.ts';
import type { Graph } from '../graph/buildGraph.ts';
import { ARTICLE_NODE_ID, paramToNodeId, problemNodeId } from '../graph/nodeIds.ts';
import { applyFilters, type Filters } from './filters.ts';
import { maskOf, neighbourhoodOf, nodeOfHit, tourNodesOf } from './nodeMasks.ts';
import type { TimeMask } from './timeMask.ts';
import type { TourStep } from './tour.ts';

/** The part of the URL's view that decides what is shown (the rest is theme, catalog and such). */
export interface ViewQuery {
  problems: string[];
  maturities: Maturity[];
  article: boolean;
  /** As in the URL: a project id, `problem:<id>` or `article`. */
  select: string | null;
  /** Step of the article tour, from 1; null outside the tour. */
  tour: number | null;
  /** The day the map shows (YYYY-MM-DD); null or absent for today. Its effect arrives as `time`. */
  at?: string | null;
}

export interface Hit {
  kind: 'problem' | 'project';
  id: string;
}

export interface ViewInput<H extends Hit = Hit> {
  /** The graph the surface draws: the whole catalog's, or a focused part of it (see focusCatalog). */
  graph: Graph;
  /** The catalog's tour (buildTour), read whole even when the graph is a part. */
  tour: readonly TourStep[];
  query: ViewQuery;
  /** What the search found for the view's query, in rank order; null when there is no query. */
  hits: readonly H[] | null;
  /**
   * The view shows one problem: its hub is the centre of the picture, so the article node is left out.
   */
  singleProblemFocus?: boolean;
  /** The landscape on the query's day (timeMaskOf): one more filter, and the day's maturity marks. */
  time?: TimeMask | null;
  /**
   * The nodes shown, when the caller has them already (`visibleFor` of the same input): a view that
   * keeps them across keystrokes keeps the same mask, and whatever depends on it alone stays as it is.
   */
  visible?: Uint8Array | null;
}

/** Which nodes the camera should show: some, all that are shown, or none in particular (stay put). */
export type Framing = { nodes: number[] } | 'all' | 'keep';

export interface DerivedView<H extends Hit = Hit> {
  /** 1 where the node is shown; null when everything is. */
  visible: Uint8Array | null;
  /** Each node's maturity mark on the view's day, which the painters use over the graph's; null for today. */
  maturity: readonly (Maturity | null)[] | null;
  /** Node index of the selection, whose details are open (-1 for none), shown by the filters or not. */
  selected: number;
  /** The selection as the map draws it (ringed, named, lighting its neighbours): -1 when it is hidden. */
  marked: number;
  tourStep: TourStep | undefined;
  /** The nodes the tour step is about, or null outside the tour. */
  tourNodes: number[] | null;
  /** The search hits that are shown, in rank order; null without a query. */
  hits: H[] | null;
  /** 1 where a shown search hit is; null without a query. */
  matches: Uint8Array | null;
  /** 1 where the map lights a node (the rest dims); null when nothing is lit. */
  emphasis: Uint8Array | null;
  /** What the camera should frame for this view. */
  framing: Framing;
  /** Changes exactly when the framing's reason does (another tour step, another query…). */
  framingKey: string;
}

/** The problems of the query that are in the graph: a focused graph has only its own. */
const problemsIn = (graph: Graph, query: ViewQuery) =>
  query.problems.filter((id) => graph.indexOf.has(problemNodeId(id)));

/** The nodes a view's filters and day show (null for all): what `deriveView` shows, on its own. */
export function visibleFor(input: Pick<ViewInput, 'graph' | 'query' | 'time' | 'singleProblemFocus'>) {
  const { graph, query } = input;
  const filters = { maturities: query.maturities, article: query.article, time: input.time ?? null };
  return shownBy(graph, { ...filters, problems: problemsIn(graph, query) }, input.singleProblemFocus);
}

export function deriveView<H extends Hit>(input: ViewInput<H>): DerivedView<H> {
  const { graph, query } = input;
  const size = graph.nodes.length;
  const problems = problemsIn(graph, query);
  const time = input.time ?? null;
  const visible = input.visible !== undefined ? input.visible : visibleFor(input);
  const shown = (i: number | undefined): i is number => i !== undefined && (!visible || visible[i] === 1);

  const selected = graph.indexOf.get(paramToNodeId(query.select) ?? '') ?? -1;
  const marked = shown(selected) ? selected : -1;

  const tourStep = query.tour !== null ? input.tour[query.tour - 1] : undefined;
  const tourNodes = tourStep ? tourNodesOf(graph, tourStep).filter(shown) : null;
  // The step on what changed since the article plays the map from the article's day to today (TimeControl):
  // it is framed as it ends, on today's landscape, not on whichever day the play has reached.
  const today =
    tourStep?.changes && time
      ? applyFilters(graph, { problems, maturities: query.maturities, article: query.article })
      : undefined;
  const framed =
    tourStep && today !== undefined
      ? tourNodesOf(graph, tourStep).filter((i) => !today || today[i] === 1)
      : tourNodes;

  // Each hit's node looked up once: a short prefix on a big landscape finds thousands, on every keystroke.
  let hits: H[] | null = null;
  let matchNodes: number[] | null = null;
  if (input.hits) {
    [hits, matchNodes] = [[], []];
    for (const hit of input.hits) {
      const i = nodeOfHit(graph, hit);
      if (!shown(i)) continue;
      hits.push(hit);
      matchNodes.push(i);
    }
  }
  const matches = matchNodes ? maskOf(size, matchNodes) : null;

  const emphasis = tourNodes
    ? maskOf(size, tourNodes)
    : matches
      ? matches
      : marked >= 0
        ? maskOf(size, neighbourhoodOf(graph, marked, shown))
        : null;

  return {
    visible,
    maturity: time?.maturity ?? null,
    selected,
    marked,
    tourStep,
    tourNodes,
    hits,
    matches,
    emphasis,
    ...framingOf(framed, matchNodes, query),
  };
}

/**
 * The nodes a view shows: those that pass its filters (and its day), without the article when the view
 * is of one problem. Null when everything is shown.
 */
export function shownBy(graph: Graph, filters: Filters, singleProblemFocus = false): Uint8Array | null {
  const filtered = applyFilters(graph, filters);
  return singleProblemFocus ? hideArticle(filtered, graph.nodes.length, graph) : filtered;
}

/** The view without the article node: a view of one problem has that problem's hub at its centre. */
export function hideArticle(visible: Uint8Array | null, size: number, graph: Graph): Uint8Array {
  const out = visible ? visible.slice() : new Uint8Array(size).fill(1);
  const article = graph.indexOf.get(ARTICLE_NODE_ID);
  if (article !== undefined) out[article] = 0;
  return out;
}

/**
 * A tour step frames its problems and projects (the article in the middle only when it is all there is);
 * a search frames its matches once there are any; otherwise everything shown.
 */
function framingOf(
  tourNodes: number[] | null,
  matchNodes: number[] | null,
  query: ViewQuery,
): { framing: Framing; framingKey: string } {
  const article = (nodes: number[]) => (nodes.length > 1 ? nodes.filter((i) => i !== 0) : nodes);
  if (tourNodes) return { framing: { nodes: article(tourNodes) }, framingKey: `tour:${query.tour}` };
  if (matchNodes) {
    const nodes = article(matchNodes);
    return nodes.length > 0
      ? { framing: { nodes }, framingKey: `search:${nodes.length}:${hashOf(nodes)}` }
      : { framing: 'keep', framingKey: 'search:none' };
  }
  // A filtered view re-forms (reformLayout.ts) and is framed again; so is the whole map when cleared.
  const filters = [query.problems.join(','), query.maturities.join(','), query.article ? 'article' : ''];
  return { framing: 'all', framingKey: filters.some(Boolean) ? `filters:${filters.join('|')}` : '' };
}

/**
 * A list of node indices as a short key (FNV-1a over the indices): a keystroke on a big landscape matches
 * thousands of nodes, and the camera compares keys on every one. Two lists of the same length colliding
 * would only leave the camera where it is.
 */
function hashOf(nodes: number[]): string {
  let hash = 0x811c9dc5;
  for (const i of nodes) hash = Math.imul(hash ^ i, 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Hover or keyboard focus on a node lights it and its neighbours, over whatever the view lights; with no
 * such node the view's own emphasis stands.
 */
export function withPointer(
  graph: Graph,
  emphasis: Uint8Array | null,
  centre: number,
  shown: (i: number) => boolean,
): Uint8Array | null {
  if (centre < 0) return emphasis;
  return maskOf(graph.nodes.length, neighbourhoodOf(graph, centre, shown));
}
