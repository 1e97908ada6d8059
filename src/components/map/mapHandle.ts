/**
 * A small read-only handle on the map's wrapper element for tests, benchmarks and host pages: where a node
 * is on screen, the zoom transform, and paint statistics. (The map is one canvas, so nodes have no
 * elements of their own to find.)
 */
import type { ZoomTransform } from '../../lib/graph/viewport.ts';

export interface MapHandle {
  screenPosition(id: string): { x: number; y: number } | null;
  transform(): ZoomTransform;
  /** How many frames were painted, and how long the last ones took to paint (ms): for benchmarks. */
  stats(): { draws: number; drawTimes: number[] };
}

export function exposeMapHandle(element: HTMLElement, handle: MapHandle): void {
  Object.defineProperty(element, 'mapApi', { configurable: true, value: handle });
}
