/**
 * When nothing matches, the names that come closest: so a query that finds
 * nothing ("kubernettes dashbord", "zzqqxxy") is never a dead end. Each name
 * of a problem (its name and aliases) and of a project scores by its words'
 * likeness to the query's words: shared beginnings and few edits count, and
 * names are returned best first, problems before projects on a tie. Only runs
 * on an empty result, so it may look at every name.
 */
import { editDistance } from '../catalog/suggest.ts';
import type { SearchIndex } from './searchIndex.ts';
import { isStopWord } from './stopWords.ts';
import { tokenise } from './tokenise.ts';
import type { SearchHit } from './types.ts';

/** Below this likeness a name is not worth suggesting. */
const MIN_LIKENESS = 0.5;

/** How alike two words are, in [0, 1]: 1 for the same word, less per edit, some credit for a shared beginning. */
export function likeness(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  const edits = editDistance(a, b, Math.ceil(longest / 2));
  const byEdits = Math.max(0, 1 - edits / longest);
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  const byPrefix = shared >= 3 ? (0.8 * shared) / longest + 0.2 : 0;
  return Math.max(byEdits, byPrefix);
}

/**
 * Each name's words, tokenised once per index: a query that finds nothing looks at every name, and on
 * the 2,407-project import tokenising them all again was half of such a keystroke's search.
 */
const nameWords = new WeakMap<SearchIndex, Map<string, string[]>>();
function wordsOf(index: SearchIndex, name: string): string[] {
  let known = nameWords.get(index);
  if (!known) nameWords.set(index, (known = new Map()));
  let words = known.get(name);
  if (!words) {
    words = tokenise(name)
      .map((t) => t.term)
      .filter((w) => !isStopWord(w));
    known.set(name, words);
  }
  return words;
}

/**
 * Tokenises every name ahead of the first query that finds nothing, a few names per step: the idle
 * index build runs it after its warm-up queries (idleSearchIndex.ts), so such a keystroke (a typo, a
 * two-letter start like "mt") only compares words. On the 2,407-project import the first one took
 * 12 ms at 1× in the browser, against 0.4 ms with the words known.
 */
export function* nameWordsSteps(index: SearchIndex): Generator<void, void> {
  for (const { problem } of index.problems) {
    for (const name of [problem.name, ...problem.aliases]) wordsOf(index, name);
    yield;
  }
  for (let i = 0; i < index.projects.length; i++) {
    wordsOf(index, index.projects[i]!.project.name);
    if (i % 64 === 63) yield;
  }
}

function nameLikeness(queryWords: string[], words: string[]): number {
  if (words.length === 0) return 0;
  // Each query word finds its closest word of the name; the name scores their mean, less for words
  // of the name the query does not touch.
  let total = 0;
  const used = new Set<number>();
  for (const q of queryWords) {
    let best = 0;
    let at = -1;
    words.forEach((w, i) => {
      const value = likeness(q, w);
      if (value > best) {
        best = value;
        at = i;
      }
    });
    total += best;
    if (at >= 0) used.add(at);
  }
  const mean = total / queryWords.length;
  return mean * (0.75 + (0.25 * used.size) / words.length);
}

export function suggestNames(index: SearchIndex, query: string, limit = 5): SearchHit[] {
  const queryWords = tokenise(query)
    .map((t) => t.term)
    .filter((w) => !isStopWord(w) && w.length >= 2)
    .slice(0, 6);
  if (queryWords.length === 0) return [];
  const scored: Array<{ hit: SearchHit; value: number; order: number }> = [];
  const offer = (hit: Omit<SearchHit, 'score' | 'ranges'>, name: string, order: number) => {
    const value = nameLikeness(queryWords, wordsOf(index, name));
    if (value < MIN_LIKENESS) return;
    const known = scored.find((s) => s.hit.kind === hit.kind && s.hit.id === hit.id);
    if (known && known.value >= value) return;
    const entry = { hit: { ...hit, score: 0, ranges: [] }, value, order };
    if (known) Object.assign(known, entry);
    else scored.push(entry);
  };
  index.problems.forEach(({ problem }, i) => {
    for (const name of [problem.name, ...problem.aliases])
      offer(
        { kind: 'problem', id: problem.id, label: problem.name, field: 'name', text: problem.name },
        name,
        i,
      );
  });
  index.projects.forEach(({ project }, i) => {
    const hit = {
      kind: 'project',
      id: project.id,
      label: project.name,
      field: 'name',
      text: project.name,
    } as const;
    offer(hit, project.name, index.problems.length + i);
  });
  scored.sort((a, b) => b.value - a.value || a.order - b.order);
  return scored.slice(0, limit).map((s, i) => ({ ...s.hit, score: limit - i }));
}

/** Every problem, in catalog order: a way to browse when the words lead nowhere. */
export function allProblems(index: SearchIndex): SearchHit[] {
  return index.problems.map(({ problem }, i) => ({
    kind: 'problem',
    id: problem.id,
    label: problem.name,
    score: index.problems.length - i,
    field: 'name',
    text: problem.name,
    ranges: [],
  }));
}
