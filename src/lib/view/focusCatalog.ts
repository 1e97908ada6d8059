/**
 * The part of a catalog about some problems: those problems and the projects
 * that solve any of them, each project keeping only its chosen problems. Laid
 * out on its own, the part reads like a small map of its own (the article in
 * the middle, the chosen hubs around it, their projects outside) instead of a
 * few clusters scattered over the whole map's space.
 */
import type { Catalog } from '../catalog/types.ts';

export function focusCatalog(catalog: Catalog, problemIds: readonly string[]): Catalog {
  const chosen = new Set(problemIds);
  const problems = catalog.problems.filter((problem) => chosen.has(problem.id));
  const kept = new Set(problems.map((problem) => problem.id));
  const projects = catalog.projects
    .filter((project) => project.problems.some((id) => kept.has(id)))
    .map((project) => ({ ...project, problems: project.problems.filter((id) => kept.has(id)) }));
  return { article: catalog.article, problems, projects };
}
