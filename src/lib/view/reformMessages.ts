/** What the re-form Worker (reformWorker.ts) and its client (reformInWorker.ts) say to each other. */
import type { GraphNode } from '../graph/buildGraph.ts';

/** Client to Worker: a part of the map to lay out on its own, to the screen's shape. */
export interface ReformRequest {
  id: number;
  nodes: GraphNode[];
  aspect: number | undefined;
}

/** Worker to client: the part's positions (x at [2j], y at [2j + 1]) and bounds. */
export interface ReformReply {
  id: number;
  positions: Float64Array;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}
