/**
 * Paints a map frame on the next animation frame, at most once per frame however many changes arrive,
 * and keeps the paint times the benchmark reads.
 */
import { drawMap, type MapFrame } from './drawMap.ts';
import { prepareLabels } from './drawLabels.ts';
import { samePixels } from './samePixels.ts';
import { DimLayer, sameBase } from './dimLayer.ts';
import { mapLogos } from '../logos/logoSprite.svelte.ts';

export interface PaintLoop {
  /**
   * Paint `frame` on the next animation frame (a later request in the same frame replaces it). A graph's
   * first frame comes in two halves, the shapes and then the labels over them, each drawn in a task of its
   * own and shown by the animation frame after it: drawn in one frame, with the canvas rasterised as that
   * frame is committed, it was the longest task of a load on a slow phone. `painted` runs once both are.
   */
  request(context: CanvasRenderingContext2D, frame: MapFrame, painted?: () => void): void;
  cancel(): void;
  stats(): { draws: number; drawTimes: number[] };
}

/** Maps from this many nodes keep their dimmed nodes as a layer (dimLayer.ts); smaller ones redraw them. */
export const DIM_LAYER_FROM_NODES = 1000;

/** How long a view holds still before its dimmed layer is painted ahead of the next highlight (ms). */
const LAYER_AFTER_MS = 150;

/**
 * Canvas drawing is recorded, and rasterised when a frame shows it: work drawn in a task of its own (not
 * in an animation frame's callback) is rasterised by the next frame, a task of its own too.
 */
const inTask = (work: () => void) => Number(setTimeout(work, 0));
/** After the next frame has been shown (a task queued from its animation frame callback). */
const afterNextFrame = (work: () => void) => requestAnimationFrame(() => inTask(work));

export function createPaintLoop(options: { dimLayerFrom?: number } = {}): PaintLoop {
  const layerFrom = options.dimLayerFrom ?? DIM_LAYER_FROM_NODES;
  const layer = new DimLayer();
  const layered = (f: MapFrame) => (f.graph?.nodes.length ?? 0) >= layerFrom;
  let layerTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let job: {
    context: CanvasRenderingContext2D;
    input: MapFrame;
    painted?: () => void;
    halves?: boolean;
    /** For the labels' half: the whole frame the halves paint. */
    whole?: MapFrame;
  } | null = null;
  // The graph whose first frame was split: only that first frame comes in halves. A newer frame of the
  // same graph (the camera fitting, a glide) is painted whole, or a map that moves at load would split
  // every frame and not count as painted until it stopped (the embed was 0.4-0.7 s later interactive).
  let splitGraph: MapFrame['graph'] | undefined;
  let last: MapFrame | undefined; // the last whole frame painted
  let draws = 0;
  const drawTimes: number[] = [];
  /**
   * A lit frame over the dimmed layer when there is one for its view. A frame never paints the layer
   * itself: that would add its painting to a keystroke's frame; it is painted between frames instead.
   */
  const withLayer = (input: MapFrame): MapFrame => {
    if (!input.emphasis || input.clear === false || input.layers === 'labels' || !layered(input))
      return input;
    const ready = layer.for(input);
    return ready ? { ...input, dimmed: ready } : input;
  };
  /**
   * Paints the layer for the view just painted once it holds still: in the next task when it already
   * held still for the frame before (someone typing, hovering), after a pause otherwise, so a glide or a
   * zoom, whose frames each move the map, never pays for layers it would not use.
   */
  const layerLater = (painted: MapFrame, before: MapFrame | undefined) => {
    clearTimeout(layerTimer);
    if (!layered(painted) || layer.for(painted)) return;
    const still = before !== undefined && sameBase(before, painted);
    layerTimer = setTimeout(
      () => {
        if (last === painted && !job && !layer.for(painted)) layer.paint(painted);
      },
      still ? 0 : LAYER_AFTER_MS,
    );
  };
  const tick = () => {
    frame = 0;
    const next = job;
    job = null;
    if (!next) return; // nothing new since the last paint: the loop rests
    if (!next.halves && samePixels(last, next.input)) {
      // Still the view the layer is for: it is kept, or painted soon (the sprite's arrival, unseen at this
      // zoom, replaced the frame a pending layer waited for, and no highlight had a layer until the next
      // paint: the first keystroke then drew the whole dimmed map, then the layer in the task after it).
      const before = last;
      last = next.input;
      next.painted?.();
      layerLater(last, before);
      return;
    }
    const started = performance.now();
    if (next.halves) splitGraph = next.input.graph;
    const input = withLayer(next.input);
    drawMap(next.context, next.halves ? { ...input, layers: 'shapes' } : input);
    draws++;
    drawTimes.push(performance.now() - started);
    if (drawTimes.length > 600) drawTimes.splice(0, drawTimes.length - 600);
    // The labels' half over these shapes (unless a newer frame replaces it by then), once the frame that
    // shows the shapes is done: measured and chosen in one task, drawn in the next.
    if (next.halves) {
      const shapes = next.input;
      job = {
        ...next,
        input: { ...next.input, layers: 'labels', clear: false },
        halves: false,
        whole: next.input,
      };
      frame = afterNextFrame(() => {
        if (job?.whole === shapes) prepareLabels(shapes);
        frame = inTask(tick);
      });
      return;
    } else {
      const before = last;
      last = next.whole ?? next.input;
      next.painted?.();
      layerLater(last, before);
    }
    // Booked for the next frame too, while the view keeps changing: a change made by a frame callback
    // that runs before this one (the time control's) is then painted in the same frame.
    frame = requestAnimationFrame(tick);
  };
  return {
    request(context, frameInput, whenPainted) {
      // The logos are read here, inside the caller's effect, so the sprite's arrival repaints the map.
      const input = { ...frameInput, logos: mapLogos(frameInput.graph) };
      job = { context, input, painted: whenPainted, halves: frameInput.graph !== splitGraph };
      // A frame already booked paints the latest input. Booking again would move the paint to the next
      // frame, and a view that changes on every frame (the time control playing, whose frame callback
      // runs first and whose change cancels and re-requests the paint) would never be painted.
      if (!frame) frame = job.halves ? inTask(tick) : requestAnimationFrame(tick);
    },
    cancel: () => {
      job = null;
    },
    stats: () => ({ draws, drawTimes: drawTimes.slice() }),
  };
}

/**
 * Pays a big map's first highlight in advance, once the page is idle (warmUp.ts, loaded only for maps
 * that need it). Returns a function that cancels it.
 */
export function warmUpLater(frame: MapFrame): () => void {
  if (frame.graph.nodes.length < 1000) return () => {};
  let cancel = () => {};
  let cancelled = false;
  void import('./warmUp.ts').then(({ warmUpHighlight }) => {
    if (!cancelled) cancel = warmUpHighlight(frame);
  });
  return () => {
    cancelled = true;
    cancel();
  };
}

/** The top-right corner that buttons over the map cover, as a screen rectangle labels keep out of. */
export function cornerRect(width: number, corner: { width: number; height: number } | undefined) {
  return corner ? [{ x: width - corner.width, y: 0, width: corner.width, height: corner.height }] : [];
}
