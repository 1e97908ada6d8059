/**
 * A project's maturity timeline as plain data, for the details panel, the
 * embed and the static pages alike: each step with its day and a sentence,
 * and the article's day marked in its place. Empty for an undated project.
 */
import type { Project } from '../catalog/types.ts';
import { formatDay } from '../catalog/isoDate.ts';
import { stepEvents, type EventKind } from './stepEvents.ts';

export interface TimelineStep {
  kind: EventKind | 'article';
  /** YYYY-MM-DD, for `<time datetime>`. */
  date: string;
  /** `30 September 2022`. */
  day: string;
  /** `Joined the CNCF at incubating`, `Graduated`, `The article is published`. */
  label: string;
  /** The level from that day on; absent for the article. */
  level?: string;
}

function describe(kind: EventKind, level: string, foundation: string): string {
  if (kind === 'joined') return `Joined the ${foundation} at ${level}`;
  if (kind === 'archived') return 'Archived';
  return level === 'graduated' ? 'Graduated' : `Moved up to ${level}`;
}

/**
 * Oldest first. The article comes after the steps of its own day (they had happened when it
 * appeared); `articleDate` is left out when it is not a YYYY-MM-DD day.
 */
export function timelineSteps(
  project: Pick<Project, 'maturity' | 'dates'>,
  articleDate: string | undefined,
  foundation = 'CNCF',
): TimelineStep[] {
  const events = stepEvents(project, '', '9999-12-31');
  if (events.length === 0) return [];
  const steps: TimelineStep[] = events.map((event) => ({
    kind: event.kind,
    date: event.date,
    day: formatDay(event.date),
    label: describe(event.kind, event.level, foundation),
    level: event.level,
  }));
  if (articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate)) {
    const at = steps.findIndex((step) => step.date > articleDate);
    const article: TimelineStep = {
      kind: 'article',
      date: articleDate,
      day: formatDay(articleDate),
      label: 'The article is published',
    };
    steps.splice(at < 0 ? steps.length : at, 0, article);
  }
  return steps;
}
