import type { GraphNode } from './buildGraph.ts';

/** World-unit radius: the article largest, problem hubs large, projects small and growing a little with their problems. */
export function nodeRadius(node: Pick<GraphNode, 'kind' | 'degree' | 'fromArticle'>): number {
  if (node.kind === 'article') return 36;
  if (node.kind === 'problem') return 22;
  return 7.5 + Math.min(3, node.degree - 1) * 1.5;
}
