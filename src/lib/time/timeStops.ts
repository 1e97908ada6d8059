/**
 * The days on which the map changes, for a time control to step through: every
 * distinct day some dated project took a step, and the article's day as a
 * marked stop, oldest first. Empty when no project is dated.
 */
import type { Catalog } from '../catalog/types.ts';
import { STEPS } from '../catalog/dateRules.ts';
import { isIsoDate } from '../catalog/isoDate.ts';

export interface TimeStop {
  date: string;
  /** True for the article's day. */
  article: boolean;
  /** How many steps (joins, promotions, archivals) fall on the day. */
  steps: number;
}

export function timeStops(catalog: Catalog): TimeStop[] {
  const counts = new Map<string, number>();
  for (const project of catalog.projects) {
    const dates = project.dates;
    if (!dates) continue;
    const days = new Set(STEPS.map((step) => dates[step]).filter((day) => day !== undefined));
    for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const article = catalog.article.published;
  if (isIsoDate(article) && !counts.has(article)) counts.set(article, 0);
  return [...counts.keys()].sort().map((date) => ({
    date,
    article: date === article,
    steps: counts.get(date)!,
  }));
}
