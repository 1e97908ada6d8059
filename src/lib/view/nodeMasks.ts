/** Sets of nodes as masks the map can test in constant time: 1 = in the set. */
import type { Graph } from '../graph/buildGraph.ts';
import { ARTICLE_NODE_ID, nodeIdOf, problemNodeId, projectNodeId } from '../graph/nodeIds.ts';
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

/** Search hits as node indices; -1 for those the graph lacks. */
export function nodesOf(graph: Graph, hits: Iterable<{ kind: 'problem' | 'project'; id: string }>): number[] {
  return Array.from(hits, (hit) => graph.indexOf.get(nodeIdOf(hit)) ?? -1);
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
