/**
 * "kafka alternative", "alternatives to kafka", "kafka vs pulsar", "like kafka":
 * the query names one or more projects and asks for their peers: the projects
 * that list a reference project's primary problem, those that list it first
 * before the others, then those of the same landscape category, not archived,
 * described alike. The reference projects come first, so the list and the map
 * show what the alternatives are alternatives to.
 */
import { editDistance } from '../catalog/suggest.ts';
import { FIELD, type SearchIndex } from './searchIndex.ts';
import { EXACT, nameHits } from './nameHits.ts';
import type { ParsedQuery, QueryWord } from './parseQuery.ts';
import { stem } from './stem.ts';
import { isStopWord } from './stopWords.ts';

const KEYWORDS = new Set([
  'alternative',
  'alternatives',
  'alternate',
  'alt',
  'alts',
  'replacement',
  'replacements',
  'replace',
  'competitor',
  'competitors',
  'vs',
  'versus',
  'similar',
  'like',
  'instead',
  'compare',
  'comparison',
]);
/** Long keywords tolerate a typo ("alternatve"). */
const LONG_KEYWORDS = ['alternative', 'alternatives', 'replacement', 'competitor', 'versus'];
/** These may be cut short while typing ("kafka alte"). */
const TYPED_KEYWORDS = ['alternative', 'alternatives', 'replacement'];

export function isKeyword(w: QueryWord): boolean {
  if (KEYWORDS.has(w.word)) return true;
  if (w.word.length >= 7 && LONG_KEYWORDS.some((k) => editDistance(w.word, k, 2) <= 2)) return true;
  return w.open && w.word.length >= 4 && TYPED_KEYWORDS.some((k) => k.startsWith(w.word));
}

export interface Alternatives {
  /** The projects the query names, in query order. */
  references: number[];
  /** Their peers, best first, references excluded. */
  peers: Array<{ project: number; problem: number }>;
}

/**
 * How alike a project's description is to the references': the rarity-weighted stems they share.
 * The references' own names are left out: mentioning Kafka does not make a project like Kafka.
 */
function describedAlike(index: SearchIndex, references: number[]): (project: number) => number {
  const { vocabulary, idf } = index;
  // What a project says about itself: its description and its keywords.
  const tokensOf = (p: number) => [
    ...index.projects[p]!.fields[FIELD.description]!.tokens,
    ...index.projects[p]!.fields[FIELD.keywords]!.tokens,
  ];
  const stems = (p: number) =>
    new Set(
      tokensOf(p)
        .map((t) => vocabulary.terms[t.term]!)
        .filter((term) => !isStopWord(term))
        .map(stem),
    );
  const names = new Set(references.flatMap((p) => index.projects[p]!.variants.flatMap((v) => v.terms)));
  const wanted = new Map<string, number>();
  for (const p of references) {
    for (const t of tokensOf(p)) {
      const term = vocabulary.terms[t.term]!;
      if (!isStopWord(term) && !names.has(t.term)) wanted.set(stem(term), idf[t.term]!);
    }
  }
  const cache = new Map<number, number>();
  return (project) => {
    let score = cache.get(project);
    if (score === undefined) {
      const own = stems(project);
      score = 0;
      for (const s of own) score += wanted.get(s) ?? 0;
      score /= Math.sqrt(own.size + 1);
      cache.set(project, score);
    }
    return score;
  };
}

/** Words that, next to a reference's name in a description, say "I am one of these": "a fork of Terraform". */
const DECLARED = new Set([
  'fork',
  'forked',
  'forks',
  'compatible',
  'replacement',
  'alternative',
  'successor',
  'clone',
  'drop',
]);
const DECLARED_WINDOW = 3;

/**
 * Whether a project's description declares it one of the references: their name next to "fork",
 * "compatible", "drop-in"… ("a community fork of HashiCorp Vault", "Kafka-compatible"). Naming them without
 * such a word proves nothing either way: Strimzi runs Kafka, but Thanos, which "extends Prometheus", is a
 * fair answer to "prometheus alternative".
 */
