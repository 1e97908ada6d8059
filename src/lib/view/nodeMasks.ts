/** Sets of nodes as masks the map can test in constant time: 1 = in the set. */
import type { Graph } from '../graph/buildGraph.ts';
import type { TourStep } from './tour.ts';

export function maskOf(size: number, indices: Iterable<number>): Uint8Array {
  const mask = new Uint8Array(size);
  for (const i of indices) if (i >= 0) mask[i] = 1;
  return mask;
}

/** Search hits (or anything with kind and id) as node indices; -1 for those the graph lacks. */
export function nodesOf(graph: Graph, hits: Iterable<{ kind: string; id: string }>): number[] {
  return Array.from(hits, (hit) => graph.indexOf.get(`${hit.kind}:${hit.id}`) ?? -1);
}

/** The nodes a tour step is about: the article, its problems, and the projects the article names there. */
export function tourNodesOf(graph: Graph, step: TourStep): number[] {
  const ids = [
    'article',
    ...step.problems.map((id) => `problem:${id}`),
    ...step.projects.map((id) => `project:${id}`),
  ];
  return ids.map((id) => graph.indexOf.get(id)).filter((i): i is number => i !== undefined);
}
