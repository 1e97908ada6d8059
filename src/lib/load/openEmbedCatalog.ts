/**
 * The embed's catalog: the build's prebuilt JSON when the YAML is unchanged (no parser needed), else the
 * YAML parsed and laid out in a Worker, whose code is loaded on demand so that most embeds never download it.
 */
import { fileNameOf, originOf } from './fetchBytes.ts';
import { openCatalog, type OpenedCatalog } from './openCatalog.ts';

/** `checkAfter`: when the YAML behind a prebuilt catalog may be downloaded and checked (openCatalog.ts). */
export function openEmbedCatalog(
  yamlUrl: string,
  appOrigin: string,
  checkAfter?: () => Promise<void>,
): Promise<OpenedCatalog> {
  // The iframe embed (a page of the map's site) loads catalogs from that site only: its
  // Content-Security-Policy blocks any other, and the browser would report that as a network failure.
  const source = originOf(yamlUrl);
  if (globalThis.location?.origin === appOrigin && source !== undefined && source !== appOrigin) {
    const message = `the embed's Content-Security-Policy allows catalogs from ${new URL(appOrigin).host} only`;
    return Promise.resolve({
      ok: false,
      errors: [{ file: fileNameOf(yamlUrl), line: 1, column: 1, path: '', message }],
    });
  }
  // Parsed and laid out in a Worker, like the app's, loaded only when the prebuilt catalog cannot be used.
  // A custom element on another site cannot start one from the map's origin: it parses on the page then.
  return openCatalog(
    yamlUrl,
    appOrigin,
    async (bytes, file) => {
      const { startParser } = await import('./startParser.ts');
      return startParser().parse(bytes, file);
    },
    { checkAfter },
  );
}
