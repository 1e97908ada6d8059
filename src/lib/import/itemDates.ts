/**
 * A landscape item's dates (`extra.accepted`, `extra.incubating`,
 * `extra.graduated`, `extra.archived`) as a project's `dates`. The landscape is
 * the authority, but an item whose dates break the catalog's rules (a future
 * day, steps out of order, a step its level cannot have had) loses the dates at
 * fault, and all of them when what is left still breaks a rule: the import
 * must stay a catalog the validator accepts, and no date beats a wrong one.
 */
import type { Project, ProjectDates } from '../catalog/types.ts';
import { dateProblems, STEPS } from '../catalog/dateRules.ts';
import { isIsoDate, latestRecordable } from '../catalog/isoDate.ts';
import type { LandscapeItem } from './readLandscape.ts';

/** A date as YAML may give it: a quoted string, or a Date if a parser read an unquoted one. */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return isIsoDate(value) ? value : undefined;
}

export function itemDates(
  item: LandscapeItem,
  maturity: string,
  now: Date = new Date(),
): ProjectDates | undefined {
  if (maturity === 'none') return undefined;
  const extra = item.fields.extra;
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) return undefined;
  const dates: ProjectDates = {};
  for (const step of STEPS) {
    const day = dayOf((extra as Record<string, unknown>)[step]);
    if (day !== undefined) dates[step] = day;
  }
  if (Object.keys(dates).length === 0) return undefined;
  const latest = latestRecordable(now);
  for (const problem of dateProblems({ ...dates }, maturity, latest)) {
    if (problem.field) delete dates[problem.field];
  }
  return dateProblems({ ...dates }, maturity, latest).length === 0 ? dates : undefined;
}

/** Gives `project` the dates of its landscape item, replacing any it had; none when the item has none. */
export function setItemDates(project: Project, item: LandscapeItem, now: Date = new Date()): void {
  const dates = itemDates(item, project.maturity, now);
  if (dates) project.dates = dates;
  else delete project.dates;
}
