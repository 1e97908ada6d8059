/**
 * The catalog as the app sees it once `parseCatalog` has accepted it.
 * data/catalog.schema.json describes the same shape for editors; `catalogSpec.ts`
 * is the single definition both are checked against (see tests/unit/schema.test.ts).
 */

export const MATURITIES = ['graduated', 'incubating', 'sandbox', 'archived', 'none'] as const;
export type Maturity = (typeof MATURITIES)[number];

/** Where a problem comes from in the article: its paragraph and a short exact quote used as a text fragment. */
export interface ArticleRef {
  paragraph: number;
  quote: string;
}

/** One paragraph of the article's argument, as the guided tour tells it. */
export interface ArticleParagraph {
  paragraph: number;
  title: string;
  caption: string;
}

export interface Article {
  title: string;
  author: string;
  url: string;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  thesis: string;
  paragraphs: ArticleParagraph[];
}

export interface Problem {
  id: string;
  name: string;
  question: string;
  why: string;
  aliases: string[];
  /** null: a problem this catalog adds beyond the article. */
  article: ArticleRef | null;
}

/**
 * The days a project reached each step in its foundation (the CNCF by default), ISO YYYY-MM-DD, as the
 * landscape records them (`extra.accepted` ...). A project joining at incubating has accepted = incubating.
 */
export interface ProjectDates {
  accepted?: string;
  incubating?: string;
  graduated?: string;
  archived?: string;
}

export interface Project {
  id: string;
  name: string;
  description: string;
  homepage: string;
  repo?: string;
  maturity: Maturity;
  /** When it joined its foundation and moved between levels; never for `maturity: none` (docs/catalog-format.md). */
  dates?: ProjectDates;
  /** Problem ids, most fitting first. */
  problems: string[];
  /** The CNCF landscape subcategory. */
  category: string;
  named_in_article?: boolean;
  /** The item's name in the CNCF landscape when it differs from `name`. */
  landscape_name?: string;
}

export interface Catalog {
  article: Article;
  problems: Problem[];
  projects: Project[];
}
