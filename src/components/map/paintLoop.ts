/**
 * Paints a map frame on the next animation frame, at most once per frame however many changes arrive,
 * and keeps the paint times the benchmark reads.
 */
import { drawMap, type MapFrame } from './drawMap.ts';

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
    request(context, input, painted) {
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
