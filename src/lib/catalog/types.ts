/**
 * The catalog as the app sees it once `parseCatalog` has accepted it.
 * data/catalog.schema.json describes the same shape for editors; `catalogSpec.ts`
 * is the single definition both are checked against (see tests/unit/schema.test.ts).
 */

/**
 * The five marks the map draws maturity with (colour and shape). They are also the level ids of the
 * default foundation, the CNCF, with `none` for projects outside it; another foundation's levels are
 * drawn with these marks by position (see `maturityLevels` in maturityLabel.ts).
 */
export const MATURITIES = ['graduated', 'incubating', 'sandbox', 'archived', 'none'] as const;
export type Maturity = (typeof MATURITIES)[number];

/** A maturity value of a project: the id of one of its foundation's levels, or `none` (outside it). */
export type LevelId = string;

/** One level of a foundation's project lifecycle, e.g. `{ id: incubating, label: Incubating }`. */
export interface FoundationLevel {
  id: string;
  label: string;
}

/** The foundation whose maturity levels the catalog's projects carry; the CNCF when absent. */
export interface Foundation {
  name: string;
  /** Used in labels: "CDF graduated", "Outside the CDF". */
  short_name: string;
  /** Highest level first. */
  levels: FoundationLevel[];
}

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
  /** Why splitting into microservices creates it; absent for problems that are a landscape's own headings. */
  why?: string;
  aliases: string[];
  /** null: a problem this catalog adds beyond the article. */
  article: ArticleRef | null;
  /** A heading the problem is listed under (an imported landscape's category). */
  group?: string;
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

/** A name a project went by before (Maesh for Traefik Mesh): search finds it by it, the details say "formerly". */
export interface FormerName {
  name: string;
  /** The day it was renamed and stopped going by that name, YYYY-MM-DD, when known. */
  until?: string;
}

export interface Project {
  id: string;
  name: string;
  /** Absent when nobody wrote one: the importer never invents a description. */
  description?: string;
  homepage: string;
  repo?: string;
  maturity: LevelId;
  /** When it joined its foundation and moved between levels; never for `maturity: none` (docs/catalog-format.md). */
  dates?: ProjectDates;
  /** Problem ids, most fitting first. */
  problems: string[];
  /** The CNCF landscape subcategory. */
  category: string;
  named_in_article?: boolean;
  /** The item's name in the CNCF landscape when it differs from `name`. */
  landscape_name?: string;
  /** Names it went by before, oldest first. */
  formerly?: FormerName[];
  /** What it does, in the words people search with: capabilities, use cases, common terms (lower case). */
  keywords?: string[];
  /** `organisation` for a company or other member a landscape lists (imported only on request). */
  kind?: ProjectKind;
  /** Its mark in simple-icons (CC0), by slug, e.g. `kubernetes`; checked against the package at build time. */
  logo?: string;
}

export const PROJECT_KINDS = ['project', 'organisation'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export interface Catalog {
  /** Whose maturity levels `projects[].maturity` uses; the CNCF's when absent. */
  foundation?: Foundation;
  article: Article;
  problems: Problem[];
  projects: Project[];
}
