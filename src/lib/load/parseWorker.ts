/**
 * A Worker that parses, validates and lays out a catalog off the main thread,
 * so a big catalog from a link or a dropped file never freezes the page.
 * The messages are typed in workerMessages.ts.
 */
import { parseCatalog } from '../catalog/parseCatalog.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import type { ParseRequest, WorkerMessage } from './workerMessages.ts';

const post = (message: WorkerMessage, positions?: Float64Array) =>
  self.postMessage(message, positions ? { transfer: [positions.buffer] } : undefined);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { bytes, file } = event.data;
  const result = parseCatalog(bytes, file);
  if (!result.ok) {
    post({ type: 'failed', errors: result.errors });
    return;
  }
  const graph = buildGraph(result.catalog);
  const start = computeLayout(graph, 0);
  post({ type: 'parsed', catalog: result.catalog, layout: start }, start.positions);
  const settled = computeLayout(graph);
  post({ type: 'settled', layout: settled }, settled.positions);
};
