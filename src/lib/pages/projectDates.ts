/** A project's foundation dates (accepted, incubating, graduated, archived), in that order, when the catalog has them. */
import type { Project } from '../catalog/types.ts';
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

export function projectDates(project: Project): string {
  const dates = datesOf(project);
  if (dates.length === 0) return '';
  const items = dates.map(
    ([step, day]) =>
      `<li>${step[0]!.toUpperCase()}${step.slice(1)} <time datetime="${day}">${escapeHtml(day)}</time></li>`,
  );
  return `<h2>Timeline</h2>\n<ul class="dates">${items.join('')}</ul>`;
}
