/**
 * Recall and reciprocal rank of a query table against a search index. Ranks count every hit as the
 * search box lists it, problems included: "top five" is what a person sees first.
 */
import { searchCatalog, type SearchIndex } from '../../src/lib/search/index.ts';
import type { QueryCase } from './queryCase.ts';

export interface Miss {
  query: string;
  acceptable: readonly string[];
  /** The first five hits as listed ("problem:tracing", "jaeger"). */
  top5: string[];
  /** 1-based rank of the first acceptable project, or 0 when none is listed. */
  rank: number;
}

export interface Evaluation {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  /** Queries without an acceptable project in the first five. */
  misses: Miss[];
}

export function evaluate(index: SearchIndex, cases: readonly QueryCase[]): Evaluation {
  let at1 = 0;
  let at5 = 0;
  let reciprocal = 0;
  const misses: Miss[] = [];
  for (const [query, acceptable] of cases) {
    const hits = searchCatalog(index, query).hits;
    const found = hits.findIndex((h) => h.kind === 'project' && acceptable.includes(h.id));
    const rank = found + 1;
    if (rank === 1) at1++;
    if (rank >= 1 && rank <= 5) at5++;
    if (rank >= 1) reciprocal += 1 / rank;
    if (rank === 0 || rank > 5) {
      const top5 = hits.slice(0, 5).map((h) => (h.kind === 'problem' ? `problem:${h.id}` : h.id));
      misses.push({ query, acceptable, top5, rank });
    }
  }
  const n = Math.max(1, cases.length);
  return { queries: cases.length, recallAt1: at1 / n, recallAt5: at5 / n, mrr: reciprocal / n, misses };
}
