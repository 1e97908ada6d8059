/**
 * The first highlight a page paints costs three or four times what later ones do (about 11-16 ms
 * against 3-4 on a 2,400-project map): its code paths run for the first time, the project font's
 * character widths are not measured yet, and the garbage of loading the catalog is still waiting to be
 * collected. Painting the biggest hub's highlight once, off screen, while the page is idle after load
 * pays that before the user's first hover instead of during it.
 */
import { drawMap, type MapFrame } from './drawMap.ts';

/** Schedules the warm-up paint; returns a function that cancels it. */
export function warmUpHighlight(frame: MapFrame): () => void {
  const run = () => {
    const { graph } = frame;
    let hub = -1;
    for (const node of graph.nodes) {
      if (node.kind === 'problem' && (hub < 0 || node.degree > graph.nodes[hub]!.degree)) hub = node.index;
    }
    if (hub < 0 || frame.width === 0 || frame.height === 0) return;
    const lit = new Uint8Array(graph.nodes.length);
    lit[hub] = 1;
    for (const n of graph.neighbours[hub] ?? []) lit[n] = 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(frame.width);
    canvas.height = Math.ceil(frame.height);
    const context = canvas.getContext('2d');
    if (!context) return;
    drawMap(context, { ...frame, dpr: 1, emphasis: lit, hovered: hub, focused: -1, showFocus: false });
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 300);
  return () => clearTimeout(id);
}
