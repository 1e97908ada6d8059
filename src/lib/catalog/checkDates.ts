/**
 * The `dates` of each project against the rules of `dateProblems` (real days,
 * in order, not in the future, consistent with `maturity`), each problem placed
 * at the date it concerns or at the `dates` mapping. Like `checkReferences` it
 * runs even when the shape has errors, so it reads the value defensively.
 */
import { dateProblems } from './dateRules.ts';
import { latestRecordable } from './isoDate.ts';
import type { ShapeIssue } from './checkShape.ts';

type Loose = Record<string, unknown>;

const isMapping = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `now` is a parameter so tests can pin "today"; the app passes nothing. */
export function checkDates(value: unknown, now: Date = new Date()): ShapeIssue[] {
  const projects = isMapping(value) && Array.isArray(value.projects) ? value.projects : [];
  const latest = latestRecordable(now);
  const out: ShapeIssue[] = [];
  projects.forEach((project: unknown, i: number) => {
    if (!isMapping(project) || !isMapping(project.dates)) return;
    // Level rules apply to the level ids they name (the CNCF's); other foundations' levels get the rest.
    const maturity = typeof project.maturity === 'string' ? project.maturity : undefined;
    for (const problem of dateProblems(project.dates, maturity, latest)) {
      const path = `projects[${i}].dates${problem.field ? `.${problem.field}` : ''}`;
      out.push({ path, message: problem.message });
    }
  });
  return out;
}
