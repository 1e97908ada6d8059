/**
 * Text relevance of every project the query touches. For each query word a
 * project keeps its best source, weighted by field: its name (10), id and
 * landscape name (9), a problem it solves (5, less for a problem further down
 * its list), its description (2.5), its landscape category (1.5). The score
 * sums the words, each weighted by rarity; coverage is the share of the
 * query's weight the project matches at all.
 */
import { FIELD, type SearchIndex } from './searchIndex.ts';
import type { ProblemMatch } from './matchProblems.ts';
import type { QueryWord } from './parseQuery.ts';

export const WEIGHT = { name: 10, landscape: 9, id: 9, description: 2.5, category: 1.5, problem: 5 } as const;
const FIELD_WEIGHT = [WEIGHT.name, WEIGHT.landscape, WEIGHT.id, WEIGHT.description];
/** A problem listed first counts fully, second 0.8, third 0.65… */
export const POSITION_DECAY = [1, 0.8, 0.65, 0.55, 0.5];
/** Source codes: 0-3 a FIELD, CATEGORY, or VIA_PROBLEM + the problem's index. */
export const SOURCE = { none: -1, category: 4, viaProblem: 8 } as const;

export interface ProjectScores {
  words: number;
  touched: number[];
  /** [project * words + word]: best weighted quality. Scratch: valid until the next search. */
  best: Float64Array;
  /** [project * words + word]: where it came from (SOURCE). */
  source: Int32Array;
  /** Σ weight × best / (Σ weight × name weight), in [0, 1]. */
  relevance: Float64Array;
  /** Share of the query's weight matched, in [0, 1]. */
  coverage: Float64Array;
  /** Share of the query's weight matched by the project's own name, id or description. */
  ownCoverage: Float64Array;
}

export function scoreProjects(
  index: SearchIndex,
  words: QueryWord[],
  problems: ProblemMatch[],
): ProjectScores {
  const n = words.length;
  const count = index.projects.length;
  const { best, source, seen, own, relevance, coverage, ownCoverage } = index.scratch;
  best.fill(0, 0, count * n);
  source.fill(SOURCE.none, 0, count * n);
  seen.fill(0);
  own.fill(0);
  const touched: number[] = [];
  const offer = (project: number, word: number, value: number, from: number) => {
    const at = project * n + word;
    if (from < SOURCE.category) own[project] = own[project]! | (1 << word);
    if (value <= best[at]!) return;
    best[at] = value;
    source[at] = from;
    if (!seen[project]) {
      seen[project] = 1;
      touched.push(project);
    }
  };

  words.forEach((w, i) => {
    for (const m of w.matches) {
      for (const code of index.projectPostings.get(m.term) ?? []) {
        const field = code & 3;
        if (w.namesOnly && field === FIELD.description) continue;
        offer(code >> 2, i, FIELD_WEIGHT[field]! * m.quality, field);
      }
      if (w.namesOnly) continue;
      for (const c of index.categoryPostings.get(m.term) ?? []) {
        for (const project of index.categories[c]!.members)
          offer(project, i, WEIGHT.category * m.quality, SOURCE.category);
      }
    }
    if (w.namesOnly) return;
    for (const match of problems) {
      const quality = match.perWord[i]!;
      if (quality === 0) continue;
      for (const { project, position } of index.problems[match.problem]!.members) {
        const decay = POSITION_DECAY[position] ?? POSITION_DECAY.at(-1)!;
        offer(project, i, WEIGHT.problem * quality * decay, SOURCE.viaProblem + match.problem);
      }
    }
  });

  const required = words.reduce((sum, w) => sum + (w.optional ? 0 : w.weight), 0);
  const total = words.reduce((sum, w) => sum + w.weight, 0);
  const share = (weight: number) => (required === 0 ? 1 : Math.min(1, weight / required));
  for (const project of touched) {
    let score = 0;
    let covered = 0;
    let ownCovered = 0;
    for (let i = 0; i < n; i++) {
      const value = best[project * n + i]!;
      if (value === 0) continue;
      score += words[i]!.weight * value;
      covered += words[i]!.weight;
      if (own[project]! & (1 << i)) ownCovered += words[i]!.weight;
    }
    relevance[project] = score / (total * WEIGHT.name);
    coverage[project] = share(covered);
    ownCoverage[project] = share(ownCovered);
  }
  return { words: n, touched, best, source, relevance, coverage, ownCoverage };
}
