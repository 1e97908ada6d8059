import type { Graph } from '../../lib/graph/buildGraph.ts';
import { MATURITY_LABEL } from '../../lib/graph/palette.ts';

/** What a screen reader hears when keyboard focus lands on a node of the map. */
export function describeNode(graph: Graph, index: number): string {
  const node = graph.nodes[index];
  if (!node) return '';
  if (node.kind === 'article') {
    return `${node.label}: the article's starting point, linked to ${node.degree} problems. Press Enter for details.`;
  }
  if (node.kind === 'problem') {
    const count = graph.projectsOf.get(index)?.length ?? 0;
    const origin = node.fromArticle ? 'a problem from the article' : 'a problem beyond the article';
    return `${node.label}: ${origin}, ${count} project${count === 1 ? '' : 's'}. Press Enter for details.`;
  }
  const problems = node.problems.map((p) => graph.nodes[p]?.label).join(', ');
  const named = node.fromArticle ? ', named in the article' : '';
  return `${node.label}: project, ${MATURITY_LABEL[node.maturity ?? 'none']}${named}; solves ${problems}. Press Enter for details.`;
}
