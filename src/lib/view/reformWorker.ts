/**
 * Lays out a part of the map in a Worker: a filter that leaves hundreds of projects of a big landscape
 * re-forms them without holding up the page. The same seeded layout as on the page, so the picture is
 * the same wherever it was made.
 */
import type { Graph } from '../graph/buildGraph.ts';
import { computeLayout } from '../graph/layout.ts';
import type { ReformReply, ReformRequest } from './reformMessages.ts';

self.onmessage = (event: MessageEvent<ReformRequest>) => {
  const { id, nodes, aspect } = event.data;
  // computeLayout reads only the nodes.
  const laid = computeLayout({ nodes } as Graph, undefined, aspect);
  const reply: ReformReply = { id, positions: laid.positions, bounds: laid.bounds };
  self.postMessage(reply, { transfer: [laid.positions.buffer] });
};
