/**
 * Typo tolerance, with fuse.js: the one place the app uses it. Fuse's bitap
 * matcher is accurate but scans every string it is given (about 2 µs a term),
 * far too slow for a whole vocabulary at every keystroke. So the vocabulary's
 * bigram index first picks the few terms that could be within reach, and fuse
 * then scores only those.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { bigramsOf, type Vocabulary } from './vocabulary.ts';

export interface FuzzyTerm {
  term: number;
  /** Edits fuse needed: 1 or 2. */
  errors: number;
}

/** Edits allowed for a query word of this length: none below 4 letters, 2 from 8. */
export function allowedErrors(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

// Bitap handles patterns of at most 32 characters; longer words are not typos worth fixing.
const MAX_PATTERN = 32;
const MAX_CANDIDATES = 300;

export function fuzzyTerms(vocabulary: Vocabulary, word: string, open: boolean): FuzzyTerm[] {
  const maxErrors = allowedErrors(word.length);
  if (maxErrors === 0 || word.length > MAX_PATTERN) return [];
  const grams = bigramsOf(word, !open).length;
  const candidates = vocabulary
    .bigramNeighbours(
      word,
      open,
      Math.max(1, grams - 2 * maxErrors),
      word.length - maxErrors,
      open ? Infinity : word.length + maxErrors,
    )
    .slice(0, MAX_CANDIDATES);
  if (candidates.length === 0) return [];

  const options: IFuseOptions<string> = {
    // The location of a word inside a term does not matter, only the edits.
    ignoreLocation: true,
    // With ignoreLocation a bitap score is errors / pattern length.
    threshold: (maxErrors + 0.5) / word.length,
    includeScore: true,
    includeMatches: true,
    isCaseSensitive: true, // both sides are folded already
    shouldSort: false,
  };
  const texts = candidates.map((id) => vocabulary.terms[id]!);
  const out: FuzzyTerm[] = [];
  for (const result of new Fuse(texts, options).search(word)) {
    const text = texts[result.refIndex]!;
    const errors = Math.round((result.score ?? 1) * word.length);
    const first = result.matches?.[0]?.indices[0];
    if (errors === 0 || errors > maxErrors || first === undefined) continue;
    // A finished word must be the whole term; a word being typed, its beginning.
    if (first[0] > 1) continue;
    if (!open && Math.abs(text.length - word.length) > errors) continue;
    out.push({ term: candidates[result.refIndex]!, errors });
  }
  return out;
}
