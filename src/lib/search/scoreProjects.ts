/**
 * Text evidence for every project the query touches, BM25F-style. For each
 * query word a project sums what its fields say, weighted by field: its name
 * (10), id and landscape name (9), its keywords (6), a problem it solves (5,
 * less for a problem further down its list), its description (2.5, less for a
 * long one), its landscape category (1.5). The sum saturates, so a word said
 * three times counts little more than once, and each word then counts by its
 * rarity: the evidence is Σ rarity × saturated sum. A keyword the query holds
 * whole ("continuous profiling") adds its words again, as a phrase.
 * Coverage is the share of the query's weight a project matches at all.
 */
import { FIELD, FIELD_BITS, FIELD_MASK, type SearchIndex } from './searchIndex.ts';
import type { ProblemMatch } from './matchProblems.ts';
import type { QueryWord } from './parseQuery.ts';

export const WEIGHT = {
  name: 10,
  landscape: 9,
  id: 9,
  description: 2.5,
  keywords: 6,
  category: 1.5,
  problem: 5,
} as const;
const FIELD_WEIGHT = [WEIGHT.name, WEIGHT.landscape, WEIGHT.id, WEIGHT.description, WEIGHT.keywords];
/** A problem listed first counts fully, second 0.8, third 0.65… */
export const POSITION_DECAY = [1, 0.8, 0.65, 0.55, 0.5];
/** Source codes: 0-4 a FIELD, CATEGORY, or VIA_PROBLEM + the problem's index. */
export const SOURCE = { none: -1, category: 5, viaProblem: 8 } as const;
/** BM25's k1 on our weights: a word in the name (10) and the description is worth about 1.5 × the name alone. */
const K1 = 6;
/** A whole keyword in the query counts its words this much again. */
const PHRASE = 0.6;
const CATEGORY_BIT = 1 << SOURCE.category;

export interface ProjectScores {
  words: number;
  touched: number[];
  /** [project * words + word]: best weighted quality. Scratch: valid until the next search. */
  best: Float64Array;
  /** [project * words + word]: where it came from (SOURCE). */
  source: Int32Array;
  /** [project * words + word]: a bit per own field (1 << FIELD) and category that matched it. */
  fields: Uint8Array;
  /** Σ weight × best / (Σ weight × name weight), in [0, 1]. */
  relevance: Float64Array;
  /** Σ rarity × saturated field sum, plus phrases: the ranking's evidence. */
  evidence: Float64Array;
  /** Share of the query's weight matched, in [0, 1]. */
  coverage: Float64Array;
  /** Share of the query's weight matched by the project's own name, id, keywords or description. */
  ownCoverage: Float64Array;
  /** Weight of the query words that spell whole keywords of the project ("kubernetes dashboard"). */
  phrased: Float64Array;
}

export function scoreProjects(
  index: SearchIndex,
  words: QueryWord[],
  problems: ProblemMatch[],
): ProjectScores {
  const n = words.length;
  const count = index.projects.length;
  const {
    best,
    source,
    sum,
    fields,
    viaProblem,
    seen,
    own,
    relevance,
    evidence,
    coverage,
    ownCoverage,
    phrased,
  } = index.scratch;
  best.fill(0, 0, count * n);
  sum.fill(0, 0, count * n);
  fields.fill(0, 0, count * n);
  viaProblem.fill(0, 0, count * n);
  source.fill(SOURCE.none, 0, count * n);
  seen.fill(0);
  own.fill(0);
  const touched: number[] = [];
  const offer = (project: number, word: number, value: number, from: number) => {
    const at = project * n + word;
    if (!seen[project]) {
      seen[project] = 1;
      touched.push(project);
    }
    if (from < SOURCE.category) own[project] = own[project]! | (1 << word);
    if (value > best[at]!) {
      best[at] = value;
      source[at] = from;
    }
  };
  // Each field counts once per word, with its best match: matches are offered best first.
  const add = (project: number, word: number, value: number, field: number) => {
    const at = project * n + word;
    const bit = 1 << field;
    if (fields[at]! & bit) return;
    fields[at] = fields[at]! | bit;
    sum[at] = sum[at]! + value;
  };

  words.forEach((w, i) => {
    const matches = [...w.matches].sort((a, b) => b.quality - a.quality);
    for (const m of matches) {
      for (const code of index.projectPostings.get(m.term) ?? []) {
        const field = code & FIELD_MASK;
        if (w.namesOnly && (field === FIELD.description || field === FIELD.keywords)) continue;
        const project = code >> FIELD_BITS;
        let value = FIELD_WEIGHT[field]! * m.quality;
        offer(project, i, value, field);
        if (field === FIELD.description) value *= index.projects[project]!.descriptionNorm;
        add(project, i, value, field);
      }
      if (w.namesOnly) continue;
      for (const c of index.categoryPostings.get(m.term) ?? []) {
        for (const project of index.categories[c]!.members) {
          offer(project, i, WEIGHT.category * m.quality, SOURCE.category);
          if (!(fields[project * n + i]! & CATEGORY_BIT))
            add(project, i, WEIGHT.category * m.quality, SOURCE.category);
        }
      }
    }
    if (w.namesOnly) return;
    // Its problems count as one field: the best of them.
    for (const match of problems) {
      const quality = match.perWord[i]!;
      if (quality === 0) continue;
      for (const { project, position } of index.problems[match.problem]!.members) {
        const decay = POSITION_DECAY[position] ?? POSITION_DECAY.at(-1)!;
        const value = WEIGHT.problem * quality * decay;
        offer(project, i, value, SOURCE.viaProblem + match.problem);
        const at = project * n + i;
        if (value > viaProblem[at]!) viaProblem[at] = value;
      }
    }
  });

  const required = words.reduce((total, w) => total + (w.optional ? 0 : w.weight), 0);
  const total = words.reduce((all, w) => all + w.weight, 0);
  const share = (weight: number) => (required === 0 ? 1 : Math.min(1, weight / required));
  const phraseWords = phraseMatcher(words);
  for (const project of touched) {
    let score = 0;
    let covered = 0;
    let ownCovered = 0;
    let found = 0;
    for (let i = 0; i < n; i++) {
      const at = project * n + i;
      const value = best[at]!;
      if (value === 0) continue;
      const w = words[i]!.weight;
      score += w * value;
      covered += w;
      if (own[project]! & (1 << i)) ownCovered += w;
      const tf = sum[at]! + viaProblem[at]!;
      found += (w * tf * (K1 + 1)) / (tf + K1);
    }
    let phrases = 0;
    for (const phrase of index.projects[project]!.phrases) phrases += phraseWords(phrase);
    found += PHRASE * phrases;
    phrased[project] = phrases;
    relevance[project] = score / (total * WEIGHT.name);
    evidence[project] = found;
    coverage[project] = share(covered);
    ownCoverage[project] = share(ownCovered);
  }
  return { words: n, touched, best, source, fields, relevance, evidence, coverage, ownCoverage, phrased };
}

/** The weight of the query words that spell a keyword whole, or 0 when some word of it is missing. */
function phraseMatcher(words: QueryWord[]): (phrase: number[]) => number {
  const byTerm = new Map<number, number>();
  for (const w of words) {
    if (w.namesOnly) continue;
    for (const m of w.matches) {
      if (m.quality < 0.9) continue;
      byTerm.set(m.term, Math.max(byTerm.get(m.term) ?? 0, w.weight));
    }
  }
  return (phrase) => {
    let weight = 0;
    for (const term of phrase) {
      const w = byTerm.get(term);
      if (w === undefined) return 0;
      weight += w;
    }
    return weight;
  };
}
