/**
 * The order of project hits. First (tier 0) the project the whole query spells exactly ("helm"),
 * and projects of a named problem whose name the query also spells ("docker", "kubernetes service
 * discovery"). Then every other project by how much of the query it covers, in bands (all of it,
 * three quarters, half, less), so a project that answers the whole question ("continuous
 * profiling": Pixie) comes before one that only shares a word with a named problem ("continuous":
 * the delivery tools). Within a band: a project whose name the query spells with a typo or half
 * typed ("prometeus"); then the projects of the named problems, by where they list it (first,
 * then second…), so a query that is just a problem's name lists its projects most fitting first;
 * then the text evidence (scoreProjects); then standing, which puts archived projects last,
 * projects named in the article first, then CNCF graduated, incubating, outside the CNCF,
 * sandbox (MATURITY_RANK); then catalog order. Only the order leaves the engine.
 *
 * A project is a hit by text alone when it matches enough of the query: all of a one- or two-word
 * query, half of a longer one, by rarity-weighted words.
 */
import type { SearchIndex } from './searchIndex.ts';
import type { ProblemMatch } from './matchProblems.ts';
import { EXACT, type NameHit } from './nameHits.ts';
import { MAX_WORDS, type QueryWord } from './parseQuery.ts';
import { POSITION_DECAY, type ProjectScores } from './scoreProjects.ts';

/** Project hits in order, as parallel arrays: no object per project. */
export interface Ranking {
  projects: Int32Array;
  /** 0 spelled, 1 through a named problem, 2 a name with a typo, 3 by text: how the hit explains itself. */
  tiers: Uint8Array;
  /** The named problem each was found through, or -1. */
  via: Int32Array;
  /** Coverage band of each (0: the whole query … 3), for placing problems among them. */
  bands: Uint8Array;
  /** Named problems that, with the project names the query spells among their projects, cover it all. */
  leading: Set<number>;
}

/** Share of the query's weight a project must match when the query has three words or more. */
export const MIN_COVERAGE = 0.5;

/** Coverage a project needs to be a hit by text alone: all of a one- or two-word query. */
export function minCoverage(words: QueryWord[]): number {
  return words.filter((w) => !w.optional).length <= 2 ? 0.999 : MIN_COVERAGE;
}

/** 0: the whole query, 1: three quarters of it, 2: half, 3: less. */
export const coverageBand = (coverage: number): number =>
  coverage >= 0.999 ? 0 : coverage >= 0.75 ? 1 : coverage >= 0.5 ? 2 : 3;

