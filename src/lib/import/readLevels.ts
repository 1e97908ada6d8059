/**
 * A landscape's own project levels, read from its items' `project:` values.
 * Spellings are normalised (`Incubating`, `long_term working group`), the
 * variants people write are recognised (`incubation` → incubating), a near
 * miss of a known level is read as that level, and anything else is kept as a
 * level of its own: each case is reported, nothing is dropped. Levels are
 * ordered highest first: graduated, incubating, sandbox, then the file's other
 * levels in the order they first appear, retired ones (archived) last. A
 * subcategory named after a level (the ASWF's "ASWF Projects / Working Group")
 * lists projects by level, and gives the level its label.
 */
import { suggest } from '../catalog/suggest.ts';
import type { FoundationLevel } from '../catalog/types.ts';
import { slugify } from './slugIds.ts';
import type { LandscapeItem } from './readLandscape.ts';

const KNOWN = ['graduated', 'incubating', 'sandbox', 'archived'];
const VARIANTS: Record<string, string> = {
  incubation: 'incubating',
  incubated: 'incubating',
  incubator: 'incubating',
  graduation: 'graduated',
  graduate: 'graduated',
  archive: 'archived',
  'sand-box': 'sandbox',
};
const RETIRED = /archiv|emerit|retire|deprecat|inactive|end-of-life|sunset/;

export interface LevelReading {
  /** Highest first. */
  levels: FoundationLevel[];
  /** Items per level id. */
  counts: Map<string, number>;
  /** The level id of a `project:` value, or undefined (none given). */
  levelOf: (value: unknown) => string | undefined;
  /** `project:` values read as another level, e.g. `incubation` → incubating, `gradated` → graduated. */
  recognised: Array<{ value: string; level: string }>;
  /** Values that are no level this importer or the file's subcategories know: kept as levels of their own. */
  unknown: string[];
  /** `pathKey`-free `Category / Subcategory` of subcategories that list projects by level. */
  levelLists: Set<string>;
}

const title = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** `Incubating Projects`, `project: incubating-stage` → `incubating`: the words around a level are not the level. */
function levelSlug(text: string): string {
  return slugify(text)
    .replace(/^(?:project|projects)-(?=.)/, '')
    .replace(/(?<=.)-(?:project|projects|stage|level|tier|status)$/, '');
}

export function readLevels(items: LandscapeItem[], subcategories: string[]): LevelReading {
  const subcategoryLevel = new Map<string, string>();
  for (const place of subcategories) {
    const name = place.split(' / ').slice(1).join(' / ');
    const id = levelSlug(name);
    if (id && !subcategoryLevel.has(id)) subcategoryLevel.set(id, name);
  }
  const raw = new Map<string, string | undefined>();
  const recognised: LevelReading['recognised'] = [];
  const unknown: string[] = [];
  const order: string[] = [];
  const counts = new Map<string, number>();

  const resolve = (value: string): string | undefined => {
    const slug = levelSlug(value);
    if (!slug || slug === 'none') return undefined;
    const variant = VARIANTS[slug];
    if (KNOWN.includes(slug) || (!variant && subcategoryLevel.has(slug))) return slug;
    if (variant) {
      recognised.push({ value, level: variant });
      return variant;
    }
    const near = suggest(slug, KNOWN);
    if (near) {
      recognised.push({ value, level: near });
      return near;
    }
    unknown.push(value);
    return slug;
  };
  const levelOf = (value: unknown): string | undefined => {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const text = String(value).trim();
    if (!raw.has(text)) raw.set(text, resolve(text));
    return raw.get(text);
  };
  for (const item of items) {
    const level = levelOf(item.fields.project);
    if (level === undefined) continue;
    if (!counts.has(level)) order.push(level);
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const rank = (id: string) => {
    const known = KNOWN.indexOf(id);
    if (id === 'archived' || RETIRED.test(id)) return 4;
    return known >= 0 ? known : 3;
  };
  const sorted = [...order].sort((a, b) => rank(a) - rank(b) || order.indexOf(a) - order.indexOf(b));
  const levels = sorted.map((id) => ({ id, label: subcategoryLevel.get(id) ?? title(id) }));
  const levelLists = new Set(
    subcategories.filter((place) => counts.has(levelSlug(place.split(' / ').slice(1).join(' / ')))),
  );
  return { levels, counts, levelOf, recognised, unknown, levelLists };
}
