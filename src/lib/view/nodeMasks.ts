/** Sets of nodes as masks the map can test in constant time: 1 = in the set. */
import type { Graph } from '../graph/buildGraph.ts';
import { ARTICLE_NODE_ID, problemNodeId, projectNodeId } from '../graph/nodeIds.ts';
import type { TourStep } from './tour.ts';

export function maskOf(size: number, indices: Iterable<number>): Uint8Array {
  const mask = new Uint8Array(size);
  for (const i of indices) if (i >= 0) mask[i] = 1;
  return mask;
}

/** The indices set in a mask, in order. */
export function indicesOf(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) out.push(i);
  return out;
}

type Ref = { kind: 'problem' | 'project'; id: string };

/**
 * Each graph's problem and project nodes by catalog id, made on the first search (the explorer's idle
 * warm-up runs one before the reader types). A short prefix on a big landscape finds thousands of hits on
 * every keystroke, and spelling `project:<id>` for each to look it up was most of deriveView's time and
 * garbage (2,194 hits for "service m" on the 2,407-project import).
 */
const byCatalogId = new WeakMap<Graph, Record<Ref['kind'], Map<string, number>>>();

/** A search hit's node index, or undefined when the graph lacks it. */
export function nodeOfHit(graph: Graph, hit: Ref): number | undefined {
  let known = byCatalogId.get(graph);
  if (!known) {
    known = { problem: new Map(), project: new Map() };
    for (const node of graph.nodes) if (node.kind !== 'article') known[node.kind].set(node.key, node.index);
    byCatalogId.set(graph, known);
  }
  return known[hit.kind].get(hit.id);
}

/** The nodes a tour step is about: the article, its problems, and the projects the article names there. */
export function tourNodesOf(graph: Graph, step: TourStep): number[] {
  const ids = [ARTICLE_NODE_ID, ...step.problems.map(problemNodeId), ...step.projects.map(projectNodeId)];
  return ids.map((id) => graph.indexOf.get(id)).filter((i): i is number => i !== undefined);
}

/** A node and the shown nodes linked to it: what hovering, focusing or selecting a node lights. */
export function neighbourhoodOf(graph: Graph, centre: number, shown: (i: number) => boolean): number[] {
  return [centre, ...(graph.neighbours[centre] ?? []).filter(shown)];
}
