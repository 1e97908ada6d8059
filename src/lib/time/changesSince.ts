/**
 * What changed in a catalog's landscape since a day (the article's): how many
 * projects joined, where the growth was, and what became of each project the
 * article names. Computed from `dates` only, so the tour never states a
 * figure by hand. Undefined when no project is dated: nothing can be said.
 */
import type { Catalog, FormerName, Project } from '../catalog/types.ts';
import { isoDay } from '../catalog/isoDate.ts';
import { isDated, isVisibleAt, maturityAt, type LevelAt } from './maturityAt.ts';
import { stepEvents, type StepEvent } from './stepEvents.ts';

export interface ProblemGrowth {
  id: string;
  name: string;
  /** Dated projects tagged with the problem (any of their problems) on the day, and at the end. */
  before: number;
  after: number;
  /** Of them, accepted after the day. */
  joined: number;
}

export interface ArticleProjectChange {
  id: string;
  name: string;
  then: LevelAt;
  now: LevelAt;
  dated: boolean;
  /** Empty when nothing happened (or the project has no dates). */
  events: StepEvent[];
  /** Names it went by on the day and has dropped since (no `until`: when is not known), oldest first. */
  renamed: FormerName[];
}

export interface Changes {
  since: string;
  until: string;
  /** Projects in the foundation (dated, accepted, not archived) on each day. */
  before: number;
  after: number;
  /** Ids of projects accepted after `since`, in catalog order. */
  joined: string[];
  /** Ids of projects archived after `since`. */
  archived: string[];
  /** Every problem, most joined first (ties in catalog order). */
  growth: ProblemGrowth[];
  /** The projects marked named_in_article, in catalog order. */
  articleProjects: ArticleProjectChange[];
}

const acceptedIn = (project: Project, since: string, until: string) => {
  const day = project.dates?.accepted;
  return day !== undefined && day > since && day <= until;
};

/** A name dropped after the day, or at a time not recorded (which cannot be told apart). */
const renamedSince = (former: FormerName, since: string, until: string) =>
  former.until === undefined || (former.until > since && former.until <= until);

/** `until` defaults to today (UTC). */
export function changesSince(catalog: Catalog, since: string, until: string = isoDay()): Changes | undefined {
  const dated = catalog.projects.filter(isDated);
  if (dated.length === 0) return undefined;
  const inFoundation = (day: string) => dated.filter((project) => isVisibleAt(project, day));
  const growth = catalog.problems.map((problem, order) => {
    const tagged = dated.filter((project) => project.problems.includes(problem.id));
    return {
      order,
      id: problem.id,
      name: problem.name,
      before: tagged.filter((project) => isVisibleAt(project, since)).length,
      after: tagged.filter((project) => isVisibleAt(project, until)).length,
      joined: tagged.filter((project) => acceptedIn(project, since, until)).length,
    };
  });
  growth.sort((a, b) => b.joined - a.joined || a.order - b.order);
  return {
    since,
    until,
    before: inFoundation(since).length,
    after: inFoundation(until).length,
    joined: dated.filter((project) => acceptedIn(project, since, until)).map((project) => project.id),
    archived: dated
      .filter((project) => {
        const day = project.dates?.archived;
        return day !== undefined && day > since && day <= until;
      })
      .map((project) => project.id),
    growth: growth.map(({ order: _order, ...rest }) => rest),
    articleProjects: catalog.projects
      .filter((project) => project.named_in_article)
      .map((project) => ({
        id: project.id,
        name: project.name,
        then: maturityAt(project, since),
        now: maturityAt(project, until),
        dated: isDated(project),
        events: stepEvents(project, since, until),
        renamed: (project.formerly ?? []).filter((former) => renamedSince(former, since, until)),
      })),
  };
}
