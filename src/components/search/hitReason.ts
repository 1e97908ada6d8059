/** How a search result says why it matched: the field's name, and the matched text cut to show the match. */
import type { SearchHit } from '../../lib/search/index.ts';

export const FIELD: Record<SearchHit['field'], string> = {
  name: 'name',
  id: 'id',
  alias: 'also called',
  question: 'question',
  problem: 'solves',
  description: 'description',
  keyword: 'keywords',
  category: 'category',
};

/** Long texts (descriptions) are cut to a window around the first match so the match stays visible. */
export function excerpt(hit: SearchHit): { text: string; ranges: Array<[number, number]> } {
  const first = hit.ranges[0]?.[0] ?? 0;
  if (hit.text.length <= 70 || first < 35) return { text: hit.text, ranges: hit.ranges };
  const from = hit.text.lastIndexOf(' ', first - 25) + 1;
  return {
    text: `…${hit.text.slice(from)}`,
    ranges: hit.ranges.filter(([a]) => a >= from).map(([a, b]) => [a - from + 1, b - from + 1]),
  };
}
