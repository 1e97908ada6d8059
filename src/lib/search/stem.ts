/**
 * A deliberately light English stemmer: it folds plurals and the common verb
 * endings so that "trace", "traces", "tracing" and "traced" share one key, and
 * "logs"/"logging", "monitors"/"monitoring" meet. It applies to index and query
 * alike, so an odd key ("kubernetes" → "kubernet") is harmless. Names are not
 * stemmed when they are matched as names, see matchToken.
 */

const KEEP_S = /(?:ss|us|is|ys)$/;
const DOUBLE = /([b-df-hj-np-tv-z])\1$/;

function dropPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('s') && !KEEP_S.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function dropEnding(word: string): string {
  for (const [ending, keep] of [
    ['ing', 4],
    ['ed', 3],
    ['er', 4],
  ] as const) {
    if (word.endsWith(ending) && word.length - ending.length >= keep) {
      const base = word.slice(0, -ending.length);
      return DOUBLE.test(base) && !/(?:ll|ss|zz)$/.test(base) ? base.slice(0, -1) : base;
    }
  }
  return word;
}

export function stem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  let word = dropEnding(dropPlural(term));
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
  return word;
}
