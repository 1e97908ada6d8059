/**
 * Catalog to graph: the article in the middle, one hub per problem, one node
 * per project, linked project → problem (and article → problem). Nodes and
 * links are plain records indexed by position, so the layout, the renderer and
 * hit-testing can work on arrays without looking anything up.
 */
import { compareNames } from '../catalog/compareNames.ts';
import { centreLabel } from '../catalog/articleScope.ts';
import { maturityStyle } from '../catalog/maturityLabel.ts';
import type { Catalog, Maturity } from '../catalog/types.ts';
import { ARTICLE_NODE_ID, problemNodeId, projectNodeId } from './nodeIds.ts';

export type NodeKind = 'article' | 'problem' | 'project';

export interface GraphNode {
  /** `article`, `problem:<id>` or `project:<id>`. */
  id: string;
  kind: NodeKind;
  /** The catalog id (the article's is `article`). */
  key: string;
  label: string;
  index: number;
  degree: number;
  /** Problems: from the article. Projects: named in the article. */
  fromArticle: boolean;
  maturity: Maturity | null;
  /** Projects: indices of their problem nodes, most fitting first. */
  problems: number[];
  /** Projects without dates: a map of a past day shows them as they are today, marked undated. */
  undated?: true;
  /** Projects: the simple-icons slug of their logo, when the catalog gives one. */
  logo?: string;
}

export interface GraphLink {
  source: number;
  target: number;
  /** 0 for a project's first problem, 1 for its second…; 0 for article links. */
  rank: number;
}

export interface Graph {
  nodes: GraphNode[];
  links: GraphLink[];
  indexOf: Map<string, number>;
  /** Node index → indices of linked nodes. */
  neighbours: number[][];
  /** Problem node index → its project node indices, most fitting first, then by name. */
  projectsOf: Map<number, number[]>;
}

export { ARTICLE_NODE_ID, problemNodeId, projectNodeId } from './nodeIds.ts';

export function buildGraph(catalog: Catalog): Graph {
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  const indexOf = new Map<string, number>();
  const add = (node: Omit<GraphNode, 'index' | 'degree'>) => {
    const index = nodes.length;
    nodes.push({ ...node, index, degree: 0 });
    indexOf.set(node.id, index);
    return index;
  };

  const article = add({
    id: ARTICLE_NODE_ID,
    kind: 'article',
    key: 'article',
    // The article's hub, or the foundation for a landscape on its own terms (articleScope.ts).
    label: centreLabel(catalog),
    fromArticle: true,
    maturity: null,
    problems: [],
  });
  for (const problem of catalog.problems) {
    const index = add({
      id: problemNodeId(problem.id),
      kind: 'problem',
      key: problem.id,
      label: problem.name,
      fromArticle: problem.article !== null,
      maturity: null,
      problems: [],
    });
    links.push({ source: article, target: index, rank: 0 });
  }
  const projectsOf = new Map<number, Array<{ node: number; rank: number }>>();
  for (const project of catalog.projects) {
    const problemIndices = project.problems
      .map((id) => indexOf.get(problemNodeId(id)))
      .filter((i): i is number => i !== undefined);
    const index = add({
      id: projectNodeId(project.id),
      kind: 'project',
      key: project.id,
      label: project.name,
      fromArticle: project.named_in_article === true,
      maturity: maturityStyle(catalog, project.maturity),
      problems: problemIndices,
      ...(typeof project.dates?.accepted === 'string' ? {} : { undated: true as const }),
      ...(project.logo ? { logo: project.logo } : {}),
    });
    problemIndices.forEach((problem, rank) => {
      links.push({ source: index, target: problem, rank });
      const list = projectsOf.get(problem) ?? [];
      list.push({ node: index, rank });
      projectsOf.set(problem, list);
    });
  }

  const neighbours: number[][] = nodes.map(() => []);
  for (const link of links) {
    neighbours[link.source]!.push(link.target);
    neighbours[link.target]!.push(link.source);
    nodes[link.source]!.degree++;
    nodes[link.target]!.degree++;
  }
  const sorted = new Map<number, number[]>();
  for (const node of nodes) {
    if (node.kind !== 'problem') continue;
    const list = projectsOf.get(node.index) ?? [];
    list.sort((a, b) => a.rank - b.rank || compareNames(nodes[a.node]!.label, nodes[b.node]!.label));
    sorted.set(
      node.index,
      list.map((entry) => entry.node),
    );
  }
  return { nodes, links, indexOf, neighbours, projectsOf: sorted };
}