function declaresItself(index: SearchIndex, references: number[]): (project: number) => boolean {
  const { vocabulary } = index;
  const names = references.map((p) => index.projects[p]!.fields[FIELD.id]!.tokens.map((t) => t.term));
  const cache = new Map<number, boolean>();
  const declares = (project: number) => {
    const terms = index.projects[project]!.fields[FIELD.description]!.tokens.map((t) => t.term);
    return names.some((name) => {
      for (let i = 0; i + name.length <= terms.length; i++) {
        if (!name.every((term, k) => terms[i + k] === term)) continue;
        const near = terms.slice(Math.max(0, i - DECLARED_WINDOW), i + name.length + DECLARED_WINDOW);
        if (near.some((t) => DECLARED.has(vocabulary.terms[t]!))) return true;
      }
      return false;
    });
  };
  return (project) => {
    let found = cache.get(project);
    if (found === undefined) cache.set(project, (found = declares(project)));
    return found;
  };
}

/** The best project a group of words names on its own, or undefined. */
function reference(index: SearchIndex, words: QueryWord[]): number | undefined {
  // The whole group names it ("hashicorp vault"), or exactly half of it or more names it by its own name
  // and the rest is a product's part ("argo cd": Argo).
  const all = nameHits(index, words);
  let hits = all.filter((h) => h.count === words.length);
  if (hits.length === 0)
    hits = all.filter((h) => h.primary && h.quality >= EXACT && h.count * 2 >= words.length);
  const entry = (p: number) => index.projects[p]!;
  hits.sort(
    (a, b) =>
      b.count - a.count ||
      b.quality - a.quality ||
      Number(entry(b.project).inArticle) - Number(entry(a.project).inArticle) ||
      entry(a.project).maturityRank - entry(b.project).maturityRank ||
      a.project - b.project,
  );
  return hits[0]?.project;
}

/** The words split around the keywords, or undefined when the query has no keyword. */
export function keywordGroups(parsed: ParsedQuery): QueryWord[][] | undefined {
  if (!parsed.all.some(isKeyword)) return undefined;
  // Keywords and stop words both separate names: "compare linkerd and istio".
  const groups: QueryWord[][] = [[]];
  for (const w of parsed.all) {
    if (isKeyword(w) || w.stop) groups.push([]);
    else groups.at(-1)!.push(w);
  }
  return groups.filter((g) => g.length > 0);
}

export function findAlternatives(index: SearchIndex, groups: QueryWord[][]): Alternatives | undefined {
  const references = [
    ...new Set(groups.map((g) => reference(index, g)).filter((p): p is number => p !== undefined)),
  ];
  if (references.length === 0) return undefined;
  const problemIndex = new Map(index.catalog.problems.map((p, i) => [p.id, i]));
  const refProblems = new Set(references.flatMap((p) => index.projects[p]!.project.problems));
  const primaries = references
    .map((p) => problemIndex.get(index.projects[p]!.project.problems[0]!))
    .filter((p): p is number => p !== undefined);
  const peers = new Map<number, { problem: number; at: number; jaccard: number; kin: number }>();
  const refCategories = new Set(references.map((p) => index.projects[p]!.category));
  for (const problem of primaries) {
    for (const { project, position } of index.problems[problem]!.members) {
      if (references.includes(project)) continue;
      const known = peers.get(project);
      if (known && known.at <= position) continue;
      const entry = index.projects[project]!;
      const shared = entry.project.problems.filter((id) => refProblems.has(id)).length;
      const jaccard = shared / (entry.project.problems.length + refProblems.size - shared);
      // Same landscape category, and not archived: the likeliest like-for-like replacements.
      const kin =
        Number(refCategories.has(entry.category)) + Number(entry.project.maturity !== 'archived') * 2;
      peers.set(project, { problem, at: position, jaccard, kin });
    }
  }
  const similarity = describedAlike(index, references);
  const declared = declaresItself(index, references);
  const entry = (p: number) => index.projects[p]!;
  const order = [...peers.entries()].sort(
    ([a, pa], [b, pb]) =>
      Number(declared(b)) - Number(declared(a)) ||
      pa.at - pb.at ||
      pb.kin - pa.kin ||
      similarity(b) - similarity(a) ||
      pb.jaccard - pa.jaccard ||
      Number(entry(b).inArticle) - Number(entry(a).inArticle) ||
      entry(a).maturityRank - entry(b).maturityRank ||
      a - b,
  );
  return { references, peers: order.map(([project, { problem }]) => ({ project, problem })) };
}
