/**
 * A big map keeps its dimmed nodes as a layer (dimLayer.ts), painted between frames once the view holds
 * still. A frame that paints the same pixels as the last one (the logo sprite arriving at a zoom where no
 * logo shows) is not painted, but the view is still the one the layer waits for: the layer must still be
 * painted. It was not, so the first keystroke after the sprite arrived drew every dimmed node itself.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const layers = vi.hoisted(() => ({ painted: [] as object[] }));
vi.mock('../../src/components/map/drawMap.ts', () => ({ drawMap: vi.fn() }));
vi.mock('../../src/components/map/drawLabels.ts', () => ({ prepareLabels: vi.fn() }));
vi.mock('../../src/components/logos/logoSprite.svelte.ts', () => ({ mapLogos: () => null }));
vi.mock('../../src/components/map/dimLayer.ts', () => {
  const sameBase = (a: { base: unknown }, b: { base: unknown }) => a.base === b.base;
  class DimLayer {
    from: { base: unknown } | null = null;
    for(frame: { base: unknown }) {
      return this.from && sameBase(this.from, frame) ? {} : null;
    }
    paint(frame: { base: unknown }) {
      layers.painted.push(frame);
      this.from = frame;
      return {};
    }
    drop() {}
  }
  return { sameBase, DimLayer };
});

const { createPaintLoop } = await import('../../src/components/map/paintLoop.ts');
const { drawMap } = await import('../../src/components/map/drawMap.ts');

let frames: Array<() => void> = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  layers.painted.length = 0;
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Animation frames and the tasks they queue, until nothing is left to run. */
function runAll() {
  for (let i = 0; i < 20; i++) {
    vi.runAllTimers();
    const now = frames;
    frames = [];
    now.forEach((run) => run());
  }
}

test('a frame that paints the same pixels still gets the layer of its view painted', () => {
  const loop = createPaintLoop({ dimLayerFrom: 0 });
  const context = {} as CanvasRenderingContext2D;
  const graph = { nodes: [] };
  const base = {};
  const view = { graph, base, emphasis: null };
  loop.request(context, view as never);
  // Its two halves painted, well before the layer's pause is over.
  for (let i = 0; i < 4; i++) {
    vi.advanceTimersByTime(1);
    frames.splice(0).forEach((run) => run());
  }
  expect(vi.mocked(drawMap)).toHaveBeenCalledTimes(2); // the shapes, then the labels
  // The same view again as a new frame (a new sprite handle, say).
  loop.request(context, { ...view } as never);
  runAll();
  expect(vi.mocked(drawMap)).toHaveBeenCalledTimes(2); // nothing new to paint
  expect(layers.painted).toHaveLength(1);
});
