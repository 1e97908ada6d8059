/**
 * Paints a map frame on the next animation frame, at most once per frame however many changes arrive,
 * and keeps the paint times the benchmark reads.
 */
import { drawMap, type MapFrame } from './drawMap.ts';
import { samePixels } from './samePixels.ts';
import { mapLogos } from '../logos/logoSprite.svelte.ts';

export interface PaintLoop {
  /**
   * Paint `frame` on the next animation frame (a later request in the same frame replaces it). A graph's
   * first frame comes in two halves, the shapes on one animation frame and the labels over them on the
   * next: in one, it was the longest task of a load on a slow phone. `painted` runs once both are.
   */
  request(context: CanvasRenderingContext2D, frame: MapFrame, painted?: () => void): void;
  cancel(): void;
  stats(): { draws: number; drawTimes: number[] };
}

export function createPaintLoop(): PaintLoop {
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
  const tick = () => {
    frame = 0;
    const next = job;
    job = null;
    if (!next) return; // nothing new since the last paint: the loop rests
    if (!next.halves && samePixels(last, next.input)) {
      last = next.input;
      next.painted?.();
      return;
    }
    const started = performance.now();
    if (next.halves) splitGraph = next.input.graph;
    drawMap(next.context, next.halves ? { ...next.input, layers: 'shapes' } : next.input);
    draws++;
    drawTimes.push(performance.now() - started);
    if (drawTimes.length > 600) drawTimes.splice(0, drawTimes.length - 600);
    // The labels' half, next frame, over these shapes (unless a newer frame replaces it by then).
    if (next.halves)
      job = {
        ...next,
        input: { ...next.input, layers: 'labels', clear: false },
        halves: false,
        whole: next.input,
      };
    else {
      last = next.whole ?? next.input;
      next.painted?.();
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
      if (!frame) frame = requestAnimationFrame(tick);
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
