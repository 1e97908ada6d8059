/**
 * What happened to a project between two days, as events a person reads:
 * joined (at a level), promoted (to a level), archived. Two steps on the same
 * day are one event: Istio was accepted and incubating on 2022-09-30, so it
 * "joined at incubating".
 */
import type { Project } from '../catalog/types.ts';
import { STEPS } from '../catalog/dateRules.ts';
import { maturityAt, NOT_YET_ACCEPTED, type LevelAt } from './maturityAt.ts';

export type EventKind = 'joined' | 'promoted' | 'archived';

export interface StepEvent {
  kind: EventKind;
  /** YYYY-MM-DD. */
  date: string;
  /** The level the project had from that day on. */
  level: LevelAt;
}

/** Events on days after `from` up to and including `to` (YYYY-MM-DD), oldest first. */
export function stepEvents(
  project: Pick<Project, 'maturity' | 'dates'>,
  from: string,
  to: string,
): StepEvent[] {
  const dates = project.dates;
  if (!dates) return [];
  const days = [...new Set(STEPS.map((step) => dates[step]))]
    .filter((day): day is string => day !== undefined && day > from && day <= to)
    .sort();
  const events: StepEvent[] = [];
  let previous = maturityAt(project, from);
  for (const date of days) {
    const level = maturityAt(project, date);
    if (level === previous) continue;
    const kind: EventKind =
      previous === NOT_YET_ACCEPTED ? 'joined' : level === 'archived' ? 'archived' : 'promoted';
    events.push({ kind, date, level });
    previous = level;
  }
  return events;
}
