/**
 * Where the map draws each node: a copy of the layout, because dragging moves nodes. A new graph starts
 * from its layout; a new layout of the same graph (the Worker's settled positions after its start
 * positions, a filter's or a day's re-formed part) glides there, unless motion is reduced.
 *
 * Nodes that were hidden go straight to their new places (nobody saw where they were), and a layout
 * that moves only such nodes is not a glide at all: a playing time control adds a project or two every
 * few frames, and each would otherwise set the whole map gliding and painting for 600 ms.
 */
import { untrack } from 'svelte';
import type { Graph } from '../../lib/graph/buildGraph.ts';
import type { Layout } from '../../lib/graph/layout.ts';
import type { ZoomTransform } from '../../lib/graph/viewport.ts';
import { glide } from './glide.ts';

export class MapPositions {
  current = $state.raw<Float64Array>(new Float64Array());

  constructor(
    graph: () => Graph,
    layout: () => Layout,
    reducedMotion: () => boolean,
    /** The nodes shown (null for all). */
    visible: () => Uint8Array | null = () => null,
  ) {
    this.current = untrack(() => layout().positions.slice());
    let placedGraph = untrack(graph);
    let placedLayout = untrack(layout);
    // What the reader saw before this change: the effect below runs after the layout's, so a layout
    // that comes with a new view still reads the view before it.
    let seen = untrack(visible);
    $effect(() => {
      const next = layout();
      const sameGraph = graph() === placedGraph;
      const wasShown = seen;
      if (next === placedLayout && sameGraph) return;
      placedLayout = next;
      placedGraph = graph();
      const current = untrack(() => this.current);
      if (!sameGraph || reducedMotion() || current.length !== next.positions.length) {
        this.current = next.positions.slice();
        return;
      }
      const from = current.slice();
      let moves = false;
      for (let i = 0; i < from.length; i += 2) {
        if (wasShown && wasShown[i / 2] !== 1) {
          from[i] = next.positions[i]!;
          from[i + 1] = next.positions[i + 1]!;
        } else if (from[i] !== next.positions[i] || from[i + 1] !== next.positions[i + 1]) moves = true;
      }
      if (!moves) {
        this.current = from;
        return;
      }
      return glide(from, next.positions, 600, (between) => (this.current = between));
    });
    $effect(() => {
      seen = visible();
    });
  }

  /** Puts a dragged node under the pointer (screen pixels, through the current zoom). */
  drag(index: number, x: number, y: number, t: ZoomTransform) {
    const next = this.current.slice();
    next[2 * index] = (x - t.x) / t.k;
    next[2 * index + 1] = (y - t.y) / t.k;
    this.current = next;
  }
}
