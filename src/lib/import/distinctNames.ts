/**
 * Imported projects whose names read the same (the validator's skeleton: case, look-alike
 * letters) get names that tell them apart, as the validator requires: the landscape lists
 * different items under one name ("DeepFlow" twice, "openGauss" and "OpenGauss"). The project
 * with the shortest id (the one that kept the plain slug, so the file's order does not matter)
 * keeps its name; the others add their category, then their homepage's host, then a number, and
 * keep the landscape's name as `landscape_name`.
 */
import { skeleton } from '../catalog/confusables.ts';
import { LIMITS } from '../catalog/limits.ts';
import type { Project } from '../catalog/types.ts';

const byId = (a: Project, b: Project) =>
  a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** `taken`: names already on the map (the article's hub, problems), which no project may read as. */
export function distinctNames(projects: Project[], taken: string[]): Project[] {
  const used = new Set(taken.map(skeleton));
  const renamed = new Map<string, string>();
  for (const project of [...projects].sort(byId)) {
    if (!used.has(skeleton(project.name))) {
      used.add(skeleton(project.name));
      continue;
    }
    const suffixes = [project.category, hostOf(project.homepage)].filter(Boolean);
    const candidates = suffixes.map(
      (suffix) => `${project.name.slice(0, LIMITS.nameLength - suffix.length - 3)} (${suffix})`,
    );
    let name = candidates.find((candidate) => !used.has(skeleton(candidate)));
    for (let n = 2; name === undefined; n++) {
      const candidate = `${project.name.slice(0, LIMITS.nameLength - String(n).length - 3)} (${n})`;
      if (!used.has(skeleton(candidate))) name = candidate;
    }
    used.add(skeleton(name));
    renamed.set(project.id, name);
  }
  return projects.map((project) => {
    const name = renamed.get(project.id);
    return name === undefined
      ? project
      : { ...project, name, landscape_name: project.landscape_name ?? project.name };
  });
}
