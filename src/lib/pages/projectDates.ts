/** A project's foundation dates (accepted, incubating, graduated, archived) when the catalog has them. */
import { foundationOf } from '../catalog/maturityLabel.ts';
import type { Catalog, Project } from '../catalog/types.ts';
import { timelineSteps } from '../time/timelineSteps.ts';
import { escapeHtml } from './escapeHtml.ts';

const STEPS = ['accepted', 'incubating', 'graduated', 'archived'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function datesOf(project: Project): Array<[string, string]> {
  const dates = project.dates ?? {};
  return STEPS.flatMap((step) => {
    const value = dates[step];
    return typeof value === 'string' && ISO_DAY.test(value) ? [[step, value] as [string, string]] : [];
  });
}

/** The maturity timeline, the article's day marked in its place, as the app's details panel shows it. */
export function projectDates(project: Project, catalog: Catalog): string {
  const steps = timelineSteps(project, catalog.article.published, foundationOf(catalog).short_name);
  if (steps.length === 0) return '';
  const items = steps.map(
    (step) =>
      `<li${step.kind === 'article' ? ' class="article-day"' : ''}><time datetime="${escapeHtml(step.date)}">${escapeHtml(step.day)}</time>: ${escapeHtml(step.label)}</li>`,
  );
  return `<h2>Timeline</h2>\n<ol class="dates">${items.join('')}</ol>`;
}
