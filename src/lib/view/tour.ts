/**
 * The guided reading of the article: one step per paragraph of its argument,
 * in the article's order, then a last step for the problems this catalog adds.
 * Each step names the problems to show and the projects the article names.
 * Only problems tied to the article make steps (`tiedToArticle`): a catalog
 * with some of them tours only the paragraphs it has problems for, and one
 * with none (a landscape on its own terms) has no tour.
 */
import { tiedToArticle } from '../catalog/articleScope.ts';
import { textFragmentUrl } from '../catalog/textFragment.ts';
import type { Catalog } from '../catalog/types.ts';
import { changesStep, type ChangesSummary } from './changesStep.ts';

export interface TourQuote {
  problemId: string;
  quote: string;
  link: string;
}

export interface TourStep {
  /** The article's paragraph, or null for the extension step. */
  paragraph: number | null;
  title: string;
  caption: string;
  problems: string[];
  /** Projects the article names under this step's problems. */
  projects: string[];
  quotes: TourQuote[];
  /** The step on what changed since the article (changesStep): what became of its projects. */
  changes?: ChangesSummary;
}

/**
 * Whether the catalog has a tour at all, without building it (buildTour computes the step on what changed
 * since the article from every project's dates: work a page at load should not do for a button).
 */
export function hasTour(catalog: Catalog): boolean {
  const paragraphs = new Set(catalog.article.paragraphs.map((p) => p.paragraph));
  return catalog.problems.some(
    (problem) =>
      (problem.article !== null && paragraphs.has(problem.article.paragraph)) ||
      (problem.article === null && tiedToArticle(problem)),
  );
}

export function buildTour(catalog: Catalog): TourStep[] {
  const steps: TourStep[] = [...catalog.article.paragraphs]
    .sort((a, b) => a.paragraph - b.paragraph)
    .flatMap((p) => {
      const problems = catalog.problems.filter((problem) => problem.article?.paragraph === p.paragraph);
      if (problems.length === 0) return [];
      const ids = new Set(problems.map((problem) => problem.id));
      return [
        {
          paragraph: p.paragraph,
          title: p.title,
          caption: p.caption,
          problems: problems.map((problem) => problem.id),
          projects: catalog.projects
            .filter((project) => project.named_in_article && project.problems.some((id) => ids.has(id)))
            .map((project) => project.id),
          quotes: problems.map((problem) => ({
            problemId: problem.id,
            quote: problem.article!.quote,
            link: textFragmentUrl(catalog.article.url, problem.article!.quote),
          })),
        },
      ];
    });
  // Beyond the article in the microservices sense: a `why` text; a landscape's own headings are not.
  const beyond = catalog.problems.filter((problem) => problem.article === null && tiedToArticle(problem));
  // After the article's paragraphs, before its extension; only in a catalog that tours the article.
  const since = steps.length > 0 ? changesStep(catalog) : undefined;
  if (since) steps.push(since);
  if (beyond.length > 0) {
    steps.push({
      paragraph: null,
      title: 'Beyond the article',
      caption:
        'The article stops here, but a microservice architecture brings more problems than it lists. ' +
        `These ${beyond.length} problems are this catalog's extension, not the article's: ` +
        beyond.map((problem) => problem.name).join(', ') +
        '.',
      problems: beyond.map((problem) => problem.id),
      projects: [],
      quotes: [],
    });
  }
  return steps;
}
