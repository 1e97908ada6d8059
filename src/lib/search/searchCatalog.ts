/**
 * The search: a query to the problems and projects it finds, best first.
 * Named problems come first ("tracing", "mtls"), then projects, then other
 * problems the words touch. "X alternative" lists X, then its peers. Results
 * are cached per query, so retyping or deleting back to an earlier query is
 * free; word matches are cached per word, so a keystroke only matches the word
 * being typed.
 */
import { findAlternatives, isKeyword, keywordGroups } from './alternatives.ts';
import type { SearchIndex } from './createSearchIndex.ts';
import { highlighter } from './highlight.ts';
import { matchProblems, type ProblemMatch } from './matchProblems.ts';
import { nameHits } from './nameHits.ts';
import { parseQuery, type QueryWord } from './parseQuery.ts';
import { minCoverage, rankProjects } from './rankProjects.ts';
import { scoreProjects } from './scoreProjects.ts';
import { problemHit, projectHit } from './toHits.ts';
import type { SearchHit, SearchOptions, SearchResults } from './types.ts';

const RESULT_CACHE_SIZE = 64;

function scored(hits: Array<Omit<SearchHit, 'score'>>): SearchHit[] {
  return hits.map((hit, i) => ({ ...hit, score: hits.length - i }));
}

/** Problems the words touch without naming them, when they match enough of the query. */
function otherProblems(words: QueryWord[], matches: ProblemMatch[]): ProblemMatch[] {
  const required = words.filter((w) => !w.optional);
  const total = required.reduce((sum, w) => sum + w.weight, 0);
  const threshold = minCoverage(words);
  const relevance = (m: ProblemMatch) => words.reduce((sum, w, i) => sum + w.weight * m.perWord[i]!, 0);
  return matches
    .filter((m) => m.naming === 0)
    .filter(
      (m) =>
        words.reduce((sum, w, i) => sum + (m.perWord[i]! > 0 && !w.optional ? w.weight : 0), 0) >=
        total * threshold,
    )
    .sort((a, b) => relevance(b) - relevance(a) || a.problem - b.problem);
}

function search(index: SearchIndex, query: string): SearchResults {
  const parsed = parseQuery(index, query);
  let words = parsed.words;
  const groups = keywordGroups(parsed);
  if (groups) {
    const alternatives = findAlternatives(index, groups);
    if (alternatives) {
      const highlight = highlighter(words);
      const refs = alternatives.references.map((project) => ({ project, tier: 2 as const, via: -1 }));
      const scores = scoreProjects(index, [], []);
      const hits = refs.map((r) => projectHit(index, r, words, scores, new Map(), highlight));
      for (const { project, problem } of alternatives.peers) {
        const entry = index.projects[project]!;
        const name = index.problems[problem]!.problem.name;
        hits.push({
          kind: 'project',
          id: entry.project.id,
          label: entry.project.name,
          field: 'problem',
          text: name,
          ranges: [],
          viaProblem: index.problems[problem]!.problem.id,
        });
      }
      return { query, namedProblems: [], hits: scored(hits) };
    }
    const rest = words.filter((w) => !isKeyword(w));
    if (rest.length > 0) words = rest;
  }
  if (words.length === 0) return { query, namedProblems: [], hits: [] };

  const problems = matchProblems(index, words);
  const named = problems
    .filter((m) => m.naming > 0)
    .sort((a, b) => b.naming - a.naming || a.problem - b.problem);
  const scores = scoreProjects(index, words, problems);
  const ranked = rankProjects(index, words, scores, named, nameHits(index, words));
  const highlight = highlighter(words);
  const byProblem = new Map(problems.map((m) => [m.problem, m]));
  const hits = [
    ...named.map((m) => problemHit(index, m, highlight)),
    ...ranked.map((r) => projectHit(index, r, words, scores, byProblem, highlight)),
    ...otherProblems(words, problems).map((m) => problemHit(index, m, highlight)),
  ];
  return {
    query,
    namedProblems: named.map((m) => index.problems[m.problem]!.problem.id),
    hits: scored(hits),
  };
}

export function searchCatalog(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const limit = Math.max(0, options.limit ?? Infinity);
  let results = index.resultCache.get(query);
  if (!results) {
    results = query.trim() === '' ? { query, namedProblems: [], hits: [] } : search(index, query);
    if (index.resultCache.size >= RESULT_CACHE_SIZE) {
      index.resultCache.delete(index.resultCache.keys().next().value!);
    }
    index.resultCache.set(query, results);
  }
  return { query, namedProblems: [...results.namedProblems], hits: results.hits.slice(0, limit) };
}
