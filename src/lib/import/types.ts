/**
 * The importer's vocabulary: a landscape.yml (the cncf/landscape format) goes
 * in with a problem mapping, a catalog and an account of every item comes out.
 */
import type { CatalogError } from '../catalog/errors.ts';
import type { Catalog, Problem } from '../catalog/types.ts';

/** One rule that splits a subcategory covering several problems, compiled from keywords and/or a pattern. */
export interface SplitRule {
  problems: string[];
  /** Case-insensitive; the rule matches where the earliest of them matches. */
  regexes: RegExp[];
}

/** What one landscape subcategory maps to. */
export interface SubcategoryMapping {
  /** `Category / Subcategory`, as written in the mapping file. */
  path: string;
  /** The problems of items that no split rule matches. */
  problems: string[];
  split: SplitRule[];
}

/** data/landscape-problems.yaml, validated against the bundled catalog. */
export interface ProblemMapping {
  /** Problems the import adds to the bundled catalog's; always includes `other`. */
  problems: Problem[];
  /**
   * Categories of organisations the mapping names explicitly; others are recognised by their name and
   * the shape of their items (organisations.ts).
   */
  memberCategories: string[];
  /** Keyed by `pathKey("Category / Subcategory")`. */
  subcategories: Map<string, SubcategoryMapping>;
}

export interface ImportOptions {
  /** The curated catalog: its article and problems are kept, and its projects keep their tags. */
  bundled: Catalog;
  mapping: ProblemMapping;
  /** Keep the organisations (members, hosting companies, partners…) as projects of kind `organisation`. */
  includeMembers: boolean;
  /** Name of the landscape file, for error positions (and the foundation's name when nothing else gives it). */
  file: string;
  /** The foundation's name, e.g. "Continuous Delivery Foundation (CDF)"; by default read from the landscape. */
  foundation?: string;
}

export const SKIP_RULES = {
  organisations:
    'an organisation (member, hosting company, partner, end user, sponsor), not a technology (pass --include members to keep them)',
  'no-name': 'the item has no usable name',
  'look-alike-name':
    'the name could pass for another one (it mixes scripts, or uses Cyrillic or Greek letters that look Latin)',
  'unusable-homepage': 'homepage_url is missing or not an http(s) URL',
  'listed-twice':
    'the same item (same name and homepage) is listed again in another subcategory: imported once, with the problems of both places',
  'over-limit': 'past the catalog limit on projects',
} as const;
export type SkipRule = keyof typeof SKIP_RULES;

export interface SkippedItem {
  rule: SkipRule;
  /** The item's name as far as it could be read. */
  name: string;
  /** `Category / Subcategory`. */
  where: string;
  line: number;
  /** Specifics, e.g. the rejected URL or where the item was first listed. */
  detail?: string;
}

export interface ProblemCount {
  id: string;
  name: string;
  /** Projects tagged with the problem. */
  projects: number;
  /** Projects whose most fitting problem it is. */
  primary: number;
}

export interface ImportSummary {
  read: number;
  imported: number;
  skipped: SkippedItem[];
  perProblem: ProblemCount[];
  /** Items that matched a curated project and kept its id, problems and description. */
  curated: number;
  /** Subcategories the mapping does not know: each became a problem of its own. */
  unmappedSubcategories: string[];
  /** Whose levels the projects carry, with the items at each level. */
  foundation: {
    name: string;
    short_name: string;
    levels: Array<{ id: string; label: string; items: number }>;
  };
  /** `project:` values read as another level (`incubation` → incubating). */
  levelsRecognised: Array<{ value: string; level: string }>;
  /** `project:` values no known level matches: kept as levels of their own. */
  levelsUnknown: string[];
  /** Subcategories recognised as lists of organisations, and by what. */
  organisationPlaces: Array<{ place: string; by: 'name' | 'shape' | 'mapping' }>;
  /** Subcategories that list projects by level (their projects are placed by their other listings). */
  levelLists: string[];
  /** Problems made from the landscape's own subcategories. */
  ownProblems: number;
  /** Own problems over a quarter of the projects, split, and what they became. */
  splitProblems: Array<{ id: string; into: string[] }>;
  /** The problem holding the most projects, and its share of them. */
  largestProblem: { id: string; projects: number; share: number } | undefined;
  /** Problems still over a quarter of the projects (curated ones are not split). */
  overCap: string[];
  /** `second_path` entries naming no subcategory of the file; they add nothing. */
  unknownSecondPaths: string[];
  /** Curated projects no landscape item matched: they are not in the imported catalog. */
  curatedMissing: string[];
  /** Bundled problems no imported project solves, left out (a catalog may not list unused problems). */
  droppedProblems: string[];
  /** Repairs made so the strings pass the validator. */
  fixes: {
    /** Items imported with no description (none is made up). */
    withoutDescription: number;
    summaryUseCaseDescriptions: number;
    truncated: number;
    repoDropped: number;
    charactersRemoved: number;
  };
}

export type ImportResult =
  | { ok: true; catalog: Catalog; summary: ImportSummary }
  | { ok: false; errors: CatalogError[] };
