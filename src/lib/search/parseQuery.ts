/**
 * A query as the engine reads it: words folded and numbered against the
 * vocabulary, stop words set aside, words that spell a name when joined merged
 * ("open telemetry" → opentelemetry), and each word weighted by how rare its
 * terms are, so "services" (in every description) counts less than "kafka".
 */
import { ABBREVIATIONS, EXPANDED } from './abbreviations.ts';
import type { SearchIndex } from './searchIndex.ts';
import { matchToken, type TermMatch } from './matchToken.ts';
import { isStopWord } from './stopWords.ts';
import { endsInWord, tokenise } from './tokenise.ts';

export interface QueryWord {
  word: string;
  /** Offsets in the query. */
  start: number;
  end: number;
  /** The last word, still being typed: it may be the beginning of a longer one. */
  open: boolean;
  stop: boolean;
  matches: TermMatch[];
  weight: number;
  /** A one- or two-letter word being typed: it counts when it matches, never against. */
  optional: boolean;
  /** Matched against names and ids only: a short word being typed, or a stop word typed alone ("how"). */
  namesOnly: boolean;
}

export interface ParsedQuery {
  /** Every word, stop words included (the "alternatives to X" parser needs them). */
  all: QueryWord[];
  /** The words that count. */
  words: QueryWord[];
}

/** Long pasted text is cut: the first words say what the query is about. */
export const MAX_WORDS = 12;
const TOKEN_CACHE_SIZE = 5000;

export function termMatches(index: SearchIndex, word: string, open: boolean): TermMatch[] {
  const key = (open ? '+' : '=') + word;
  let matches = index.tokenCache.get(key);
  if (!matches) {
    if (index.tokenCache.size >= TOKEN_CACHE_SIZE) index.tokenCache.clear();
    matches = matchToken(index.vocabulary, word, open);
    const expanded = ABBREVIATIONS.get(word);
    for (const full of expanded ?? []) {
      const term = index.vocabulary.idOf(full);
      if (term !== undefined && !matches.some((m) => m.term === term))
        matches.push({ term, quality: EXPANDED, kind: 'stem' });
    }
    index.tokenCache.set(key, matches);
  }
  return matches;
}

export function describeWord(
  index: SearchIndex,
  word: string,
  start: number,
  end: number,
  open: boolean,
): QueryWord {
  const matches = termMatches(index, word, open);
  let best: TermMatch | undefined;
  for (const m of matches) {
    if (
      !best ||
      m.quality > best.quality ||
      (m.quality === best.quality && index.idf[m.term]! < index.idf[best.term]!)
    )
      best = m;
  }
  const rarest = Math.log(1 + index.projects.length);
  const weight = Math.max(0.3, best ? index.idf[best.term]! : rarest);
  return {
    word,
    start,
    end,
    open,
    stop: isStopWord(word),
    matches,
    weight,
    optional: open && word.length < 3,
    namesOnly: open && (word.length < 3 || isStopWord(word)),
  };
}

/**
 * Two words typed without the space ("servicemesh", "argocd"): a finished word the catalog does not
 * know, that splits into two it knows, each of three letters or more (or a known two-letter one).
 */
function splitGlued(index: SearchIndex, word: string): [string, string] | undefined {
  const { vocabulary } = index;
  if (word.length < 6 || vocabulary.idOf(word) !== undefined || vocabulary.sameStem(word).length > 0) return;
  for (let i = 3; i <= word.length - 2; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (vocabulary.idOf(left) !== undefined && vocabulary.idOf(right) !== undefined && !isStopWord(right))
      return [left, right];
  }
  return undefined;
}

export function parseQuery(index: SearchIndex, query: string): ParsedQuery {
  const tokens = tokenise(query).slice(0, MAX_WORDS * 3);
  const lastOpen = endsInWord(query);
  const raw: Array<{ word: string; start: number; end: number; open: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    let take = 1;
    for (const n of [3, 2]) {
      const joined = tokens.slice(i, i + n);
      if (joined.length < n) continue;
      const id = index.vocabulary.idOf(joined.map((t) => t.term).join(''));
      if (id !== undefined && index.compactNames.has(id)) {
        take = n;
        break;
      }
    }
    const group = tokens.slice(i, i + take);
    const last = group.at(-1)!;
    const word = group.map((t) => t.term).join('');
    const open = lastOpen && i + take === tokens.length;
    // A word still being typed may be the start of a longer one: split it only when it matches nothing.
    const split = open && termMatches(index, word, true).length > 0 ? undefined : splitGlued(index, word);
    if (split) {
      const at = group[0]!.start;
      raw.push({ word: split[0], start: at, end: at + split[0].length, open: false });
      raw.push({ word: split[1], start: at + split[0].length, end: last.end, open: false });
    } else raw.push({ word, start: group[0]!.start, end: last.end, open });
    i += take - 1;
  }
  const all = raw.map((r) => describeWord(index, r.word, r.start, r.end, r.open));
  // A word found nowhere ("reduce", a product we do not list) counts when it matches, never against,
  // as long as another word matches something.
  if (all.some((w) => w.matches.length > 0 && !w.stop)) {
    for (const w of all) if (w.matches.length === 0) w.optional = true;
  }
  let words = all.filter((w) => !w.stop);
  // "i", "it" typed alone: the beginning of a name, not a stop word yet.
  if (words.length === 0 && all.length === 1 && all[0]!.open) words = all;
  return { all, words: words.slice(0, MAX_WORDS) };
}
