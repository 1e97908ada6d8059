/**
 * The search: a query to the problems and projects it finds, best first.
 * Named problems come first ("tracing", "mtls"), then projects, then other
 * problems the words touch. "X alternative" lists X, then its peers. Word
 * matches are cached per word, so a keystroke only matches the word being
 * typed; the last two results are kept, for a list and a map asking for the
 * same query. Treat results as read-only: a repeated query returns the same hits.
 */
import { findAlternatives, isKeyword, keywordGroups, type Alternatives } from './alternatives.ts';
import type { SearchIndex } from './searchIndex.ts';
import { Highlighter } from './highlight.ts';
import { matchProblems, type ProblemMatch } from './matchProblems.ts';
import { EXACT, nameHits } from './nameHits.ts';
import { parseQuery, type QueryWord } from './parseQuery.ts';
import { coverageBand, minCoverage, rankProjects } from './rankProjects.ts';
import { scoreProjects } from './scoreProjects.ts';
import { allProblems, suggestNames } from './suggestNames.ts';
import { lazyProjectHit, problemHit, projectHit, reasonOf, viaProblemHit } from './toHits.ts';
import type { SearchHit, SearchOptions, SearchResults } from './types.ts';

const RESULT_CACHE_SIZE = 2;

/** Problems the words touch without naming them, when they match enough of the query. */
function otherProblems(words: QueryWord[], matches: ProblemMatch[]): ProblemMatch[] {
  const threshold = minCoverage(words);
  const weight = (m: ProblemMatch, required: boolean) =>
    words.reduce((sum, w, i) => sum + (m.perWord[i]! > 0 && !(required && w.optional) ? w.weight : 0), 0);
  const relevance = (m: ProblemMatch) => words.reduce((sum, w, i) => sum + w.weight * m.perWord[i]!, 0);
  const total = words.reduce((sum, w) => sum + (w.optional ? 0 : w.weight), 0);
  return matches
    .filter((m) => m.naming === 0 && weight(m, true) >= total * threshold)
    .sort((a, b) => relevance(b) - relevance(a) || a.problem - b.problem);
}

/** Share of the query's required weight a problem's labels match. */
function problemCoverage(words: QueryWord[], m: ProblemMatch): number {
  const required = words.reduce((sum, w) => sum + (w.optional ? 0 : w.weight), 0);
  const covered = words.reduce((sum, w, i) => sum + (m.perWord[i]! > 0 && !w.optional ? w.weight : 0), 0);
  return required === 0 ? 1 : covered / required;
}

function alternativeHits(index: SearchIndex, found: Alternatives, highlighter: Highlighter): SearchHit[] {
  const none = scoreProjects(index, [], []);
  const hits = found.references.map((project) =>
    projectHit(index, project, 2, -1, [], none, new Map(), highlighter),
  );
  for (const { project, problem } of found.peers) {
    const peer = viaProblemHit(index, project, problem, 0, highlighter);
    peer.ranges = []; // the query did not say the problem's name
    hits.push(peer);
  }
  return hits;
}

function search(index: SearchIndex, query: string, highlighter: (words: QueryWord[]) => Highlighter) {
  const parsed = parseQuery(index, query);
  let words = parsed.words;
  const groups = keywordGroups(parsed);
  if (groups) {
    const found = findAlternatives(index, groups);
    if (found) return { namedProblems: [], hits: alternativeHits(index, found, highlighter(words)) };
    const rest = words.filter((w) => !isKeyword(w));
    if (rest.length > 0) words = rest;
  }
  if (words.length === 0) return { namedProblems: [], hits: [] };

  const names = nameHits(index, words);
  // The whole query is a project's name ("helm"): only a whole label names a problem then.
  const spelledProjects = new Set(
    names
      .filter((h) => h.quality >= EXACT && words.every((w, i) => w.optional || (h.words & (1 << i)) !== 0))
      .map((h) => h.project),
  );
  const spelled = spelledProjects.size > 0;
  const problems = matchProblems(index, words, spelled);
  const named = problems
    .filter((m) => m.naming > 0)
    .sort((a, b) => b.naming - a.naming || a.problem - b.problem);
  const scores = scoreProjects(index, words, problems);
  const ranked = rankProjects(index, words, scores, named, names);
  const marks = highlighter(words);
  const byProblem = new Map(problems.map((m) => [m.problem, m]));
  // Explained when read: the list shows a few of them, the map lights them all by id.
  const projectHits: SearchHit[] = [];
  for (let i = 0; i < ranked.projects.length; i++) {
    const project = ranked.projects[i]!;
    const reason = reasonOf(index, project, ranked.tiers[i]!, ranked.via[i]!, words, scores, byProblem);
    projectHits.push(lazyProjectHit(index, project, reason, words));
  }
  // A project named exactly ("kafka", "vault", "grpc") comes before a problem that lists the same word
  // as an alias: someone who types a project's name wants that project.
  const exact = projectHits.filter((_, i) => spelledProjects.has(ranked.projects[i]!));
  const rest = projectHits.filter((_, i) => !spelledProjects.has(ranked.projects[i]!));
  const restBands = ranked.bands.filter((_, i) => !spelledProjects.has(ranked.projects[i]!));
  // A named problem that is the whole query comes before the projects; one that explains only part
  // of it ("continuous" in "continuous profiling") comes after the projects that explain more.
  const hits: SearchHit[] = [
    ...exact,
    ...named.filter((m) => ranked.leading.has(m.problem)).map((m) => problemHit(index, m, marks)),
  ];
  const trailing = named
    .filter((m) => !ranked.leading.has(m.problem))
    .map((m) => ({ band: coverageBand(problemCoverage(words, m)), hit: problemHit(index, m, marks) }));
  rest.forEach((hit, i) => {
    while (trailing.length > 0 && trailing[0]!.band < restBands[i]!) hits.push(trailing.shift()!.hit);
    hits.push(hit);
  });
  for (const { hit } of trailing) hits.push(hit);
  for (const m of otherProblems(words, problems)) hits.push(problemHit(index, m, marks));
  return { namedProblems: named.map((m) => index.problems[m.problem]!.problem.id), hits };
}

export function searchCatalog(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const limit = Math.max(0, options.limit ?? Infinity);
  let results = index.resultCache.get(query);
  if (!results) {
    const highlighters: Highlighter[] = [];
    const highlighter = (words: QueryWord[]) => {
      const h = new Highlighter(index.scratch.marks, words);
      highlighters.push(h);
      return h;
    };
    try {
      const found = query.trim() === '' ? { namedProblems: [], hits: [] } : search(index, query, highlighter);
      // Only the order is meaningful: the first hit scores highest.
      found.hits.forEach((hit, i) => (hit.score = found.hits.length - i));
      results = { query, ...found };
      // Nothing found: the closest names, and every problem to browse.
      if (found.hits.length === 0 && /[\p{L}\p{N}]/u.test(query)) {
        results.closest = suggestNames(index, query);
        results.problems = allProblems(index);
      }
    } finally {
      highlighters.forEach((h) => h.release());
    }
    if (index.resultCache.size >= RESULT_CACHE_SIZE) {
      index.resultCache.delete(index.resultCache.keys().next().value!);
    }
    index.resultCache.set(query, results);
  }
  const out: SearchResults = {
    query,
    namedProblems: [...results.namedProblems],
    hits: results.hits.slice(0, limit),
  };
  if (results.closest) out.closest = results.closest.map((h) => ({ ...h }));
  if (results.problems) out.problems = results.problems.map((h) => ({ ...h }));
  return out;
}
