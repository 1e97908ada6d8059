/**
 * No problem of an imported catalog may hold more than a quarter of its
 * projects: one hub with half the map around it says nothing. A landscape's
 * own problem over the cap is split by a rule the reader can check: first into
 * the projects with a source repository and those without, then, where a part
 * is still too big, into alphabetical ranges of names ("A–F"). Curated
 * problems (the mapping's) are not split; the summary names any over the cap.
 */
import { compareNames } from '../catalog/compareNames.ts';
import type { Problem, Project } from '../catalog/types.ts';
import { LIMITS } from '../catalog/limits.ts';
import { cleanText } from './cleanText.ts';

export const MAX_SHARE = 0.25;

interface Part {
  suffix: string;
  label: string;
  members: Project[];
}

function firstLetter(project: Project): string {
  const letter = project.name.normalize('NFKD').match(/[\p{L}\p{N}]/u)?.[0] ?? '#';
  return letter.toUpperCase();
}

function alphabetical(members: Project[], cap: number, suffix: string, label: string): Part[] {
  if (members.length <= cap) return [{ suffix, label, members }];
  const sorted = [...members].sort((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const count = Math.ceil(sorted.length / cap);
  const size = Math.ceil(sorted.length / count);
  const chunks: Project[][] = [];
  for (let i = 0; i < sorted.length; i += size) chunks.push(sorted.slice(i, i + size));
  const ranges = chunks.map((chunk) => {
    const from = firstLetter(chunk[0]!);
    const to = firstLetter(chunk[chunk.length - 1]!);
    return from === to ? from : `${from}\u2013${to}`;
  });
  // Names that all start alike ("Widget 1" … "Widget 12") give one range twice: number the parts then.
  const distinct = new Set(ranges).size === ranges.length;
  return chunks.map((chunk, i) => {
    const part = distinct ? ranges[i]! : `part ${i + 1} of ${chunks.length}`;
    return {
      suffix: `${suffix}${suffix ? '-' : ''}${i + 1}`,
      label: label ? `${label}, ${part}` : part,
      members: chunk,
    };
  });
}

function partsOf(members: Project[], cap: number): Part[] {
  const withRepo = members.filter((p) => p.repo !== undefined);
  const without = members.filter((p) => p.repo === undefined);
  if (withRepo.length === 0 || without.length === 0) return alphabetical(members, cap, '', '');
  return [
    ...alphabetical(withRepo, cap, 'with-repository', 'with a repository'),
    ...alphabetical(without, cap, 'no-repository', 'no repository listed'),
  ];
}

export interface CapResult {
  problems: Problem[];
  projects: Project[];
  /** Problems split, with the ids they became. */
  split: Array<{ id: string; into: string[] }>;
}

/** Split every problem in `splittable` that holds more than `MAX_SHARE` of the projects. */
export function capProblems(problems: Problem[], projects: Project[], splittable: Set<string>): CapResult {
  const cap = Math.floor(projects.length * MAX_SHARE);
  const split: CapResult['split'] = [];
  if (cap < 1) return { problems, projects, split };
  const taken = new Set(problems.map((p) => p.id));
  const renamed = new Map<string, Map<string, string>>();
  const out: Problem[] = [];
  for (const problem of problems) {
    const members = projects.filter((p) => p.problems.includes(problem.id));
    if (!splittable.has(problem.id) || members.length <= cap) {
      out.push(problem);
      continue;
    }
    const byProject = new Map<string, string>();
    const into: string[] = [];
    for (const part of partsOf(members, cap)) {
      let id = `${problem.id}-${part.suffix}`.slice(0, LIMITS.idLength).replace(/-+$/, '');
      for (let n = 2; taken.has(id); n++) id = `${problem.id}-${part.suffix}-${n}`;
      taken.add(id);
      into.push(id);
      const name = cleanText(`${problem.name} (${part.label})`, LIMITS.nameLength, { name: true }).text;
      out.push({ ...problem, id, name });
      for (const project of part.members) byProject.set(project.id, id);
    }
    renamed.set(problem.id, byProject);
    split.push({ id: problem.id, into });
  }
  if (split.length === 0) return { problems, projects, split };
  const capped = projects.map((project) => {
    const ids = project.problems.map((id) => renamed.get(id)?.get(project.id) ?? id);
    return { ...project, problems: [...new Set(ids)] };
  });
  return { problems: out, projects: capped, split };
}
