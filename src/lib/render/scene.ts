/** A view fitted to the picture: everything the markup writers need, in screen pixels. */
import type { Maturity } from '../catalog/types.ts';
import type { Graph } from '../graph/buildGraph.ts';
import type { Palette } from '../graph/palette.ts';

export interface Scene {
  graph: Graph;
  /** Screen x at [2i], y at [2i + 1]. */
  screen: Float64Array;
  /** Screen radius of each node. */
  radii: Float64Array;
  /** World units to pixels. */
  k: number;
  palette: Palette;
  shown: (i: number) => boolean;
  /** Some nodes are filtered out: every link between shown nodes is drawn (linkStyle.ts). */
  filtered: boolean;
  /** 1 where highlighted; null when nothing is. */
  emphasis: Uint8Array | null;
  /** Each node's maturity mark on the view's day, over the graph's own; null or absent for today. */
  maturity?: readonly (Maturity | null)[] | null;
  selected: number;
}

/** Opacity of nodes outside the highlight, and of hub labels outside it (as on the canvas). */
export const DIM_ALPHA = 0.16;
export const DIM_LABEL_ALPHA = 0.45;
