/**
 * The camera: what covers the map leaves a free area (measured rectangles, never CSS numbers), and framing
 * puts what the view asks for inside that area.
 */
import { describe, expect, test } from 'vitest';
import {
  centreOn,
  frameView,
  insetsFromCovers,
  keepCentre,
  NO_INSETS,
} from '../../../src/lib/view/camera.ts';

const SIZE = { width: 1000, height: 600 };

describe('insetsFromCovers', () => {
  test.each([
    ['a card down the left takes the left', { x: 12, y: 12, width: 480, height: 420 }, { left: 492 }],
    [
      'a sheet along the bottom takes the bottom',
      { x: 0, y: 350, width: 1000, height: 250 },
      { bottom: 250 },
    ],
    ['a panel down the right takes the right', { x: 700, y: 0, width: 300, height: 600 }, { right: 300 }],
    ['a banner along the top takes the top', { x: 0, y: 0, width: 1000, height: 80 }, { top: 80 }],
    ['a cover outside the map takes nothing', { x: 1000, y: 0, width: 400, height: 600 }, {}],
    [
      'a cover partly outside counts only what overlaps',
      { x: -100, y: 0, width: 300, height: 600 },
      { left: 200 },
    ],
  ])('%s', (_name, cover, expected) => {
    expect(insetsFromCovers(SIZE, [cover])).toEqual({ ...NO_INSETS, ...expected });
  });

  test('several covers add up, side by side', () => {
    const card = { x: 0, y: 0, width: 300, height: 600 };
    const sheet = { x: 0, y: 500, width: 1000, height: 100 };
    expect(insetsFromCovers(SIZE, [card, sheet])).toEqual({ top: 0, right: 0, bottom: 100, left: 300 });
  });
});

describe('frameView', () => {
  // Three nodes in a row, 100 world units apart, radius 10.
  const positions = Float64Array.from([0, 0, 100, 0, 200, 0]);
  const radii = Float64Array.from([10, 10, 10]);
  const all = () => true;
  const screenX = (t: { x: number; k: number }, x: number) => x * t.k + t.x;

  test('frames every shown node in the middle of the screen', () => {
    const t = frameView('all', positions, radii, all, SIZE)!;
    expect(screenX(t, 100)).toBeCloseTo(500);
  });

  test('frames only the nodes asked for', () => {
    const t = frameView({ nodes: [2] }, positions, radii, all, SIZE)!;
    expect(screenX(t, 200)).toBeCloseTo(500);
  });

  test('frames inside the free area: nothing asked for lands under a cover', () => {
    const insets = insetsFromCovers(SIZE, [{ x: 0, y: 0, width: 500, height: 600 }]);
    const t = frameView('all', positions, radii, all, SIZE, insets)!;
    expect(screenX(t, -10)).toBeGreaterThanOrEqual(500);
    expect(screenX(t, 210)).toBeLessThanOrEqual(1000);
  });

  test('hidden nodes are not framed; with nothing asked for shown, the shown nodes are', () => {
    const shown = (i: number) => i !== 2;
    const t = frameView('all', positions, radii, shown, SIZE)!;
    expect(screenX(t, 50)).toBeCloseTo(500);
    expect(frameView({ nodes: [2] }, positions, radii, shown, SIZE)).toEqual(t);
  });

  test('keep: no move; an empty screen: no move', () => {
    expect(frameView('keep', positions, radii, all, SIZE)).toBeNull();
    expect(frameView('all', positions, radii, all, { width: 0, height: 0 })).toBeNull();
  });

  test('one node is never blown up to fill the screen', () => {
    expect(frameView({ nodes: [1] }, positions, radii, all, SIZE)!.k).toBeLessThanOrEqual(1.6);
  });
});

test('centreOn puts a node in the middle of the free area, zoomed in enough to read', () => {
  const positions = Float64Array.from([0, 0, 100, 50]);
  const t = centreOn(positions, 1, 0.2, SIZE, { top: 0, right: 0, bottom: 200, left: 0 });
  expect(t.k).toBe(0.9);
  expect(100 * t.k + t.x).toBeCloseTo(500);
  expect(50 * t.k + t.y).toBeCloseTo(200);
});

test('keepCentre: after a resize, what was in the middle stays in the middle', () => {
  const before = { width: 1000, height: 600 };
  const after = { width: 600, height: 600 };
  const t = keepCentre({ x: 0, y: 0, k: 1 }, before, after);
  expect(t).toEqual({ x: -200, y: 0, k: 1 });
});
