/**
 * The tour's step on what changed since the article, computed from the catalog's dates (changesSince) and
 * never typed by hand: how many projects joined the foundation since the article's day, where the growth
 * was largest, and what became of each project the article names (joined, promoted, archived, renamed). The map lights the projects that
 * joined. No step without dates, or without a real publication day to count from.
 */
import { formatDay, isIsoDate, isoDay } from '../catalog/isoDate.ts';
import { foundationOf, maturityShortLabel } from '../catalog/maturityLabel.ts';
import type { Catalog } from '../catalog/types.ts';
import { changesSince, type ArticleProjectChange } from '../time/changesSince.ts';
import { NOT_YET_ACCEPTED } from '../time/maturityAt.ts';
import type { StepEvent } from '../time/stepEvents.ts';
import type { TourStep } from './tour.ts';
import { groupDigits } from '../catalog/groupDigits.ts';

/** How many of the fastest-growing problems the caption names (each with at least one project joined). */
const GROWTH_NAMED = 3;

export interface ChangesSummary {
  since: string;
  /** Projects accepted after `since`. */
  joined: number;
  /** One sentence per project the article names: what happened to it since. */
  fates: Array<{ id: string; text: string }>;
}

const plural = (n: number, one: string, many: string) => `${groupDigits(n)} ${n === 1 ? one : many}`;

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function fateOf(catalog: Catalog, change: ArticleProjectChange, foundation: string): string {
  const level = (id: string) => maturityShortLabel(catalog, id);
  const event = (e: StepEvent) => {
    const day = formatDay(e.date);
    if (e.kind === 'joined') return `joined the ${foundation} at ${level(String(e.level))} on ${day}`;
    if (e.kind === 'archived') return `was archived on ${day}`;
    return `${e.level === 'graduated' ? 'graduated' : `moved up to ${level(String(e.level))}`} on ${day}`;
  };
  // A rename without a day comes first: its place among the steps is not known.
  const renames = change.renamed.map((former) => ({
    date: former.until ?? '',
    text: `renamed from ${former.name}${former.until ? ` on ${formatDay(former.until)}` : ''}`,
  }));
  const told = [...renames, ...change.events.map((e) => ({ date: e.date, text: event(e) }))]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((item) => item.text);
  const renamed = listed(renames.map((r) => r.text));
  if (!change.dated) {
    return renames.length > 0
      ? `${change.name}: ${renamed}; outside the ${foundation}.`
      : `${change.name}: outside the ${foundation}, so no dates to tell.`;
  }
  if (change.events.length === 0) {
    const now = change.now === NOT_YET_ACCEPTED ? 'not accepted yet' : level(change.now);
    return renames.length > 0
      ? `${change.name}: ${renamed}; otherwise unchanged (${now}).`
      : `${change.name}: unchanged (${now}).`;
  }
  return `${change.name}: ${listed(told)}.`;
}

/** `today` defaults to today (UTC). Undefined when the step cannot be told. */
export function changesStep(catalog: Catalog, today: string = isoDay()): TourStep | undefined {
  const since = catalog.article.published;
  if (!isIsoDate(since) || since >= today) return undefined;
  const changes = changesSince(catalog, since, today);
  if (!changes) return undefined;
  const foundation = foundationOf(catalog).short_name;
  const growing = changes.growth.filter((g) => g.joined > 0).slice(0, GROWTH_NAMED);
  const sentences = [
    `Since the article appeared on ${formatDay(since)}, ${plural(changes.joined.length, 'project', 'projects')} ` +
      `joined the ${foundation}` +
      (changes.archived.length > 0 ? ` and ${plural(changes.archived.length, 'was', 'were')} archived` : '') +
      `. Of this map's projects, it counted ${groupDigits(changes.before)} then and ` +
      `${groupDigits(changes.after)} today.`,
  ];
  if (growing.length > 0) {
    sentences.push(`The growth was largest in ${listed(growing.map((g) => `${g.name} (+${g.joined})`))}.`);
  }
  sentences.push('The projects that joined since are lit on the map.');
  return {
    paragraph: null,
    title: 'Since the article',
    caption: sentences.join(' '),
    problems: growing.map((g) => g.id),
    projects: changes.joined,
    quotes: [],
    changes: {
      since,
      joined: changes.joined.length,
      fates: changes.articleProjects.map((change) => ({
        id: change.id,
        text: fateOf(catalog, change, foundation),
      })),
    },
  };
}
