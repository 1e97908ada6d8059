import { quoted } from './paths.ts';

/** Two rows of the distance table, reused: a query that finds nothing compares it with every name. */
let rows = new Uint32Array(128);

/** Edit distance with an early exit: we only care about close matches. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rows.length < 2 * width) rows = new Uint32Array(4 * width);
  let previous = 0;
  let current = width;
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        rows[previous + j]! + 1,
        rows[current + j - 1]! + 1,
        rows[previous + j - 1]! + cost,
      );
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return rows[previous + width - 1]!;
}

/** The candidate a typo most likely meant, or undefined when nothing is close. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const hint = suggest(value, candidates);
  return hint === undefined ? '' : ` (did you mean ${quoted(hint)}?)`;
}
