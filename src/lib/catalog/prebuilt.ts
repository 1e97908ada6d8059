/**
 * A catalog the build has already validated, as JSON next to its YAML
 * (`catalog.yaml` → `catalog.json`). The embed reads it so that it needs no
 * YAML parser or validator (they are a third of its weight); anything else
 * (a catalog from another site, a YAML replaced after the build with its JSON
 * removed) goes through the full parser.
 */
import type { Catalog } from './types.ts';

export const PREBUILT_FORMAT = 'cloud-native-map/prebuilt-catalog@1';

export interface PrebuiltCatalog {
  format: typeof PREBUILT_FORMAT;
  /** The YAML file it was built from. */
  source: string;
  catalog: Catalog;
}

export function prebuiltUrl(yamlUrl: string): string | undefined {
  return /\.ya?ml$/.test(new URL(yamlUrl).pathname)
    ? yamlUrl.replace(/\.ya?ml(?=$|[?#])/, '.json')
    : undefined;
}

/** The catalog inside a prebuilt file, or undefined when the text is not one (then parse the YAML). */
export function readPrebuilt(text: string): Catalog | undefined {
  try {
    const data = JSON.parse(text) as Partial<PrebuiltCatalog>;
    const catalog = data.catalog;
    if (
      data.format !== PREBUILT_FORMAT ||
      !catalog ||
      typeof catalog.article !== 'object' ||
      !Array.isArray(catalog.problems) ||
      !Array.isArray(catalog.projects)
    ) {
      return undefined;
    }
    return catalog;
  } catch {
    return undefined;
  }
}
