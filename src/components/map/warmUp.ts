/**
 * The first highlight a page paints costs three or four times what later ones do (about 11-16 ms
 * against 3-4 on a 2,400-project map): its code paths run for the first time, the project font's
 * character widths are not measured yet, and the garbage of loading the catalog is still waiting to be
 * collected. Painting the biggest hub's highlight once, off screen, while the page is idle after load
 * pays that before the user's first hover instead of during it.
 *
 * A search's first keystrokes light far more: a letter lights every project whose name starts with it,
 * more than a frame offers labels to (drawLabels.ts), and choosing among them ran cold in the first
 * keystrokes' frames (10-30 ms of `chooseLabels` for the first letter or two on the 2,407-project import
 * at 1×, against 1-3 ms once warm). Two such choices, each in an idle task of its own, warm that too.
 */
import { drawMap, type MapFrame } from './drawMap.ts';
import { prepareLabels } from './drawLabels.ts';

/** Every `n`th project left dark: a broad highlight, a different one per round. */
function broadHighlight(frame: MapFrame, n: number): Uint8Array {
  const lit = new Uint8Array(frame.graph.nodes.length);
  for (const node of frame.graph.nodes)
    if (node.kind === 'project' && node.index % n !== 0) lit[node.index] = 1;
  return lit;
}

function hubHighlight(frame: MapFrame): void {
  const { graph } = frame;
  let hub = -1;
  for (const node of graph.nodes) {
    if (node.kind === 'problem' && (hub < 0 || node.degree > graph.nodes[hub]!.degree)) hub = node.index;
  }
  if (hub < 0) return;
  const lit = new Uint8Array(graph.nodes.length);
  lit[hub] = 1;
  for (const n of graph.neighbours[hub] ?? []) lit[n] = 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(frame.width);
  canvas.height = Math.ceil(frame.height);
  const context = canvas.getContext('2d');
  if (!context) return;
  drawMap(context, { ...frame, dpr: 1, emphasis: lit, hovered: hub, focused: -1, showFocus: false });
}

/** Schedules the warm-up, a step per idle task; returns a function that cancels what is left of it. */
export function warmUpHighlight(frame: MapFrame): () => void {
  if (frame.width === 0 || frame.height === 0) return () => {};
  const steps = [
    () => hubHighlight(frame),
    ...[2, 3].map((n) => () => prepareLabels({ ...frame, emphasis: broadHighlight(frame, n), hovered: -1 })),
  ];
  let cancel = () => {};
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => (step(), next()), { timeout: 2000 });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => (step(), next()), 300);
      cancel = () => clearTimeout(id);
    }
  };
  next();
  return () => cancel();
}
