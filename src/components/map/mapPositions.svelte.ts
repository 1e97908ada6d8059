/**
 * Where the map draws each node: a copy of the layout, because dragging moves nodes. A new graph starts
 * from its layout; a new layout of the same graph (the Worker's settled positions after its start
 * positions) glides there, unless motion is reduced.
 */
import { untrack } from 'svelte';
import type { Graph } from '../../lib/graph/buildGraph.ts';
import type { Layout } from '../../lib/graph/layout.ts';
import type { ZoomTransform } from '../../lib/graph/viewport.ts';
import { glide } from './glide.ts';

export class MapPositions {
  current = $state.raw<Float64Array>(new Float64Array());

  constructor(graph: () => Graph, layout: () => Layout, reducedMotion: () => boolean) {
    this.current = untrack(() => layout().positions.slice());
    let placedGraph = untrack(graph);
    let placedLayout = untrack(layout);
    $effect(() => {
      const next = layout();
      const sameGraph = graph() === placedGraph;
      if (next === placedLayout && sameGraph) return;
      placedLayout = next;
      placedGraph = graph();
      const from = untrack(() => this.current);
      if (!sameGraph || reducedMotion() || from.length !== next.positions.length) {
        this.current = next.positions.slice();
        return;
      }
      return glide(from, next.positions, 600, (between) => (this.current = between));
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
