/**
 * "formerly Maesh": the names a project went by before, as its details and its static page say them,
 * latest last. Undefined for a project never renamed.
 */
import type { Project } from './types.ts';

export function formerlyLabel(project: Pick<Project, 'formerly'>): string | undefined {
  const names = (project.formerly ?? []).map((former) => former.name);
  if (names.length === 0) return undefined;
  const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `formerly ${listed}`;
}
