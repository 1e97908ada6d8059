/**
 * `logo` values that name no simple-icons brand, each with the slug it most likely meant: the brand a
 * name spells ("Apache Kafka" → apachekafka), else the closest slug by edit distance.
 */
import type { ShapeIssue } from '../catalog/checkShape.ts';
import { quoted } from '../catalog/paths.ts';
import { didYouMean } from '../catalog/suggest.ts';
import type { Catalog } from '../catalog/types.ts';
import { brandNames, nameToSlug, type Brand } from './brands.ts';

export function unknownLogos(catalog: Catalog, brands: readonly Brand[]): ShapeIssue[] {
  const slugs = new Set(brands.map((b) => b.slug));
  let byName: Map<string, string> | undefined;
  const issues: ShapeIssue[] = [];
  catalog.projects.forEach((project, i) => {
    const logo = project.logo;
    if (logo === undefined || slugs.has(logo)) return;
    if (!byName) {
      byName = new Map();
      for (const brand of brands)
        for (const name of brandNames(brand))
          if (!byName.has(nameToSlug(name))) byName.set(nameToSlug(name), brand.slug);
    }
    const named = byName.get(nameToSlug(logo));
    const hint = named ? ` (did you mean ${quoted(named)}?)` : didYouMean(logo, slugs);
    issues.push({
      path: `projects[${i}].logo`,
      message: `expected a simple-icons slug, got ${quoted(logo)}, which simple-icons does not have${hint}; slugs are the file names in simple-icons/icons, e.g. kubernetes`,
    });
  });
  return issues;
}
