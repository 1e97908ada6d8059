/**
 * Maturity values against the catalog's foundation: each project's `maturity`
 * is one of `foundation.levels` (the CNCF's when there is no foundation) or
 * `none`, and the levels themselves are distinct. Like checkReferences it reads
 * the value defensively, since it runs even when the shape has errors.
 */
import type { ShapeIssue } from './checkShape.ts';
import { CNCF, OUTSIDE } from './maturityLabel.ts';
import { quoted } from './paths.ts';
import { didYouMean } from './suggest.ts';

type Loose = Record<string, unknown>;
const isLoose = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function levelIds(root: Loose, out: ShapeIssue[]): Set<string> | undefined {
  if (root.foundation === undefined) return new Set(CNCF.levels.map((l) => l.id));
  if (!isLoose(root.foundation) || !Array.isArray(root.foundation.levels)) return undefined;
  const ids = new Set<string>();
  root.foundation.levels.forEach((level: unknown, i: number) => {
    const id = isLoose(level) && typeof level.id === 'string' ? level.id : undefined;
    if (id === undefined) return;
    const path = `foundation.levels[${i}].id`;
    if (id === OUTSIDE) {
      out.push({
        path,
        message: `"${OUTSIDE}" is reserved for projects outside the foundation; drop this level`,
      });
    } else if (ids.has(id)) out.push({ path, message: `level ${quoted(id)} is listed twice` });
    ids.add(id);
  });
  return ids;
}

export function checkFoundation(value: unknown): ShapeIssue[] {
  const out: ShapeIssue[] = [];
  const root = isLoose(value) ? value : {};
  const levels = levelIds(root, out);
  if (!levels || levels.size === 0 || !Array.isArray(root.projects)) return out;
  const allowed = [...levels, OUTSIDE];
  root.projects.forEach((project: unknown, i: number) => {
    const maturity = isLoose(project) ? project.maturity : undefined;
    if (typeof maturity !== 'string' || allowed.includes(maturity)) return;
    out.push({
      path: `projects[${i}].maturity`,
      message: `expected one of ${allowed.join(', ')}, got ${quoted(maturity)}${didYouMean(maturity, allowed)}`,
    });
  });
  return out;
}
