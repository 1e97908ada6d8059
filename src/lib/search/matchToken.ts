/**
 * One query word to the vocabulary terms it stands for, each with a quality in
 * (0, 1]: the word itself, words sharing its stem, words it begins (while it
 * is still being typed), a swapped pair of letters, and fuse.js typo matches
 * when nothing closer exists. The rest of the engine works on term ids only.
 */
import { fuzzyTerms } from './fuzzyTerms.ts';
import type { Vocabulary } from './vocabulary.ts';

export type MatchKind = 'exact' | 'stem' | 'prefix' | 'typo';

export interface TermMatch {
  term: number;
  quality: number;
  kind: MatchKind;
}

export const QUALITY = {
  exact: 1,
  stem: 0.92,
  /** A word being typed that begins a term: "prom" → prometheus. */
  prefix: 0.8,
  /** A finished word that begins a longer term: "trace" → traceloop. */
  closedPrefix: 0.55,
  transposed: 0.8,
  typo: [0, 0.7, 0.6] as const,
};

/** Below this length, a word being typed only completes names and ids. */
const SHORT_PREFIX = 3;
const MIN_CLOSED_PREFIX = 4;

export function matchToken(vocabulary: Vocabulary, word: string, open: boolean): TermMatch[] {
  const found = new Map<number, TermMatch>();
  const offer = (term: number, quality: number, kind: MatchKind) => {
    const known = found.get(term);
    if (!known || known.quality < quality) found.set(term, { term, quality, kind });
  };

  const exact = vocabulary.idOf(word);
  if (exact !== undefined) offer(exact, QUALITY.exact, 'exact');
  if (word.length >= 3) for (const term of vocabulary.sameStem(word)) offer(term, QUALITY.stem, 'stem');
  if (open) {
    for (const term of vocabulary.withPrefix(word, word.length < SHORT_PREFIX))
      offer(term, QUALITY.prefix, 'prefix');
  } else if (word.length >= MIN_CLOSED_PREFIX) {
    for (const term of vocabulary.withPrefix(word, false)) offer(term, QUALITY.closedPrefix, 'prefix');
  }
  // Typos only when nothing closer exists: "form" is not also "from".
  const known = [...found.values()];
  if (known.some((m) => m.kind === 'exact' || m.kind === 'stem') || (open && known.length > 0)) {
    return known;
  }
  for (let i = 0; i + 1 < word.length && word.length >= 3; i++) {
    if (word[i] === word[i + 1]) continue;
    const term = vocabulary.idOf(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (term !== undefined) offer(term, QUALITY.transposed, 'typo');
  }
  for (const { term, errors } of fuzzyTerms(vocabulary, word, open)) {
    offer(term, QUALITY.typo[errors === 1 ? 1 : 2], 'typo');
  }
  return [...found.values()];
}
