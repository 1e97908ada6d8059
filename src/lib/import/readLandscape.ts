/**
 * A landscape.yml (cncf/landscape format) to a flat list of items with their
 * category, subcategory and line. Every node there starts with a null key
 * (`- category:`, `- subcategory:`, `- item:`) beside its real fields; the
 * null key is ignored. A file of the wrong shape fails with positioned errors,
 * so nothing is imported from a file the importer does not understand.
 */
import type { CatalogError } from '../catalog/errors.ts';
import { LIMITS } from '../catalog/limits.ts';
import { parseYaml, type YamlDocument } from '../catalog/parseYaml.ts';

/** Landscape files are bigger than catalogs: the CNCF one is 1.1 MB. */
export const MAX_LANDSCAPE_BYTES = 32 * 1024 * 1024;

export interface LandscapeItem {
  category: string;
  subcategory: string;
  /** The item's fields as parsed; only known ones are read. */
  fields: Record<string, unknown>;
  line: number;
}

export type ReadResult =
  | { ok: true; items: LandscapeItem[]; subcategories: string[] }
  | { ok: false; errors: CatalogError[] };

type Loose = Record<string, unknown>;
const isMapping = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function readLandscape(source: string, file: string): ReadResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const fail = (message: string, path = '', document?: YamlDocument): ReadResult => ({
    ok: false,
    errors: [{ file, ...(document?.locate(path) ?? { line: 1, column: 1 }), path, message }],
  });
  if (text.length > MAX_LANDSCAPE_BYTES) {
    return fail(`the file is larger than ${MAX_LANDSCAPE_BYTES / 1024 / 1024} MB`);
  }
  if (text.trim() === '') return fail('the file is empty; expected a landscape.yml with a "landscape" list');
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { document } = parsed;

  const root = document.value;
  if (!isMapping(root) || !Array.isArray(root.landscape)) {
    return fail(
      'expected a mapping with a "landscape" list of categories (is this a landscape.yml in the cncf/landscape format?)',
      isMapping(root) && 'landscape' in root ? 'landscape' : '',
      document,
    );
  }

  const errors: CatalogError[] = [];
  const error = (path: string, message: string) => {
    if (errors.length < LIMITS.errors) errors.push({ file, ...document.locate(path), path, message });
  };
  /** The string `name` of a category or subcategory, or an error. */
  const nameOf = (node: Loose, path: string, what: string): string | undefined => {
    if (typeof node.name === 'string' && node.name.trim() !== '') return node.name.trim();
    error('name' in node ? `${path}.name` : path, `expected the ${what} to have a name (a string)`);
    return undefined;
  };
  /** A list, or nothing when the key is absent or empty (`items:` with no items is common). */
  const listOf = (node: Loose, key: string, path: string): unknown[] => {
    const value = node[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    error(`${path}.${key}`, `expected "${key}" to be a list, got ${typeof value}`);
    return [];
  };

  const items: LandscapeItem[] = [];
  const subcategories: string[] = [];
  root.landscape.forEach((category: unknown, c: number) => {
    const cPath = `landscape[${c}]`;
    if (!isMapping(category))
      return error(cPath, 'expected a category (a mapping with name and subcategories)');
    const categoryName = nameOf(category, cPath, 'category');
    listOf(category, 'subcategories', cPath).forEach((subcategory, s) => {
      const sPath = `${cPath}.subcategories[${s}]`;
      if (!isMapping(subcategory)) {
        return error(sPath, 'expected a subcategory (a mapping with name and items)');
      }
      const subcategoryName = nameOf(subcategory, sPath, 'subcategory');
      if (categoryName !== undefined && subcategoryName !== undefined) {
        subcategories.push(`${categoryName} / ${subcategoryName}`);
      }
      listOf(subcategory, 'items', sPath).forEach((item, i) => {
        const iPath = `${sPath}.items[${i}]`;
        if (!isMapping(item)) return error(iPath, 'expected an item (a mapping with name and homepage_url)');
        if (categoryName === undefined || subcategoryName === undefined) return;
        items.push({
          category: categoryName,
          subcategory: subcategoryName,
          fields: item,
          line: document.locate(iPath).line,
        });
      });
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, items, subcategories };
}
