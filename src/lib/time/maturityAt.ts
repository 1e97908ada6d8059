/**
 * A project as it was on a given day, from its `dates`. Days are ISO strings
 * and compare as strings. A project without dates (outside the CNCF, or a
 * catalog that records none) has no history: it is taken as it is today.
 */
import type { Project } from '../catalog/types.ts';

/** Before its `accepted` day a dated project was not part of the foundation yet. */
export const NOT_YET_ACCEPTED = 'not-yet-accepted';

export type LevelAt = Project['maturity'] | typeof NOT_YET_ACCEPTED;

/** True when the catalog says when the project joined, so its past can be told. */
export function isDated(project: Pick<Project, 'dates'>): boolean {
  return typeof project.dates?.accepted === 'string';
}

/**
 * The project's level on `date` (YYYY-MM-DD): `not-yet-accepted` before it joined, `archived` from
 * its archive day, else the highest step reached by then. Between `accepted` and its next step a
 * project was in the sandbox, except one that graduated with no incubating day on record: graduating
 * requires incubation, so it joined at incubating.
 */
export function maturityAt(project: Pick<Project, 'maturity' | 'dates'>, date: string): LevelAt {
  const dates = project.dates;
  if (!dates || !isDated(project)) return project.maturity;
  const reached = (day: string | undefined) => day !== undefined && day <= date;
  if (!reached(dates.accepted)) return NOT_YET_ACCEPTED;
  if (reached(dates.archived)) return 'archived';
  if (reached(dates.graduated)) return 'graduated';
  if (reached(dates.incubating)) return 'incubating';
  return dates.graduated !== undefined && dates.incubating === undefined ? 'incubating' : 'sandbox';
}

/**
 * Whether the project belongs on a map of the landscape as it was on `date`: dated projects from
 * the day they were accepted until the day they were archived; undated projects always.
 */
export function isVisibleAt(project: Pick<Project, 'maturity' | 'dates'>, date: string): boolean {
  if (!isDated(project)) return true;
  const level = maturityAt(project, date);
  return level !== NOT_YET_ACCEPTED && level !== 'archived';
}