const bucket = (value: number, high: number, low: number) => (value >= high ? 2 : value >= low ? 1 : 0);
const BANDED_WORDS = 3;
/** A named problem that explains part of the query adds this much per unit of its words' weight. */
const NAMED_BOOST = 0.5;
/** Evidence is compared in steps this wide: closer than that, standing decides. */
const EVIDENCE_STEP = 0.75;

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
  const whole = new Set<number>();
  for (const hit of names) {
    const mask = hit.words;
    const isWhole = (mask & all) === all;
    if (isWhole) whole.add(hit.project);
    if (isWhole && hit.quality >= EXACT) spelled.add(hit.project);
    if (isWhole || (hit.quality >= EXACT && weightOf(mask | namingMask) >= required / 2))
      nameHit.set(hit.project, hit);
  }
  // A named problem leads when it explains the whole query, alone or with the name of one of its
  // projects ("kubernetes service discovery"): the query is then that problem, and its projects are
  // listed most fitting first. A problem that explains part of it only boosts its projects' evidence.
  const exactWords = new Map<number, number>();
  for (const hit of names) {
    // A landscape name often names an umbrella ("Kubernetes" for Gateway API): it explains nothing here.
    if (hit.quality < EXACT || !hit.primary) continue;
    const mask = hit.words;
    exactWords.set(hit.project, mask);
  }
  const leadingMatches = named.filter((m) => {
    let mask = 0;
    m.perWord.forEach((q, i) => (mask |= q > 0 ? 1 << i : 0));
    const id = index.problems[m.problem]!.problem.id;
    for (const [project, words] of exactWords) {
      if (index.projects[project]!.project.problems.includes(id)) mask |= words;
    }
    return (mask & all) === all;
  });
  const leading = new Set(leadingMatches.map((m) => m.problem));
  const namedRank = new Map(leadingMatches.map((m, i) => [m.problem, i]));
  const member = new Map<number, { at: number; via: number }>();
  for (const m of leadingMatches) {
    for (const { project, position: at } of index.problems[m.problem]!.members) {
      const known = member.get(project);
      if (!known) member.set(project, { at, via: m.problem });
      else {
        if (at < known.at || (at === known.at && namedRank.get(m.problem)! < namedRank.get(known.via)!)) {
          known.at = at;
          known.via = m.problem;
        }
      }
    }
  }

  // Among the projects of one problem named by a label, what their own text says decides ("backup":
  // the backup tools among the storage projects). Several problems make the query an umbrella
  // ("observability"), a question's words are too general: standing decides, and projects that span
  // more of the named problems come first.
  const byEvidence = leadingMatches.length === 1 && leadingMatches[0]!.byLabel;
  // The other named problems boost their projects: by the weight of the words that name them, less
  // for a problem further down a project's list.
  const boost = new Map<number, number>();
  for (const m of named) {
    if (leading.has(m.problem)) continue;
    const weight = NAMED_BOOST * weightOf(m.namingWords);
    for (const { project, position } of index.problems[m.problem]!.members) {
      const value = weight * (POSITION_DECAY[position] ?? POSITION_DECAY.at(-1)!);
      if (value > (boost.get(project) ?? 0)) boost.set(project, value);
    }
  }
  const threshold = minCoverage(words);
  // In a short query every word matters: coverage comes first. A long one is a description of a
  // need, which no project covers whole: the evidence decides.
  const banded = words.filter((w) => !w.optional).length <= BANDED_WORDS;
  const candidates = [...scores.touched];
  for (const project of [...member.keys(), ...nameHit.keys()]) {
    if (!index.scratch.seen[project]) {
      index.scratch.seen[project] = 1;
      candidates.push(project);
    }
  }
  // Sort keys, five per project, compared in turn: small integers packed into one number, then
  // evidence in steps, standing, evidence, catalog order.
  const keys = new Float64Array(candidates.length * 5);
  const tiers = new Uint8Array(candidates.length);
  const bands = new Uint8Array(candidates.length);
  const via = new Int32Array(candidates.length);
  let count = 0;
  for (const project of candidates) {
    const m = member.get(project);
    const hit = nameHit.get(project);
    const isSpelled = hit !== undefined && spelled.has(project);
    const coverage = scores.coverage[project]!;
    if (!m && !hit && !boost.has(project) && coverage < threshold) continue;
    const tier = isSpelled || (m && hit?.primary) ? 0 : hit && whole.has(project) ? 2 : m ? 1 : 3;
    const band = tier === 0 || !banded ? 0 : coverageBand(coverage);
    const entry = index.projects[project]!;
    let key = (tier === 0 ? 0 : 1 + band) * 1e8;
    if (hit && (tier === 0 || tier === 2)) {
      const nameKey =
        Number(!isSpelled) * 1000 +
        Number(!hit.primary) * 100 +
        (2 - bucket(hit.quality, EXACT, 0.75)) * 10 +
        Math.min(9, MAX_WORDS - hit.count);
      key += nameKey * 1e4;
    } else key += 9999 * 1e4;
    if (m) key += Math.min(m.at, 9) * 100 + (entry.standing >= 100 ? 10 : 0);
    else key += 9999;
    const evidence = scores.evidence[project]! + (boost.get(project) ?? 0);
    const at = count * 5;
    keys[at] = key;
    keys[at + 1] = m
      ? byEvidence
        ? (2 - bucket(scores.ownCoverage[project]!, 0.999, 0.01)) * 2 - Number(scores.phrased[project]! > 0)
        : 0
      : -Math.floor(evidence / EVIDENCE_STEP);
    keys[at + 2] = entry.standing;
    keys[at + 3] = -evidence;
    keys[at + 4] = project;
    tiers[count] = tier;
    bands[count] = band;
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
  // Plain loops: TypedArray.from over an iterable allocates an iterator result per element.
  const ranking = {
    projects: new Int32Array(count),
    tiers: new Uint8Array(count),
    via: new Int32Array(count),
    bands: new Uint8Array(count),
    leading,
  };
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    ranking.projects[k] = keys[i * 5 + 4]!;
    ranking.tiers[k] = tiers[i]!;
    ranking.via[k] = via[i]!;
    ranking.bands[k] = bands[i]!;
  }
  return ranking;
}
