/**
 * The order of project hits, in four tiers:
 *   0. projects of a named problem whose name the query also spells ("docker", "kubernetes service discovery");
 *   1. the other projects of the named problems: those listing it as their first problem, then second…;
 *   2. projects whose name the query spells ("prometheus", "prometeus");
 *   3. everything else that matches enough of the query, by relevance.
 * Ties break by: whether the project's own name or description says what the query says, named in
 * the article, standing (MATURITY_RANK), relevance, and finally catalog order. Only the order leaves.
 */
import type { SearchIndex } from './createSearchIndex.ts';
import type { ProblemMatch } from './matchProblems.ts';
import type { NameHit } from './nameHits.ts';
import type { QueryWord } from './parseQuery.ts';
import type { ProjectScores } from './scoreProjects.ts';

export interface RankedProject {
  project: number;
  tier: 0 | 1 | 2 | 3;
  /** The named problem it was found through, or -1. */
  via: number;
}

/** Share of the query's weight a project must match when the query has three words or more. */
export const MIN_COVERAGE = 0.6;

/** Coverage a project needs to be a hit by text alone: all of a one- or two-word query. */
export function minCoverage(words: QueryWord[]): number {
  return words.filter((w) => !w.optional).length <= 2 ? 0.999 : MIN_COVERAGE;
}

const bucket = (value: number, high: number, low: number) => (value >= high ? 2 : value >= low ? 1 : 0);

interface Key extends RankedProject {
  keys: number[];
}

export function rankProjects(
  index: SearchIndex,
  words: QueryWord[],
  scores: ProjectScores,
  named: ProblemMatch[],
  names: NameHit[],
): RankedProject[] {
  const weightOf = (mask: number) =>
    words.reduce((sum, w, i) => sum + (mask & (1 << i) && !w.optional ? w.weight : 0), 0);
  const required = weightOf(-1);
  const namingMask = named.reduce((mask, m) => mask | m.namingWords, 0);
  // A name spelled by a few words of a long query is a name hit only if, with the words that name
  // a problem, it explains at least half the query ("kubernetes service discovery").
  const nameHit = new Map<number, NameHit>();
  for (const hit of names) {
    const mask = [...hit.words].reduce((m, i) => m | (1 << i), namingMask);
    if (minCoverage(words) > MIN_COVERAGE || weightOf(mask) >= required / 2) nameHit.set(hit.project, hit);
  }
  const namedRank = new Map(named.map((m, i) => [m.problem, i]));
  const member = new Map<number, { at: number; count: number; via: number }>();
  for (const m of named) {
    for (const { project, position: at } of index.problems[m.problem]!.members) {
      const known = member.get(project);
      if (!known) member.set(project, { at, count: 1, via: m.problem });
      else {
        known.count++;
        if (at < known.at || (at === known.at && namedRank.get(m.problem)! < namedRank.get(known.via)!)) {
          known.at = at;
          known.via = m.problem;
        }
      }
    }
  }

  const threshold = minCoverage(words);
  const keyed: Key[] = [];
  for (const project of new Set([...scores.touched, ...member.keys(), ...nameHit.keys()])) {
    const m = member.get(project);
    const hit = nameHit.get(project);
    const tier = m ? (hit ? 0 : 1) : hit ? 2 : 3;
    if (tier === 3 && scores.coverage[project]! < threshold) continue;
    const entry = index.projects[project]!;
    const relevance = scores.relevance[project]!;
    const keys = [
      hit ? Number(!hit.primary) : 0,
      hit ? -bucket(hit.quality, 0.9, 0.75) : 0,
      hit ? -hit.words.size : 0,
      m ? m.at : 0,
      m ? -m.count : 0,
      tier === 3
        ? -relevance * scores.coverage[project]!
        : -bucket(scores.ownCoverage[project]!, 0.999, 0.01),
      Number(!entry.inArticle),
      entry.maturityRank,
      -relevance,
      project,
    ];
    keyed.push({ project, tier, via: m ? m.via : -1, keys });
  }
  keyed.sort((x, y) => {
    if (x.tier !== y.tier) return x.tier - y.tier;
    for (let i = 0; i < x.keys.length; i++) {
      const d = x.keys[i]! - y.keys[i]!;
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map(({ project, tier, via }) => ({ project, tier, via }));
}
