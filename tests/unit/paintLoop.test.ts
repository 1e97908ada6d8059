/**
 * The map's paint loop paints a view that changes on every animation frame. The time control's playback
 * changes the day from its own frame callback, which runs before the paint's; each change re-requests the
 * paint (the map's effect cancels and requests again). The map must still be painted in every such frame,
 * not only once the play stops (it was: one paint in a 12 s play, bench/playback.ts).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

vi.mock('../../src/components/map/drawMap.ts', () => ({ drawMap: vi.fn() }));
vi.mock('../../src/components/logos/logoSprite.svelte.ts', () => ({ mapLogos: () => null }));

const { createPaintLoop } = await import('../../src/components/map/paintLoop.ts');
const { drawMap } = await import('../../src/components/map/drawMap.ts');

/** A frame clock: callbacks booked during a frame run in the next one, in the order they were booked. */
let queue: Array<{ id: number; run: () => void }> = [];
let nextId = 1;
beforeEach(() => {
  queue = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => {
    const id = nextId++;
    queue.push({ id, run });
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    queue = queue.filter((c) => c.id !== id);
  });
  vi.mocked(drawMap).mockClear();
});
afterEach(() => vi.unstubAllGlobals());

function frame() {
  const now = queue;
  queue = [];
  for (const callback of now) {
    if (!queue.includes(callback) && now.includes(callback)) callback.run();
  }
}

test('a view changed first thing in every frame is painted in every frame', () => {
  const loop = createPaintLoop();
  const context = {} as CanvasRenderingContext2D;
  const frameOf = (day: number) => ({ day }) as never;
  let day = 0;
  // The play's callback: books itself for the next frame, then changes the view, which (as the map's
  // effect does) cancels the paint it had asked for and asks again.
  const play = () => {
    requestAnimationFrame(play);
    day++;
    loop.cancel();
    loop.request(context, frameOf(day));
  };
  requestAnimationFrame(play);
  loop.request(context, frameOf(day));
  for (let i = 0; i < 10; i++) frame();
  expect(vi.mocked(drawMap).mock.calls.length).toBeGreaterThanOrEqual(9);
  // Each paint shows the latest day there was.
  expect(vi.mocked(drawMap).mock.calls.at(-1)![1]).toMatchObject({ day: 10 });
});

test('a cancelled request paints nothing', () => {
  const loop = createPaintLoop();
  loop.request({} as CanvasRenderingContext2D, {} as never);
  loop.cancel();
  frame();
  expect(drawMap).not.toHaveBeenCalled();
});
