/**
 * The embed's catalog: the build's prebuilt JSON when the YAML is unchanged (no parser needed), else the
 * YAML through the full parser, loaded on demand so that most embeds never download it.
 */
import { openCatalog, type OpenedCatalog } from './openCatalog.ts';

export function openEmbedCatalog(yamlUrl: string, appOrigin: string): Promise<OpenedCatalog> {
  return openCatalog(yamlUrl, appOrigin, async (bytes, file) => {
    const { parseCatalog } = await import('../catalog/parseCatalog.ts');
    return parseCatalog(bytes, file);
  });
}
