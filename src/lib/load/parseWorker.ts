/**
 * A Worker that parses, validates and lays out a catalog off the main thread,
 * so a big catalog from a link or a dropped file never freezes the page.
 * A landscape.yml is converted first, with the code of `npm run import`
 * (importInWorker.ts, loaded only then). The messages are typed in workerMessages.ts.
 */
import { parseCatalog } from '../catalog/parseCatalog.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import { readCatalogOrLandscape } from './readCatalogOrLandscape.ts';
import type { ParseRequest, WorkerMessage } from './workerMessages.ts';

const post = (message: WorkerMessage, positions?: Float64Array) =>
  self.postMessage(message, positions ? { transfer: [positions.buffer] } : undefined);

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { bytes, file } = event.data;
  const result = await readCatalogOrLandscape(bytes, file, parseCatalog);
  if (!result.ok) {
    post({ type: 'failed', errors: result.errors });
    return;
  }
  if (result.report) post({ type: 'imported', report: result.report });
  const graph = buildGraph(result.catalog);
  const start = computeLayout(graph, 0);
  post({ type: 'parsed', catalog: result.catalog, layout: start }, start.positions);
  const settled = computeLayout(graph);
  post({ type: 'settled', layout: settled }, settled.positions);
};
