/**
 * The embed's catalog: the build's validated JSON when it is there (served by the map's own site,
 * `appOrigin`), else the YAML through the full parser, loaded on demand so that most embeds never
 * download it.
 */
import type { CatalogResult } from '../lib/catalog/parseCatalog.ts';
import { prebuiltUrl, readPrebuilt } from '../lib/catalog/prebuilt.ts';

export async function loadEmbedCatalog(yamlUrl: string, appOrigin: string): Promise<CatalogResult> {
  const json = new URL(yamlUrl).origin === appOrigin ? prebuiltUrl(yamlUrl) : undefined;
  if (json) {
    try {
      const response = await fetch(json, { credentials: 'omit' });
      const catalog = response.ok ? readPrebuilt(await response.text()) : undefined;
      if (catalog) return { ok: true, catalog };
    } catch {
      // Fall through to the YAML.
    }
  }
  const { fetchCatalog } = await import('../lib/catalog/loadCatalog.ts');
  return fetchCatalog(yamlUrl);
}
