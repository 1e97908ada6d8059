/**
 * A Worker that parses, validates and lays out a catalog off the main thread,
 * so a big catalog from a link or a dropped file never freezes the page.
 * In: `{ bytes, file }`. Out, in order: `{ type: 'parsed', ok, catalog, layout }` with the layout's start
 * positions (the map can show them at once), then `{ type: 'settled', layout }`; or one
 * `{ type: 'parsed', ok: false, errors }`.
 */
import { buildGraph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import { parseCatalog } from './parseCatalog.ts';

const post = (message: object, positions?: Float64Array) =>
  self.postMessage(message, positions ? { transfer: [positions.buffer] } : undefined);

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; file: string }>) => {
  const { bytes, file } = event.data;
  const result = parseCatalog(bytes, file);
  if (!result.ok) {
    post({ type: 'parsed', ...result });
    return;
  }
  const graph = buildGraph(result.catalog);
  const start = computeLayout(graph, 0);
  post({ type: 'parsed', ok: true, catalog: result.catalog, layout: start }, start.positions);
  const settled = computeLayout(graph);
  post({ type: 'settled', layout: settled }, settled.positions);
};
