/**
 * Which landscape items are projects of the curated catalog. An item matches a
 * curated project by name, by its `landscape_name`, by repository or by
 * homepage (strongest first). Items of member categories (companies) never
 * match: a company is not its product. Each curated project goes to at most one item and
 * each item gets at most one project: the strongest pairs are taken first, ties
 * going by `tieBreak`, so the result depends neither on unrelated items nor on
 * the order of the file.
 */
import type { Project } from '../catalog/types.ts';

export interface MatchCandidate {
  name: string;
  homepage: string;
  repo?: string;
  member?: boolean;
  /** Orders items that match equally well (e.g. `Category / Subcategory|homepage`). */
  tieBreak?: string;
}

/** Names compare without case, spaces or punctuation: `CRI-O` = `cri-o` = `CRIO`. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** URLs compare without scheme, `www.`, case, query, fragment, trailing slash or `.git`. */
export function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

type Key = (project: Project) => string | undefined;

const host = (url: string) => urlKey(url).split('/')[0] ?? '';

/**
 * Two things that share a name are not the same when both their repositories and their homepages'
 * sites differ: another foundation's "Pixie" (a renderer) is not the CNCF's Pixie (observability).
 */
function contradicts(candidate: MatchCandidate, project: Project): boolean {
  const repos = candidate.repo !== undefined && project.repo !== undefined;
  return (
    repos &&
    urlKey(candidate.repo!) !== urlKey(project.repo!) &&
    host(candidate.homepage) !== host(project.homepage)
  );
}
const KEYS: Array<[item: (c: MatchCandidate) => string | undefined, curated: Key]> = [
  [(c) => nameKey(c.name), (p) => nameKey(p.name)],
  [(c) => nameKey(c.name), (p) => (p.landscape_name ? nameKey(p.landscape_name) : undefined)],
  [(c) => (c.repo ? urlKey(c.repo) : undefined), (p) => (p.repo ? urlKey(p.repo) : undefined)],
  [(c) => urlKey(c.homepage), (p) => urlKey(p.homepage)],
];

/** For each candidate, the index of its curated project, or undefined. */
export function matchCurated(candidates: MatchCandidate[], curated: Project[]): Array<number | undefined> {
  const pairs: Array<{ item: number; project: number; strength: number }> = [];
  KEYS.forEach(([itemKey, curatedKey], strength) => {
    const index = new Map<string, number[]>();
    curated.forEach((project, p) => {
      const key = curatedKey(project);
      if (key) index.set(key, [...(index.get(key) ?? []), p]);
    });
    candidates.forEach((candidate, item) => {
      if (candidate.member) return;
      const key = itemKey(candidate);
      for (const project of (key && index.get(key)) || []) {
        if (strength < 2 && contradicts(candidate, curated[project]!)) continue;
        pairs.push({ item, project, strength });
      }
    });
  });
  const tie = (i: number) => candidates[i]?.tieBreak ?? '';
  pairs.sort(
    (a, b) =>
      a.strength - b.strength ||
      (tie(a.item) < tie(b.item) ? -1 : tie(a.item) > tie(b.item) ? 1 : 0) ||
      a.item - b.item ||
      a.project - b.project,
  );

  const result: Array<number | undefined> = candidates.map(() => undefined);
  const claimed = new Set<number>();
  for (const { item, project } of pairs) {
    if (result[item] !== undefined || claimed.has(project)) continue;
    result[item] = project;
    claimed.add(project);
  }
  return result;
}
