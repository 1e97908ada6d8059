/**
 * Dated projects per problem at the end of each year, for the growth view:
 * one row per problem, one count per year, counted under each project's most
 * fitting (first) problem so that a year's counts add up to its total, as a
 * stacked chart needs. Archived projects leave the count on their archive day.
 */
import type { Catalog } from '../catalog/types.ts';
import { isoDay } from '../catalog/isoDate.ts';
import { isDated, isVisibleAt } from './maturityAt.ts';

export interface GrowthRow {
  id: string;
  name: string;
  /** One count per entry of `years`. */
  counts: number[];
}

export interface Growth {
  years: number[];
  /** The day each year is counted on: 31 December, or `until` for its own year. */
  days: string[];
  rows: GrowthRow[];
  totals: number[];
}

/** Undefined when no project is dated. `until` defaults to today (UTC). */
export function growthByYear(catalog: Catalog, until: string = isoDay()): Growth | undefined {
  const dated = catalog.projects.filter(isDated);
  const first = dated.map((p) => p.dates!.accepted!).sort()[0];
  if (first === undefined) return undefined;
  const years: number[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) years.push(year);
  const days = years.map((year) => {
    const end = `${year}-12-31`;
    return end < until ? end : until;
  });
  const rows = catalog.problems.map((problem) => {
    const own = dated.filter((project) => project.problems[0] === problem.id);
    return {
      id: problem.id,
      name: problem.name,
      counts: days.map((day) => own.filter((project) => isVisibleAt(project, day)).length),
    };
  });
  const totals = days.map((_, i) => rows.reduce((sum, row) => sum + row.counts[i]!, 0));
  return { years, days, rows, totals };
}
