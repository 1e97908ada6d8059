/**
 * Whose maturity a project's level is, and how it is shown. A catalog names
 * its foundation and that foundation's levels (`foundation:`); without one the
 * levels are the CNCF's. Every user-visible maturity label ("CDF graduated",
 * "ASWF working group", "Outside the CNCF") comes from here, and so does the
 * mark (colour and shape) a level is drawn with: the map has five marks, so
 * another foundation's levels take them by position, highest level first.
 */
import { MATURITIES, type Catalog, type Foundation, type LevelId, type Maturity } from './types.ts';

/** The maturity of a project outside the catalog's foundation. */
export const OUTSIDE = 'none';

export const CNCF: Foundation = {
  name: 'Cloud Native Computing Foundation',
  short_name: 'CNCF',
  levels: [
    { id: 'graduated', label: 'Graduated' },
    { id: 'incubating', label: 'Incubating' },
    { id: 'sandbox', label: 'Sandbox' },
    { id: 'archived', label: 'Archived' },
  ],
};

export interface MaturityLevel {
  id: LevelId;
  /** With the foundation's short name: "CDF graduated", "Outside the CNCF". */
  label: string;
  /** Where the foundation is said elsewhere (a legend headed by it): "graduated", "outside the CNCF". */
  short: string;
  /** The mark it is drawn with. */
  style: Maturity;
}

/** Levels that mark the end of a project's life take the archived mark wherever they are in the list. */
const RETIRED = /archiv|emerit|retire|deprecat|inactive|end[\s_-]?of[\s_-]?life|\beol\b|sunset/i;
/** The marks of active levels, highest first; levels past the third share the last. */
const ACTIVE: Maturity[] = ['graduated', 'incubating', 'sandbox'];

/** "Working Group" → "working group", but acronyms stay: "LTS Release" → "LTS release". */
function lowerWords(label: string): string {
  return label.replace(/\p{Lu}[\p{Ll}\p{N}'’-]*/gu, (word) =>
    word.length > 1 && word.slice(1) === word.slice(1).toLowerCase() ? word.toLowerCase() : word,
  );
}

export function foundationOf(catalog: Pick<Catalog, 'foundation'>): Foundation {
  return catalog.foundation ?? CNCF;
}

const cache = new WeakMap<Foundation, MaturityLevel[]>();

/** The catalog's levels, highest first, then `none`. */
export function maturityLevels(catalog: Pick<Catalog, 'foundation'>): MaturityLevel[] {
  const foundation = foundationOf(catalog);
  const cached = cache.get(foundation);
  if (cached) return cached;
  const short = foundation.short_name;
  let active = 0;
  const levels: MaturityLevel[] = foundation.levels.map(({ id, label }) => {
    const style: Maturity = RETIRED.test(`${id} ${label}`)
      ? 'archived'
      : ACTIVE[Math.min(active++, ACTIVE.length - 1)]!;
    const words = lowerWords(label);
    return { id, label: `${short} ${words}`, short: words, style };
  });
  levels.push({ id: OUTSIDE, label: `Outside the ${short}`, short: `outside the ${short}`, style: 'none' });
  cache.set(foundation, levels);
  return levels;
}

function levelOf(catalog: Pick<Catalog, 'foundation'>, level: LevelId): MaturityLevel | undefined {
  return maturityLevels(catalog).find((l) => l.id === level);
}

/** "CDF graduated", "ASWF working group", "Outside the CNCF"; an unknown id is shown as it is. */
export function maturityLabel(catalog: Pick<Catalog, 'foundation'>, level: LevelId): string {
  return levelOf(catalog, level)?.label ?? level;
}

/** The label without the foundation's name, for a legend that names it once. */
export function maturityShortLabel(catalog: Pick<Catalog, 'foundation'>, level: LevelId): string {
  return levelOf(catalog, level)?.short ?? level;
}

/** The mark (colour and shape) a level is drawn with; an unknown id is drawn as outside. */
export function maturityStyle(catalog: Pick<Catalog, 'foundation'>, level: LevelId): Maturity {
  if (!catalog.foundation && (MATURITIES as readonly string[]).includes(level)) return level as Maturity;
  return levelOf(catalog, level)?.style ?? 'none';
}

export interface MaturityLegendEntry {
  /** The mark, as filters and colours know it. */
  style: Maturity;
  /** Every level drawn with this mark: "CDF graduated", "ASWF sandbox / working group". */
  label: string;
  /** The same without the foundation's name: "graduated", "outside the CDF". */
  short: string;
}

/**
 * One entry per mark the catalog's levels use, in the order of `MATURITIES`: what a legend or a
 * maturity filter lists. Levels sharing a mark share an entry, their labels joined.
 */
export function maturityLegend(catalog: Pick<Catalog, 'foundation'>): MaturityLegendEntry[] {
  const levels = maturityLevels(catalog);
  const short = foundationOf(catalog).short_name;
  return MATURITIES.flatMap((style) => {
    const drawn = levels.filter((l) => l.style === style);
    if (drawn.length === 0) return [];
    const [first, ...rest] = drawn;
    const more = rest.map((l) => l.short);
    const label = [first!.label, ...more].join(' / ');
    const shortLabel = [first!.short, ...more].join(' / ');
    return [{ style, label, short: style === 'none' ? `outside the ${short}` : shortLabel }];
  });
}
