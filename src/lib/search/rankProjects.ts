/**
 * The order of project hits, in four tiers:
 *   0. the project the whole query spells exactly ("helm"), and projects of a named problem
 *      whose name the query also spells ("docker", "kubernetes service discovery");
 *   1. the other projects of the named problems, by where they list it: first, then second, third;
 *      archived ones after the rest; then those covering more of the query's named problems;
 *   2. other projects whose name the query spells ("prometeus"; "istio tracing": after the tracers);
 *   3. everything else that matches enough of the query (all of a one- or two-word query, 60% of
 *      a longer one, by rarity-weighted words), by relevance × coverage.
 * Then ties break by: with one problem named by a word or alias, whether the project's own name or
 * description says it too ("backup"); standing, which puts archived projects last, projects named in
 * the article first, then CNCF graduated, incubating, outside the CNCF, sandbox (MATURITY_RANK);
 * relevance; and catalog order. Only the order leaves the engine.
 */
import type { SearchIndex } from './searchIndex.ts';
import type { ProblemMatch } from './matchProblems.ts';
import { EXACT, type NameHit } from './nameHits.ts';
import { MAX_WORDS, type QueryWord } from './parseQuery.ts';
import type { ProjectScores } from './scoreProjects.ts';

/** Project hits in order, as parallel arrays: no object per project. */
export interface Ranking {
  projects: Int32Array;
  /** 0-3, see above. */
  tiers: Uint8Array;
  /** The named problem each was found through, or -1. */
  via: Int32Array;
}

/** Share of the query's weight a project must match when the query has three words or more. */
export const MIN_COVERAGE = 0.6;

/** Coverage a project needs to be a hit by text alone: all of a one- or two-word query. */
export function minCoverage(words: QueryWord[]): number {
  return words.filter((w) => !w.optional).length <= 2 ? 0.999 : MIN_COVERAGE;
}

const bucket = (value: number, high: number, low: number) => (value >= high ? 2 : value >= low ? 1 : 0);

export function rankProjects(
  index: SearchIndex,
  words: QueryWord[],
  scores: ProjectScores,
  named: ProblemMatch[],
  names: NameHit[],
): Ranking {
  const weightOf = (mask: number) =>
    words.reduce((sum, w, i) => sum + (mask & (1 << i) && !w.optional ? w.weight : 0), 0);
  const required = weightOf(-1);
  const all = words.reduce((mask, w, i) => (w.optional ? mask : mask | (1 << i)), 0);
  const namingMask = named.reduce((mask, m) => mask | m.namingWords, 0);
  // A name spelled by some words of a query is a name hit only if it is spelled exactly ("service
  // mesh" does not make Meshery one) and, with the words that name a problem, it explains at least
  // half the query ("kubernetes service discovery", not "service mesh for kubernetes").
  const nameHit = new Map<number, NameHit>();
  const spelled = new Set<number>();
  for (const hit of names) {
    const mask = [...hit.words].reduce((m, i) => m | (1 << i), 0);
    const whole = (mask & all) === all;
    if (whole && hit.quality >= EXACT) spelled.add(hit.project);
    if (whole || (hit.quality >= EXACT && weightOf(mask | namingMask) >= required / 2))
      nameHit.set(hit.project, hit);
  }
  const namedRank = new Map(named.map((m, i) => [m.problem, i]));
  const member = new Map<number, { at: number; concepts: number; via: number }>();
  for (const m of named) {
    for (const { project, position: at } of index.problems[m.problem]!.members) {
      const known = member.get(project);
      if (!known) member.set(project, { at, concepts: m.namingWords, via: m.problem });
      else {
        known.concepts |= m.namingWords;
        if (at < known.at || (at === known.at && namedRank.get(m.problem)! < namedRank.get(known.via)!)) {
          known.at = at;
          known.via = m.problem;
        }
      }
    }
  }

  const threshold = minCoverage(words);
  // With one problem named by a label, its projects whose own name or description say it too come
  // first ("backup": the backup tools among the storage projects). With several, the query is an
  // umbrella ("observability"); with a question, its words are too general: standing decides.
  const ownFirst = named.length === 1 && named[0]!.byLabel;
  const candidates = [...scores.touched];
  for (const project of [...member.keys(), ...nameHit.keys()]) {
    if (!index.scratch.seen[project]) {
      index.scratch.seen[project] = 1;
      candidates.push(project);
    }
  }
  // Sort keys, five per project, compared in turn: small integers packed into one number, then
  // relevance (or own words), standing, relevance, catalog order.
  const keys = new Float64Array(candidates.length * 5);
  const tiers = new Uint8Array(candidates.length);
  const via = new Int32Array(candidates.length);
  let count = 0;
  for (const project of candidates) {
    const m = member.get(project);
    const hit = nameHit.get(project);
    const isSpelled = hit !== undefined && spelled.has(project);
    const tier = isSpelled || (m && hit) ? 0 : m ? 1 : hit ? 2 : 3;
    const coverage = scores.coverage[project]!;
    if (tier === 3 && coverage < threshold) continue;
    const entry = index.projects[project]!;
    const relevance = scores.relevance[project]!;
    let key = tier * 1e8;
    if (hit) {
      const nameKey =
        Number(!isSpelled) * 1000 +
        Number(!hit.primary) * 100 +
        (2 - bucket(hit.quality, EXACT, 0.75)) * 10 +
        Math.min(9, MAX_WORDS - hit.words.size);
      key += nameKey * 1e4;
    }
    if (m)
      key += Math.min(m.at, 9) * 100 + (entry.standing >= 100 ? 10 : 0) + (MAX_WORDS - popCount(m.concepts));
    const at = count * 5;
    keys[at] = key;
    keys[at + 1] =
      tier === 3
        ? -relevance * coverage
        : ownFirst
          ? 2 - bucket(scores.ownCoverage[project]!, 0.999, 0.01)
          : 0;
    keys[at + 2] = entry.standing;
    keys[at + 3] = -relevance;
    keys[at + 4] = project;
    tiers[count] = tier;
    via[count] = m ? m.via : -1;
    count++;
  }
  const order = new Int32Array(count).map((_, i) => i);
  order.sort((x, y) => {
    const a = x * 5;
    const b = y * 5;
    return (
      keys[a]! - keys[b]! ||
      keys[a + 1]! - keys[b + 1]! ||
      keys[a + 2]! - keys[b + 2]! ||
      keys[a + 3]! - keys[b + 3]! ||
      keys[a + 4]! - keys[b + 4]!
    );
  });
  return {
    projects: order.map((i) => keys[i * 5 + 4]!),
    tiers: Uint8Array.from(order, (i) => tiers[i]!),
    via: order.map((i) => via[i]!),
  };
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}
