/**
 * Which landscape entries are organisations (member companies, hosting
 * companies, partners, end users, sponsors) rather than technologies. A whole
 * subcategory is recognised by its name or its category's, or by the shape of
 * its items (membership fields, "(member)" names, no repository and no project
 * level); a single item elsewhere by a "(member)" name with nothing that makes it
 * a project. No foundation's names are built in: the CNCF's "CNCF Members",
 * the CDF's "CDF Members" and the ASWF's "ASWF Member Company" all match the
 * same words.
 */
import { pathKey } from './mapSubcategory.ts';
import type { LandscapeItem } from './readLandscape.ts';

/** Words that name a list of organisations, matched as whole words in a category or subcategory name. */
export const ORGANISATION_WORDS =
  /\b(?:members?|membership|compan(?:y|ies)|partners?|end[\s-]?users?|enduser|supporters?|supporting|sponsors?|vendors?|service[\s-]providers?|organi[sz]ations?|investors?|consultan(?:ts?|cy|cies))\b/i;
/**
 * Names that mean organisations only when they are the whole name: the CNCF's "Special" category holds
 * certified partners, while a film landscape's "Special Effects" holds software.
 */
const ORGANISATION_NAMES = /^\s*(?:special|hosting)\s*$/i;

/** Share of a subcategory's items that must look like organisations for the whole of it to count as one. */
const SHAPE_SHARE = 0.75;

const present = (value: unknown) => value !== undefined && value !== null && value !== '' && value !== false;
const MEMBER_NAME = /\((?:member|partner|sponsor|end[\s-]?user)\)\s*$/i;

/** An item that is itself a project: it has a repository or a foundation level. */
function projectLike(item: LandscapeItem): boolean {
  return present(item.fields.repo_url) || present(item.fields.project);
}

/** The item says it is a member: "(member)" in its name (the format's convention), on its own. */
export function memberByName(item: LandscapeItem): boolean {
  return !projectLike(item) && MEMBER_NAME.test(String(item.fields.name ?? ''));
}

/** Fields only member and partner entries carry: a join date, end-user status, a stock ticker, training offers. */
function organisationShaped(item: LandscapeItem): boolean {
  if (projectLike(item)) return false;
  const { fields } = item;
  const extra = (fields.extra && typeof fields.extra === 'object' ? fields.extra : {}) as Record<
    string,
    unknown
  >;
  return (
    memberByName(item) ||
    present(fields.joined) ||
    present(fields.enduser) ||
    present(fields.stock_ticker) ||
    present(fields.member) ||
    present(fields.membership) ||
    present(extra.training_type) ||
    present(extra.training_certifications)
  );
}

export interface OrganisationPlaces {
  /** `pathKey`s of subcategories of organisations. */
  keys: Set<string>;
  /** Why each was recognised, for the summary: `"CDF Members / Premier" (name)`. */
  reasons: Array<{ place: string; by: 'name' | 'shape' | 'mapping' }>;
}

/** The subcategories of organisations; `named` are extra category names (the mapping file's `members`). */
export function organisationPlaces(
  items: LandscapeItem[],
  subcategories: string[],
  named: string[],
): OrganisationPlaces {
  const namedKeys = new Set(named.map(pathKey));
  const byPlace = new Map<string, LandscapeItem[]>();
  for (const item of items) {
    const key = pathKey(`${item.category} / ${item.subcategory}`);
    byPlace.set(key, [...(byPlace.get(key) ?? []), item]);
  }
  const keys = new Set<string>();
  const reasons: OrganisationPlaces['reasons'] = [];
  for (const place of subcategories) {
    const key = pathKey(place);
    const [category = ''] = key.split(' / ');
    const listed = byPlace.get(key) ?? [];
    const shaped = listed.filter(organisationShaped).length;
    const by = namedKeys.has(category)
      ? 'mapping'
      : place.split('/').some((part) => ORGANISATION_WORDS.test(part) || ORGANISATION_NAMES.test(part))
        ? 'name'
        : listed.length > 0 && shaped / listed.length >= SHAPE_SHARE
          ? 'shape'
          : undefined;
    if (by && !keys.has(key)) {
      keys.add(key);
      reasons.push({ place, by });
    }
  }
  return { keys, reasons };
}
