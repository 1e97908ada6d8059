/** Catalog lookups by id, built once per catalog, for the details panel and the list view. */
import { textFragmentUrl } from '../catalog/textFragment.ts';
import type { Catalog, Problem, Project } from '../catalog/types.ts';

export interface CatalogIndex {
  catalog: Catalog;
  problem(id: string): Problem | undefined;
  project(id: string): Project | undefined;
  /** The article link for a problem from the article, deep-linked to its paragraph. */
  paragraphLink(problem: Problem): string | undefined;
  /** The article's problems, in the article's order. */
  articleProblems: Problem[];
}

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const problems = new Map(catalog.problems.map((p) => [p.id, p]));
  const projects = new Map(catalog.projects.map((p) => [p.id, p]));
  return {
    catalog,
    problem: (id) => problems.get(id),
    project: (id) => projects.get(id),
    paragraphLink: (problem) =>
      problem.article ? textFragmentUrl(catalog.article.url, problem.article.quote) : undefined,
    articleProblems: catalog.problems
      .filter((p) => p.article !== null)
      .sort((a, b) => a.article!.paragraph - b.article!.paragraph),
  };
}
