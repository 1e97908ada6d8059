import { carriesArticle, tiedToArticle } from '../../lib/catalog/articleScope.ts';
import { maturityLabel } from '../../lib/catalog/maturityLabel.ts';
import type { Catalog } from '../../lib/catalog/types.ts';
import type { Graph } from '../../lib/graph/buildGraph.ts';

/**
 * What a screen reader hears when keyboard focus lands on a node of the map. Maturity is said in the
 * catalog's foundation's words ("CDF graduated"); the article is mentioned only where the catalog has it.
 */
export function describeNode(graph: Graph, index: number, catalog: Catalog): string {
  const node = graph.nodes[index];
  if (!node) return '';
  if (node.kind === 'article') {
    const what = carriesArticle(catalog) ? "the article's starting point" : "the landscape's foundation";
    return `${node.label}: ${what}, linked to ${node.degree} problems. Press Enter for details.`;
  }
  if (node.kind === 'problem') {
    const count = graph.projectsOf.get(index)?.length ?? 0;
    const problem = catalog.problems.find((p) => p.id === node.key);
    const origin = node.fromArticle
      ? 'a problem from the article'
      : `a problem ${problem && tiedToArticle(problem) ? 'beyond the article' : 'of the landscape'}`;
    return `${node.label}: ${origin}, ${count} project${count === 1 ? '' : 's'}. Press Enter for details.`;
  }
  const problems = node.problems.map((p) => graph.nodes[p]?.label).join(', ');
  const named = node.fromArticle ? ', named in the article' : '';
  const project = catalog.projects.find((p) => p.id === node.key);
  const kind = project?.kind === 'organisation' ? 'organisation' : 'project';
  const maturity = maturityLabel(catalog, project?.maturity ?? 'none');
  return `${node.label}: ${kind}, ${maturity}${named}; solves ${problems}. Press Enter for details.`;
}
