/**
 * A valid catalog's `logo` fields checked against simple-icons' brand list, as errors placed at
 * file:line:column like every other catalog error. Only the build and `npm run validate` call it: the
 * browser does not carry the brand list, and there an unknown slug simply draws no logo.
 */
import type { CatalogError } from '../catalog/errors.ts';
import { parseYaml } from '../catalog/parseYaml.ts';
import { placeIssues } from '../catalog/placeIssues.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Brand } from './brands.ts';
import { unknownLogos } from './unknownLogos.ts';

/** `brands` is asked for only when the catalog has a logo: a catalog without any needs no simple-icons. */
export function logoErrors(
  text: string,
  file: string,
  catalog: Catalog,
  brands: () => readonly Brand[],
): CatalogError[] {
  if (!catalog.projects.some((project) => project.logo !== undefined)) return [];
  const issues = unknownLogos(catalog, brands());
  if (issues.length === 0) return [];
  // The catalog parsed once already; parse again only to place the errors.
  const parsed = parseYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  if (!parsed.ok) return parsed.errors;
  return placeIssues(issues, parsed.document, file);
}
