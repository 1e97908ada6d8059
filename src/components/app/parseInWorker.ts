/**
 * Parses and lays out catalog bytes in a Worker (src/lib/catalog/parseWorker.ts), so the page stays
 * responsive however big the catalog. Where a Worker cannot start, the same work runs here.
 */
import type { ParseBytes } from '../../lib/catalog/openCatalog.ts';

export const parseInWorker: ParseBytes = (bytes, file) =>
  new Promise((resolve) => {
    const onPage = async () => {
      const { parseCatalogAndLayout } = await import('../../lib/catalog/parseAndLayout.ts');
      resolve(parseCatalogAndLayout(bytes, file));
    };
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../lib/catalog/parseWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      void onPage();
      return;
    }
    worker.onmessage = (event) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = () => {
      worker.terminate();
      void onPage();
    };
    worker.postMessage({ bytes, file });
  });
