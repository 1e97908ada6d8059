/**
 * Filters: by problem (several), by maturity (several), and "named in the
 * article". Values within a filter are OR, filters combine with AND. Counts are
 * faceted: each value's count applies the other filters, so it says how many
 * projects picking that value would show.
 */
import { MATURITIES, type Maturity } from '../catalog/types.ts';
import type { Graph, GraphNode } from '../graph/buildGraph.ts';
import { problemNodeId } from '../graph/nodeIds.ts';
import type { TimeMask } from './timeMask.ts';

export interface Filters {
  problems: string[];
  maturities: Maturity[];
  article: boolean;
  /** The landscape on a day (`at=`): projects not in it yet drop out, and maturity is the day's. */
  time?: TimeMask | null;
}

export interface FilterCounts {
  problems: Map<string, number>;
  maturities: Map<Maturity, number>;
  article: number;
  /** Projects passing all filters. */
  total: number;
}

export const isFiltering = (f: Filters) => f.problems.length > 0 || f.maturities.length > 0 || f.article;

type Test = (node: GraphNode) => boolean;

const maturityOf = (node: GraphNode, time: TimeMask | null | undefined): Maturity =>
  (time ? time.maturity[node.index] : node.maturity) ?? 'none';
const presentAt = (node: GraphNode, time: TimeMask | null | undefined) =>
  !time || time.present[node.index] === 1;

function tests(graph: Graph, filters: Filters): { problem: Test; maturity: Test; article: Test } {
  const problemIndices = new Set(filters.problems.map((id) => graph.indexOf.get(problemNodeId(id))));
  const maturities = new Set(filters.maturities);
  return {
    problem: (n) => problemIndices.size === 0 || n.problems.some((p) => problemIndices.has(p)),
    maturity: (n) => maturities.size === 0 || maturities.has(maturityOf(n, filters.time)),
    article: (n) => !filters.article || n.fromArticle,
  };
}

/**
 * 1 for every node that passes, or null when no filter is set. Problem hubs stay when they are chosen
 * (or no problem is chosen) and still have a project showing; the article always stays.
 */
export function applyFilters(graph: Graph, filters: Filters): Uint8Array | null {
  if (!isFiltering(filters) && !filters.time) return null;
  const t = tests(graph, filters);
  const chosen = new Set(filters.problems);
  const visible = new Uint8Array(graph.nodes.length);
  const hubHasProject = new Set<number>();
  for (const node of graph.nodes) {
    if (node.kind !== 'project' || !presentAt(node, filters.time)) continue;
    if (t.problem(node) && t.maturity(node) && t.article(node)) {
      visible[node.index] = 1;
      for (const p of node.problems) hubHasProject.add(p);
    }
  }
  for (const node of graph.nodes) {
    if (node.kind === 'article') visible[node.index] = 1;
    if (
      node.kind === 'problem' &&
      hubHasProject.has(node.index) &&
      (chosen.size === 0 || chosen.has(node.key))
    ) {
      visible[node.index] = 1;
    }
  }
  return visible;
}

export function countFilters(graph: Graph, filters: Filters): FilterCounts {
  const t = tests(graph, filters);
  const problems = new Map<string, number>();
  const maturities = new Map<Maturity, number>(MATURITIES.map((m) => [m, 0]));
  let article = 0;
  let total = 0;
  for (const node of graph.nodes) {
    if (node.kind !== 'project' || !presentAt(node, filters.time)) continue;
    const p = t.problem(node);
    const m = t.maturity(node);
    const a = t.article(node);
    if (m && a) {
      for (const index of node.problems) {
        const key = graph.nodes[index]!.key;
        problems.set(key, (problems.get(key) ?? 0) + 1);
      }
    }
    const level = maturityOf(node, filters.time);
    if (p && a) maturities.set(level, (maturities.get(level) ?? 0) + 1);
    if (p && m && node.fromArticle) article++;
    if (p && m && a) total++;
  }
  return { problems, maturities, article, total };
}
