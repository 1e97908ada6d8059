/** What the static pages say about a catalog, computed once: who solves what, in a stable order. */
import { compareNames } from '../catalog/compareNames.ts';
import type { Catalog, Problem, Project } from '../catalog/types.ts';
import { maturityLabel, maturityStyle } from '../catalog/maturityLabel.ts';

const MATURITY_RANK: Record<string, number> = {
  graduated: 0,
  incubating: 1,
  sandbox: 2,
  none: 3,
  archived: 4,
};
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CatalogFacts {
  catalog: Catalog;
  /** Only ids that are safe as folder names (parseCatalog insists on them; checked again here). */
  problems: Problem[];
  projects: Project[];
  problem(id: string): Problem | undefined;
  /** The problem's projects: most mature first, then by name. */
  projectsOf(problemId: string): Project[];
  /** "CNCF graduated", "CDF incubating", "Outside the ASWF": the catalog's own foundation. */
  maturityLabel(project: Project): string;
  /** The mark the map draws the level with (graduated, incubating, sandbox, archived, none). */
  maturityStyle(project: Project): string;
}

export function catalogFacts(catalog: Catalog): CatalogFacts {
  const problems = catalog.problems.filter((p) => SLUG.test(p.id));
  const projects = catalog.projects.filter((p) => SLUG.test(p.id));
  const byId = new Map(problems.map((p) => [p.id, p]));
  const solving = new Map<string, Project[]>(problems.map((p) => [p.id, []]));
  for (const project of projects) {
    for (const id of new Set(project.problems)) solving.get(id)?.push(project);
  }
  for (const list of solving.values()) {
    list.sort(
      (a, b) =>
        (MATURITY_RANK[maturityStyle(catalog, a.maturity)] ?? 3) -
          (MATURITY_RANK[maturityStyle(catalog, b.maturity)] ?? 3) || compareNames(a.name, b.name),
    );
  }
  return {
    catalog,
    problems,
    projects,
    problem: (id) => byId.get(id),
    projectsOf: (id) => solving.get(id) ?? [],
    maturityLabel: (project) => maturityLabel(catalog, project.maturity),
    maturityStyle: (project) => maturityStyle(catalog, project.maturity),
  };
}

/** The first sentence, for one line in a list; the whole text when it has no sentence end. */
export function firstSentence(text: string | undefined): string {
  const trimmed = (text ?? '').trim().replace(/\s+/g, ' ');
  const match = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(trimmed);
  return match ? match[0] : trimmed;
}

/** Text cut to about `max` characters at a word boundary, for meta descriptions. */
export function clip(text: string, max = 160): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
