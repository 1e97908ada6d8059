/**
 * How the query meets each problem, and which problems it names. A query
 * names a problem when it spells one of its labels (name, id, alias: "service
 * mesh", "mtls", "o11y"), uses a word found in no more than two problems'
 * labels ("tracing"), or covers most of its question ("how do services find
 * each other"). When several problems claim a word, the strongest kind of
 * match keeps it: a whole alias beats a shared word.
 */
import type { ProblemLabelKind, SearchIndex } from './searchIndex.ts';
import type { QueryWord } from './parseQuery.ts';

export interface ProblemMatch {
  problem: number;
  /** Per query word: the best quality over labels, times the label's weight. */
  perWord: Float64Array;
  /** Per query word: the label behind perWord (an index into the problem's labels). */
  labelOf: Int32Array;
  /** How strongly the query names this problem; 0 when it does not. */
  naming: number;
  /** Bit i: query word i is one of the words that name it. */
  namingWords: number;
  /** Named by its name, id or an alias ("backup"), not only by its question. */
  byLabel: boolean;
  /** The label that names it (or matches it best). */
  label: number;
}

export const LABEL_WEIGHT: Record<ProblemLabelKind, number> = { name: 1, alias: 1, id: 0.9, question: 0.6 };
const KIND = { none: 0, shared: 1, question: 2, whole: 3 } as const;
/** A word in the labels of this many problems or fewer is distinctive enough to name one. */
const DISTINCT = 2;
const MIN_QUALITY = 0.6;
/** Problems named at least this fraction as strongly as the best one are named too. */
const NAMED_SHARE = 0.7;

/**
 * `wholeOnly`: the query is a project's name ("helm"), so a shared word ("helm charts", an alias
 * of container-registry) does not name a problem; a whole label still does ("docker", "kafka").
 */
export function matchProblems(index: SearchIndex, words: QueryWord[], wholeOnly = false): ProblemMatch[] {
  // Per word: the problems whose name, id or aliases it matches. A word in more than DISTINCT of
  // them ("service") is too common to name one by itself.
  const distinct = words.map((w) => {
    const problems = new Set<number>();
    for (const m of w.matches) {
      if (m.quality < MIN_QUALITY) continue;
      for (const code of index.problemPostings.get(m.term) ?? []) {
        if (index.problems[code >> 6]!.labels[code & 63]!.kind !== 'question') problems.add(code >> 6);
      }
    }
    return problems.size <= DISTINCT;
  });
  // problem * 64 + label → (term → best [word, quality, counts for naming])
  const hits = new Map<number, Map<number, [number, number, boolean]>>();
  words.forEach((w, i) => {
    if (w.namesOnly) return;
    for (const m of w.matches) {
      // A word being typed names a problem only from four letters and without ambiguity: "trac"
      // (tracing) does, "serv" (service, serverless…) does not.
      const names = m.quality >= MIN_QUALITY && (m.kind !== 'prefix' || (w.word.length >= 4 && distinct[i]!));
      for (const code of index.problemPostings.get(m.term) ?? []) {
        let terms = hits.get(code);
        if (!terms) hits.set(code, (terms = new Map()));
        const known = terms.get(m.term);
        if (!known || known[1] < m.quality) terms.set(m.term, [i, m.quality, names]);
      }
    }
  });
  const byProblem = new Map<number, ProblemMatch & { kinds: Int8Array; questionShare: number }>();
  for (const [code, terms] of hits) {
    const p = code >> 6;
    const l = code & 63;
    let match = byProblem.get(p);
    if (!match) {
      const n = words.length;
      match = {
        problem: p,
        perWord: new Float64Array(n),
        labelOf: new Int32Array(n).fill(-1),
        naming: 0,
        namingWords: 0,
        byLabel: false,
        label: l,
        kinds: new Int8Array(n),
        questionShare: 0,
      };
      byProblem.set(p, match);
    }
    const label = index.problems[p]!.labels[l]!;
    const weight = LABEL_WEIGHT[label.kind];
    let matched = 0;
    label.content.forEach((term, i) => {
      // A repeated term counts once, so a label that repeats one cannot be spelled whole.
      if (terms.get(term)?.[2] && label.content.indexOf(term) === i) matched++;
    });
    for (const [word, quality, names] of terms.values()) {
      if (quality * weight > match.perWord[word]!) {
        match.perWord[word] = quality * weight;
        match.labelOf[word] = l;
      }
      if (!names) continue;
      let kind: number = KIND.none;
      if (label.kind === 'question') {
        if (matched >= 2 && matched * 2 >= label.content.length) {
          kind = KIND.question;
          match.questionShare = matched / label.content.length;
        }
      } else if (matched === label.content.length) kind = KIND.whole;
      else if (distinct[word] && !wholeOnly) kind = KIND.shared;
      match.kinds[word] = Math.max(match.kinds[word]!, kind);
    }
  }
  const matches = [...byProblem.values()];
  const strongest = words.map((_, i) => Math.max(0, ...matches.map((m) => m.kinds[i]!)));
  for (const match of matches) {
    words.forEach((w, i) => {
      const kind = match.kinds[i]!;
      if (kind > 0 && kind === strongest[i]) {
        // A question counts as much as the query covers it: "…know… services… healthy" names
        // metrics (all of its question), not identity ("know", "service" of three words).
        const share = kind === KIND.question ? match.questionShare : 1;
        match.naming += w.weight * kind * share * match.perWord[i]!;
        match.namingWords |= 1 << i;
        if (kind !== KIND.question) match.byLabel = true;
      }
    });
    let best = -1;
    match.perWord.forEach((q, i) => {
      if (best < 0 || q * words[i]!.weight > match.perWord[best]! * words[best]!.weight) best = i;
    });
    if (best >= 0 && match.labelOf[best]! >= 0) match.label = match.labelOf[best]!;
  }
  const top = Math.max(0, ...matches.map((m) => m.naming));
  for (const match of matches) if (match.naming < top * NAMED_SHARE) match.naming = 0;
  return matches;
}
