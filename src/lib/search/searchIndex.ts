/**
 * The shape of a catalog's search index (built by createSearchIndex): numbered
 * terms, postings and the entries queries read. Everything here is fixed once
 * built, except the caches and scratch buffers a search reuses.
 */
import type { Catalog, Maturity, Problem, Project } from '../catalog/types.ts';
import type { TermMatch } from './matchToken.ts';
import type { Scratch } from './scratch.ts';
import type { SearchResults } from './types.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A project's own fields, in the order of their postings code. */
export const FIELD = { name: 0, landscape: 1, id: 2, description: 3, keywords: 4 } as const;
/** Postings code: project << FIELD_BITS | field. */
export const FIELD_BITS = 3;
export const FIELD_MASK = (1 << FIELD_BITS) - 1;
export type ProblemLabelKind = 'name' | 'id' | 'alias' | 'question';

export interface IndexedToken {
  term: number;
  start: number;
  end: number;
}
export interface IndexedText {
  text: string;
  tokens: IndexedToken[];
  /** tokens[0, words) are the words; a name of several words has one more, its compact form. */
  words: number;
}
export interface ProjectEntry {
  project: Project;
  fields: IndexedText[];
  /** Ways of writing the name, as term lists a query can cover: name, short name, id, compact forms. */
  variants: NameVariant[];
  /** Its keywords of two words or more, as term lists: a query that holds one whole counts it as a phrase. */
  phrases: number[][];
  /** 1 / (1 - b + b × description length / average): long descriptions match more words by chance. */
  descriptionNorm: number;
  category: number;
  maturityRank: number;
  /** For tie-breaks, lower first: archived last (+100), then named in the article first (+10), then maturityRank. */
  standing: number;
  inArticle: boolean;
}
export interface NameVariant {
  terms: number[];
  /** False for the landscape name, which often names an umbrella ("Kubernetes" for Cluster API). */
  primary: boolean;
  /** A name of several words written as one ("certmanager"). */
  compact: boolean;
}
export interface ProblemLabel {
  kind: ProblemLabelKind;
  text: IndexedText;
  /** Its terms other than stop words, repeats included. */
  content: number[];
}
export interface ProblemEntry {
  problem: Problem;
  labels: ProblemLabel[];
  /** Projects that list this problem, with its position in their list (0: most fitting). */
  members: Array<{ project: number; position: number }>;
}
export interface CategoryEntry {
  text: IndexedText;
  members: number[];
}
export interface SearchIndex {
  catalog: Catalog;
  vocabulary: Vocabulary;
  projects: ProjectEntry[];
  problems: ProblemEntry[];
  categories: CategoryEntry[];
  /** term → project << FIELD_BITS | FIELD */
  projectPostings: Map<number, number[]>;
  /** term → problem * 64 + label */
  problemPostings: Map<number, number[]>;
  /** term → category */
  categoryPostings: Map<number, number[]>;
  /** Inverse document frequency over projects, by term. */
  idf: Float64Array;
  /** Terms that spell a whole name without spaces ("certmanager"): query words can join into them. */
  compactNames: Set<number>;
  /** Per-query caches; see searchCatalog. */
  tokenCache: Map<string, TermMatch[]>;
  resultCache: Map<string, SearchResults>;
  scratch: Scratch;
}

/**
 * Standing, for tie-breaks: CNCF graduated, incubating, then projects outside the CNCF (a curated
 * catalog lists them because they are established: Kafka, Kong, Terraform), then sandbox (early by
 * definition), then archived.
 */
export const MATURITY_RANK: Record<Maturity, number> = {
  graduated: 0,
  incubating: 1,
  none: 2,
  sandbox: 3,
  archived: 4,
};
