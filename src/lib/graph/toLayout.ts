/** A layout as plain data, and back: the build's JSON and the Worker's messages carry positions this way. */
import type { Layout } from './layout.ts';

export interface LayoutData {
  /** x of node i at [2i], y at [2i + 1], for the graph buildGraph makes of the catalog. */
  positions: ArrayLike<number>;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

export function toLayout(data: LayoutData): Layout {
  return { positions: Float64Array.from(data.positions), bounds: { ...data.bounds } };
}
