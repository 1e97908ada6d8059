/**
 * How much of the article a catalog carries. The article's tour, its panel and the "why microservices
 * create it" wording belong to problems tied to it: quoted from it (`article:`) or beyond it in the
 * microservices sense (a `why` text). A landscape imported on its own terms has problems that are only
 * its subcategories; such a catalog is shown under its own name, with its foundation in the middle of the
 * map (the one thing every project there shares), and the article only credited.
 */
import { foundationOf } from './maturityLabel.ts';
import type { Catalog, Problem } from './types.ts';

export const APP_TITLE = 'Cloud Native Map';
/** The article's hub: `ARTICLE_HUB_NAME` of checkNames.ts, which the validator reserves (not imported, so the map's first view does not load the validator). */
export const ARTICLE_HUB = 'Microservices';

/** Quoted from the article, or a problem microservices create that the article does not list. */
export function tiedToArticle(problem: Problem): boolean {
  return problem.article !== null || (problem.why ?? '').trim() !== '';
}

/** Whether any problem of the catalog is tied to the article (the article is then the map's centre). */
export function carriesArticle(catalog: Pick<Catalog, 'problems'>): boolean {
  return catalog.problems.some(tiedToArticle);
}

/** The label of the node in the middle: the article's hub, or the foundation whose landscape it is. */
export function centreLabel(catalog: Pick<Catalog, 'problems' | 'foundation'>): string {
  return carriesArticle(catalog) ? ARTICLE_HUB : foundationOf(catalog).short_name;
}

/** The page's heading: the app's name, or "ASWF landscape" for a catalog that is a landscape only. */
export function catalogTitle(catalog: Pick<Catalog, 'problems' | 'foundation'>): string {
  return carriesArticle(catalog) ? APP_TITLE : `${foundationOf(catalog).short_name} landscape`;
}
