/**
 * Which landscape items become projects. Each item is either kept (a
 * `Candidate`) or skipped by a named rule, so `read = kept + skipped` always
 * holds: organisations unless asked for, no usable name, a look-alike name,
 * no usable homepage, the same item listed again, or past the project limit.
 */
import { LIMITS } from '../catalog/limits.ts';
import { cleanUrl, nameProblem } from './cleanText.ts';
import { itemName } from './describeItem.ts';
import { pathKey } from './mapSubcategory.ts';
import { nameKey, urlKey } from './matchCurated.ts';
import { memberByName, type OrganisationPlaces } from './organisations.ts';
import type { LandscapeItem } from './readLandscape.ts';
import type { SkippedItem, SkipRule } from './types.ts';

export interface Candidate {
  item: LandscapeItem;
  name: string;
  homepage: string;
  repo?: string;
  /** Every `Category / Subcategory` the item is listed in, its own first. */
  places: string[];
  /** An organisation (member, partner…), imported only with --include members. */
  member: boolean;
  /** Breaks ties between items with the same name without looking at the file's order. */
  tieBreak: string;
}

export interface Selection {
  candidates: Candidate[];
  skipped: SkippedItem[];
  unknownSecondPaths: string[];
  charactersRemoved: number;
}

export const placeOf = (item: LandscapeItem) => `${item.category} / ${item.subcategory}`;

function secondPaths(item: LandscapeItem): string[] {
  const value = item.fields.second_path;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((p): p is string => typeof p === 'string' && p.includes('/')).map((p) => p.trim());
}

export function selectItems(
  items: LandscapeItem[],
  subcategories: string[],
  organisations: OrganisationPlaces,
  includeMembers: boolean,
  hasLevel: (item: LandscapeItem) => boolean,
): Selection {
  const known = new Set(subcategories.map(pathKey));
  const skipped: SkippedItem[] = [];
  const candidates: Candidate[] = [];
  const firstListing = new Map<string, Candidate>();
  const unknownSecondPaths = new Set<string>();
  let charactersRemoved = 0;

  for (const item of items) {
    const skip = (rule: SkipRule, name: string, detail?: string) =>
      skipped.push({ rule, name, where: placeOf(item), line: item.line, ...(detail ? { detail } : {}) });
    const member = organisations.keys.has(pathKey(placeOf(item))) || memberByName(item);
    const cleanName = itemName(item);
    const name = cleanName.text;
    if (member && !includeMembers) {
      skip('organisations', name || '(no name)');
      continue;
    }
    charactersRemoved += cleanName.removed;
    if (!name) {
      skip('no-name', '(no name)');
      continue;
    }
    const lookAlike = nameProblem(name);
    if (lookAlike) {
      skip('look-alike-name', name, lookAlike);
      continue;
    }
    const homepage = cleanUrl(item.fields.homepage_url);
    if (!homepage) {
      const given = item.fields.homepage_url;
      skip('unusable-homepage', name, typeof given === 'string' ? `"${given.slice(0, 80)}"` : 'missing');
      continue;
    }
    const listing = `${nameKey(name)} ${urlKey(homepage)}`;
    const first = firstListing.get(listing);
    if (first) {
      first.places.push(placeOf(item));
      skip('listed-twice', name, `first listed in ${first.places[0]}`);
      continue;
    }
    if (candidates.length >= LIMITS.projects) {
      skip('over-limit', name, `at most ${LIMITS.projects} projects`);
      continue;
    }
    const places = [placeOf(item)];
    for (const path of secondPaths(item)) {
      if (known.has(pathKey(path))) places.push(path);
      else unknownSecondPaths.add(path);
    }
    const repo = cleanUrl(item.fields.repo_url);
    const cncf = hasLevel(item) ? 0 : 1;
    const candidate: Candidate = {
      item,
      name,
      homepage,
      ...(repo ? { repo } : {}),
      places,
      member,
      tieBreak: `${cncf}|${placeOf(item)}|${homepage}`,
    };
    firstListing.set(listing, candidate);
    candidates.push(candidate);
  }
  return { candidates, skipped, unknownSecondPaths: [...unknownSecondPaths], charactersRemoved };
}
