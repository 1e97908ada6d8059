/**
 * Paints a map frame on the next animation frame, at most once per frame however many changes arrive,
 * and keeps the paint times the benchmark reads.
 */
import { drawMap, type MapFrame } from './drawMap.ts';
import { mapLogos } from '../logos/logoSprite.svelte.ts';

export interface PaintLoop {
  /** Paint `frame` on the next animation frame (a later request in the same frame replaces it). */
  request(context: CanvasRenderingContext2D, frame: MapFrame, painted?: () => void): void;
  cancel(): void;
  stats(): { draws: number; drawTimes: number[] };
}

export function createPaintLoop(): PaintLoop {
  let frame = 0;
  let draws = 0;
  const drawTimes: number[] = [];
  return {
    request(context, frameInput, painted) {
      // The logos are read here, inside the caller's effect, so the sprite's arrival repaints the map.
      const input = { ...frameInput, logos: mapLogos(frameInput.graph) };
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const started = performance.now();
        drawMap(context, input);
        draws++;
        drawTimes.push(performance.now() - started);
        if (drawTimes.length > 600) drawTimes.splice(0, drawTimes.length - 600);
        painted?.();
      });
    },
    cancel: () => cancelAnimationFrame(frame),
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
